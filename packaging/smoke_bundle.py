"""Smoke test of a built bundle, run where none of our Python packages is (standard library only).

usage: python3 packaging/smoke_bundle.py BUNDLE_DIR [KEEP_DIR] [--inputs DIR]
The bundle opens offscreen on the samples, imports a sample, explains it in Chinese and prints
the explanation to PDF, which pdftotext must read back; then it imports a PDF statement and a
CSV with quoted cells (made by smoke_inputs.py at build time; DIR, by default
build/smoke-inputs) and must give the rows their expected.json lists. Everything it writes
stays in a temporary folder (the window's picture and the PDF are copied to KEEP_DIR if
given); the environment is emptied so that only the bundle can answer.
"""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOWS = sys.platform == "win32"
SAMPLE = "medical_spent_down.csv"  # a medical account at zero, explained in Chinese
CHINESE = ("医保个人账户", "余额")


def environment(home: Path) -> dict[str, str]:
    keep = {"PATH": os.defpath if not WINDOWS else os.environ["PATH"],  # Windows: pdftotext
            **{name: os.environ.get(name, "") for name in ("SYSTEMROOT", "TEMP", "TMP")}}
    return {**{k: v for k, v in keep.items() if v}, "HOME": str(home), "USERPROFILE": str(home),
            "APPDATA": str(home / "AppData" / "Roaming"),
            "LOCALAPPDATA": str(home / "AppData" / "Local"),
            "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
            "LANG": "zh_CN.UTF-8", "LC_ALL": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen",
            "PYTHONIOENCODING": "utf-8"}


class Bundle:
    def __init__(self, folder: Path, home: Path) -> None:
        self.cli = folder / ("balanceview-cli.exe" if WINDOWS else "balanceview")
        self.gui = folder / ("BalanceView.exe" if WINDOWS else "balanceview")
        self.env, self.home = environment(home), home

    def run(self, *args: str, program: Path | None = None, timeout: int = 120) -> str:
        started = time.monotonic()
        done = subprocess.run([str(program or self.cli), *args], cwd=self.home, env=self.env,
                              capture_output=True, timeout=timeout, check=False)
        out, err = done.stdout.decode("utf-8", "replace"), done.stderr.decode("utf-8", "replace")
        took = time.monotonic() - started
        name = (program or self.cli).name
        print(f"$ {name} {' '.join(args)}  [exit {done.returncode}, {took:.1f} s]")
        if done.returncode != 0:
            raise SystemExit(f"smoke test FAILED:\n{out}{err}")
        return out


def png_size(path: Path) -> tuple[int, int]:
    head = path.read_bytes()[:24]
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"smoke test FAILED: {path} is not a PNG")
    width, height = struct.unpack(">II", head[16:24])
    return width, height


def find_sample(folder: Path) -> Path:
    """Wherever the bundle keeps the samples (beside the package, or inside it)."""
    for manifest in folder.rglob("samples.json"):
        if (manifest.parent / SAMPLE).is_file():
            return manifest.parent / SAMPLE
    raise SystemExit(f"smoke test FAILED: {SAMPLE} is not in {folder}")


def smoke(folder: Path, home: Path) -> None:
    bundle = Bundle(folder, home)
    print(bundle.run("--version").strip())
    picture = home / "window.png"
    bundle.run("--bundle-self-test", str(picture), program=bundle.gui)
    print(f"window drawn offscreen on the samples: {picture.name} {png_size(picture)}")
    sample = find_sample(folder)
    card = json.loads((sample.parent / "samples.json").read_text("utf-8")).get(SAMPLE)
    database = str(home / "smoke.db")
    args = ["--card", card] if card else []
    print(bundle.run("--db", database, "import", str(sample), *args).strip())
    text = bundle.run("--db", database, "explain", "--lang", "zh")
    print("\n".join(text.strip().splitlines()[:4]))
    pdf = home / "说明.pdf"
    bundle.run("--db", database, "explain", "--lang", "zh", "--pdf", str(pdf))
    read_back(pdf)
    print(bundle.run("demo").strip().splitlines()[-1])


def statements(bundle: Bundle, inputs: Path) -> None:
    """A PDF statement (pdfium in the bundle) and a CSV with quoted cells (pyarrow's reader)."""
    try:
        wanted = json.loads((inputs / "expected.json").read_text("utf-8"))
    except OSError:
        raise SystemExit(f"smoke test FAILED: no statements in {inputs} "
                         "(packaging/smoke_inputs.py makes them; ./bv bundle runs it)") from None
    database = str(bundle.home / "statements.db")
    print(bundle.run("--db", database, "import", *(str(inputs / f) for f in wanted["files"])))
    got = json.loads(bundle.run("--db", database, "history", "--json"))
    for row in wanted["rows"]:
        same = [r for r in got if all(r.get(key) == value for key, value in row.items())]
        if len(same) != 1 or not same[0]["card"].endswith(wanted["card_last4"]):
            raise SystemExit(f"smoke test FAILED: the bundle did not read {row}; it read {got}")
    if len(got) != len(wanted["rows"]):
        raise SystemExit(f"smoke test FAILED: {len(got)} rows read, not {len(wanted['rows'])}")
    printed = [r for r in got if r["page"]]
    quoted = [r["counterparty"] for r in got if not r["page"]]
    print(f"read as expected: {len(printed)} rows from {len({r['page'] for r in printed})} pages "
          f"of the PDF, {len(quoted)} from the CSV with its quoted cells whole: {quoted}")


def read_back(pdf: Path) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        raise SystemExit("smoke test FAILED: pdftotext is needed (Debian: poppler-utils)")
    text = subprocess.run([pdftotext, "-enc", "UTF-8", str(pdf), "-"], capture_output=True,
                          check=True).stdout.decode("utf-8")
    missing = [word for word in CHINESE if word not in text]
    if missing:
        raise SystemExit(f"smoke test FAILED: pdftotext does not find {missing} in {pdf.name}")
    print(f"pdftotext reads {len(text)} characters back from {pdf.name}, {', '.join(CHINESE)} "
          f"among them: {pdf.stat().st_size // 1024} KiB")


def main(args: list[str]) -> int:
    inputs = Path(__file__).resolve().parents[1] / "build" / "smoke-inputs"
    if "--inputs" in args:
        at = args.index("--inputs")
        inputs, args = Path(args[at + 1]).resolve(), args[:at] + args[at + 2:]
    folder = Path(args[0]).resolve()
    with tempfile.TemporaryDirectory(prefix="balanceview-smoke-") as home:
        smoke(folder, Path(home))
        statements(Bundle(folder, Path(home)), inputs)
        if len(args) > 1:
            keep = Path(args[1])
            keep.mkdir(parents=True, exist_ok=True)
            for made in ("window.png", "说明.pdf"):
                shutil.copy(Path(home) / made, keep / made)
    print("smoke test PASSED")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
