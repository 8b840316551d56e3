"""`./bv bundle`: the one-folder bundle in dist/BalanceView, its libraries checked, smoke-tested.

Run by .venv's python (with the `bundle` extra); `--no-smoke` leaves out the smoke test (its
statements, build/smoke-inputs, are made all the same).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
BUNDLE = REPO / "dist" / "BalanceView"


def build() -> None:
    subprocess.run([sys.executable, str(HERE / "icons.py"), str(REPO / "build" / "icons")],
                   check=True)
    subprocess.run([sys.executable, str(HERE / "smoke_inputs.py")], check=True)  # smoke test's
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(REPO / "dist"),
                    "--workpath", str(REPO / "build" / "pyinstaller"),
                    str(HERE / "balanceview.spec")], cwd=REPO, check=True)


def unresolved(folder: Path) -> dict[str, list[str]]:
    """Libraries that files in the bundle name but that neither the bundle nor the packages
    the .deb depends on (packaging/sysdeps.py) provide."""
    import qtlibs
    import sysdeps

    files = [p for p in folder.rglob("*") if p.is_file() and ".so" in p.name and not p.is_symlink()]
    inside = {p.name for p in folder.rglob("*.so*")}
    known = inside | sysdeps.BASE_LIBRARIES | set(sysdeps.QT_LIBRARIES)
    problems: dict[str, list[str]] = {}
    for path in files:
        try:
            names = qtlibs.needed(path)
        except (ValueError, StopIteration):
            continue  # not a shared object (a data file with .so in its name)
        for name in names:
            if name not in known:
                problems.setdefault(name, []).append(str(path.relative_to(folder)))
    return problems


def size_of(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def main(args: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    import bundle_parts

    started = time.monotonic()
    build()
    print(f"bundle: built in {time.monotonic() - started:.0f} s: {BUNDLE.relative_to(REPO)}")
    missing = bundle_parts.missing_native(BUNDLE / "_internal", sys.platform)
    if missing:
        print(f"bundle: the statement readers' libraries are not inside it: {missing}")
        return 1
    print("bundle: pyarrow's and PDFium's libraries are inside it")
    if sys.platform.startswith("linux"):
        problems = unresolved(BUNDLE)
        for name, users in sorted(problems.items()):
            print(f"bundle: {name} is needed by {', '.join(users[:3])} but provided by nothing")
        dangling = [p for p in BUNDLE.rglob("*") if p.is_symlink() and not p.exists()]
        for link in dangling:
            print(f"bundle: the link {link.relative_to(BUNDLE)} points at nothing")
        if problems or dangling:
            return 1
        print("bundle: every library its files name is inside it or in the .deb's dependencies")
    total, count = size_of(BUNDLE)
    print(f"bundle: {total / 2**20:.1f} MiB in {count} files")
    if "--no-smoke" in args:
        return 0
    python = shutil.which("python3") if sys.platform != "win32" else sys.executable
    return subprocess.call([python or sys.executable, "-I", str(HERE / "smoke_bundle.py"),
                            str(BUNDLE), str(REPO / "build" / "smoke")])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
