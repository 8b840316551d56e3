"""The bundle's program: `balanceview` as installed (the desktop app without a command).

`--bundle-self-test PNG` is for the smoke test alone: the desktop app opens on the sample data,
draws its window into PNG and quits, so a bundle can be tried where nobody looks at it.
"""

from __future__ import annotations

import sys
from pathlib import Path


def self_test(picture: Path) -> int:
    from PySide6.QtCore import QThreadPool, QTimer

    from balanceview.core.paths import default_database
    from balanceview.ui.app import Controller, make_app

    app = make_app()
    controller = Controller(app, default_database())
    controller.open_samples()

    def photograph() -> None:
        assert controller.window is not None
        saved = controller.window.grab().save(str(picture))
        app.exit(0 if saved else 1)

    QTimer.singleShot(2000, photograph)  # after the first paint and the background work
    code = int(app.exec())
    QThreadPool.globalInstance().waitForDone()
    return code


def main() -> int:
    if sys.argv[1:2] == ["--bundle-self-test"]:
        return self_test(Path(sys.argv[2]))
    from balanceview.cli import main as cli_main

    return cli_main()


if __name__ == "__main__":
    sys.exit(main())
