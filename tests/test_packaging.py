"""An installed copy carries what it needs: the demo opens from a wheel, not only a checkout."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

# Run by the installed copy, far from the checkout: the samples and translations it finds must
# be its own, and the demo must import every sample.
INSTALLED_DEMO = """
import sys
from pathlib import Path
import balanceview
from balanceview.core.samples import import_samples, samples_dir
from balanceview.core.store import open_store
package = Path(balanceview.__file__).parent
assert "site-packages" in str(package), package
assert samples_dir().is_relative_to(package), samples_dir()
assert (package / "resources" / "i18n" / "balanceview_zh_CN.qm").is_file()
store = open_store(Path(sys.argv[1]))
outcomes = import_samples(store)
print(len(outcomes), sum(o.total_new for o in outcomes), len(store.conn.execute(
    "SELECT id FROM cards").fetchall()))
"""


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel `pip wheel .` builds, as a user's `pip install .` would install it."""
    if shutil.which("git") is None:
        pytest.skip("git is needed to copy the checkout")
    out = tmp_path_factory.mktemp("wheel")
    source = out / "source"
    # A clean copy of the tracked files: no build/ or .egg-info of the checkout gets in.
    files = subprocess.run(["git", "ls-files", "-co", "--exclude-standard"], cwd=REPO,
                           capture_output=True, text=True, check=True).stdout.split()
    for name in files:
        if (REPO / name).is_file():
            (source / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(REPO / name, source / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w",
                    str(out), str(source)], check=True, capture_output=True)
    return next(out.glob("balanceview-*.whl"))


def test_the_demo_opens_from_an_installed_wheel(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(target)
    python = target / "bin" / "python"
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
                    "--no-deps", str(wheel)], check=True, capture_output=True)
    # The dependencies (Qt, numpy...) come from this environment, after the venv's own
    # site-packages: the balanceview found first is the installed one.
    site = Path(sysconfig.get_paths()["purelib"])
    installed_site = next(target.glob("lib/python*/site-packages"))
    (installed_site / "zz_dependencies.pth").write_text(f"{site}\n")
    env = {**os.environ, "XDG_DATA_HOME": str(tmp_path / "data")}
    env.pop("PYTHONPATH", None)
    done = subprocess.run([str(python), "-c", INSTALLED_DEMO, str(tmp_path / "demo.db")],
                          cwd=tmp_path, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    files, rows, cards = (int(n) for n in done.stdout.split())
    assert files == 6 and rows > 60 and cards == 6
