"""./bv: set a checkout up from nothing but python3, then run, test or package BalanceView."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
VENV = REPO / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
STAMP = VENV / ".installed.json"
LINTED = ("balanceview", "tests", "benchmarks", "docs", "packaging")
USAGE = """usage: ./bv COMMAND [ARGS]
  run [ARGS]     set everything up, then open BalanceView (ARGS go to `balanceview`)
  test [ARGS]    set everything up, then lint-imports, ruff and pytest (ARGS go to pytest)
  setup          only set up: system packages, .venv, BalanceView and its Python packages
  bundle         the PyInstaller one-folder bundle in dist/BalanceView, then its smoke test
  deb            the bundle, then dist/balanceview_VERSION_ARCH.deb and its checks"""


def main(argv: list[str]) -> int:
    if sys.version_info < (3, 10):  # noqa: UP036 - runs under whatever python3 there is
        return _fail(f"BalanceView needs Python 3.10 or newer; this is {sys.version.split()[0]}")
    command, args = (argv[0], argv[1:]) if argv else ("help", [])
    if command == "run":
        setup(set())
        return _exec([str(BIN / "balanceview"), *args])
    if command == "test":
        setup({"test"})
        return run_tests(args)
    if command == "setup":
        setup({"test"})
        return 0
    if command in ("bundle", "deb"):
        setup({"bundle"})
        script = REPO / "packaging" / f"build_{command}.py"
        return subprocess.call([str(BIN / "python"), str(script), *args], cwd=REPO)
    print(USAGE)
    return 0 if command in ("help", "-h", "--help") else 2


def setup(extras: set[str]) -> None:
    """System packages first (all found at once), then .venv and the package with `extras`."""
    if sys.platform.startswith("linux"):
        import sysdeps

        venv_ok = sysdeps.has_venv() or (BIN / "python").exists()
        _install_system(sysdeps.missing_packages(sysdeps.available_libraries(), venv_ok=venv_ok))
    if not (BIN / "python").exists():
        _say(f"creating {VENV.name} with {sys.executable}")
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
    installed = _stamp()
    had = set(installed.get("extras", []))
    wanted = extras | had
    if installed.get("pyproject") != _pyproject_hash() or not extras <= had:
        _pip_install(wanted)
        _check_qt()
        STAMP.write_text(json.dumps({"pyproject": _pyproject_hash(), "extras": sorted(wanted)}))
    elif sys.platform.startswith("linux"):
        _check_qt_libraries()


# Background work once raced its own handlers: these run five times over in every full run.
REPEATED = ["tests/ui/test_import_dialog.py", "tests/ui/test_tasks.py",
            "tests/ui/test_refresh_under_import.py"]


def run_tests(args: list[str]) -> int:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    steps = [[str(BIN / "lint-imports")], [str(BIN / "ruff"), "check", *LINTED],
             [str(BIN / "python"), "-m", "pytest", *args]]
    if not args:
        steps.append([str(BIN / "python"), "-m", "pytest", "-q",
                      *REPEATED, "--count", "5"])
    for step in steps:
        _say(" ".join(Path(step[0]).name if i == 0 else part for i, part in enumerate(step)))
        code = subprocess.call(step, cwd=REPO, env=env)
        if code != 0:
            return code
    return 0


def _install_system(packages: list[str]) -> None:
    import sysdeps

    if not packages:
        return
    if not sysdeps.is_debian_like():
        _fail(f"these Debian packages (or your system's equivalents) are missing: {packages}")
    _say("BalanceView needs these Debian packages, not installed yet:")
    print("\n".join(sysdeps.describe(packages)), flush=True)
    if not sysdeps.install(packages, interactive=sys.stdin.isatty()):
        line = " ".join(sysdeps.apt_command(packages, as_root=False))
        _fail(f"install them with this one command, then run ./bv again:\n  {line}")


def _check_qt_libraries() -> None:
    """Every system library that Qt's modules and plugins name in their headers is there."""
    import qtlibs
    import sysdeps

    pyside = qtlibs.find_pyside(VENV)
    if pyside is None:
        return
    wanted = qtlibs.system_sonames(pyside) - sysdeps.BASE_LIBRARIES
    missing = wanted - sysdeps.available_libraries()
    unknown = sorted(missing - set(sysdeps.QT_LIBRARIES))
    if unknown:
        _fail(f"Qt needs libraries that packaging/sysdeps.py does not know yet: {unknown}")
    _install_system(sorted({sysdeps.QT_LIBRARIES[soname] for soname in missing}))


def _check_qt() -> None:
    """Load Qt once, offscreen, with the modules the app uses: what is missing shows here."""
    if sys.platform.startswith("linux"):
        _check_qt_libraries()
    probe = ("import PySide6.QtSvg, PySide6.QtPrintSupport\n"
             "from PySide6.QtWidgets import QApplication\n"
             "app = QApplication(['bv'])\n"
             "print('Qt', PySide6.__version__, app.platformName())")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([str(BIN / "python"), "-c", "import PySide6\n" + probe], env=env,
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        _fail(f"Qt does not load:\n{done.stdout}{done.stderr}")
    _say(f"loaded {done.stdout.strip()}")


def _pip_install(extras: set[str]) -> None:
    target = f".[{','.join(sorted(extras))}]" if extras else "."
    _say(f"installing BalanceView and its Python packages: pip install -e '{target}'")
    env = {**os.environ, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    subprocess.run([str(BIN / "python"), "-m", "pip", "install", "--quiet", "-e", target],
                   cwd=REPO, env=env, check=True)


def _stamp() -> dict[str, list[str] | str]:
    try:
        return dict(json.loads(STAMP.read_text()))
    except (OSError, ValueError):
        return {}


def _pyproject_hash() -> str:
    return hashlib.sha256((REPO / "pyproject.toml").read_bytes()).hexdigest()


def _exec(command: list[str]) -> int:
    if os.name == "nt":
        return subprocess.call(command)
    os.execv(command[0], command)
    return 1  # not reached: execv replaces this process


def _say(text: str) -> None:
    print(f"bv: {text}", flush=True)


def _fail(text: str) -> int:
    print(f"bv: {text}", file=sys.stderr, flush=True)
    raise SystemExit(1)


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv[1:]))
    except subprocess.CalledProcessError as failed:  # its own output, above, says why
        _fail(f"stopped: `{' '.join(map(str, failed.cmd))}` failed (exit {failed.returncode})")
    except KeyboardInterrupt:
        _fail("stopped")
