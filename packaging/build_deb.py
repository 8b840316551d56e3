"""`./bv deb`: the bundle (built and smoke-tested first), packed with dpkg-deb as
dist/balanceview_VERSION_ARCH.deb: /opt/balanceview, /usr/bin/balanceview, the desktop entry,
the AppStream metainfo and the icons. Its desktop entry and metainfo are validated first."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
STAGE = REPO / "build" / "deb"
APP_ID = "org.balanceview.BalanceView"
DESCRIPTION = """\
Explains the two balances of a Chinese social security card
 A social security card holds two purses: the medical insurance personal
 account and the bank account. BalanceView imports the holder's own
 statements (CSV, Excel, PDF) into a local database, keeps the two balances apart
 and explains each of them, transaction by transaction, in Chinese or English.
 It never uses the network."""


def version() -> str:
    text = (REPO / "pyproject.toml").read_text("utf-8")
    return re.search(r'^version = "([^"]+)"', text, re.MULTILINE).group(1)  # type: ignore[union-attr]


def glibc_needed(folder: Path) -> str:
    """The newest glibc symbol version any file of the bundle asks for."""
    found = {tuple(int(n) for n in m.split(b".")) for path in folder.rglob("*")
             if path.is_file() and not path.is_symlink()
             for m in re.findall(rb"GLIBC_(2\.\d+(?:\.\d+)?)", path.read_bytes())}
    return ".".join(map(str, max(found)))


def depends(folder: Path) -> str:
    import sysdeps

    packages = sorted(set(sysdeps.QT_LIBRARIES.values()))
    return ", ".join([f"libc6 (>= {glibc_needed(folder)})", *packages])


def validate() -> None:
    """desktop-file-validate and appstreamcli validate (from Debian's desktop-file-utils and
    appstream); both say nothing but success when all is well."""
    checks = [["desktop-file-validate", str(HERE / "linux" / f"{APP_ID}.desktop")],
              ["appstreamcli", "validate", "--no-net", "--pedantic",
               str(HERE / "linux" / f"{APP_ID}.metainfo.xml")]]
    for check in checks:
        if shutil.which(check[0]) is None:
            sys.exit(f"deb: {check[0]} is missing (apt-get install desktop-file-utils appstream)")
        print("$ " + " ".join(Path(part).name if "/" in part else part for part in check))
        subprocess.run(check, check=True)


def stage(bundle: Path, icons: Path) -> Path:
    shutil.rmtree(STAGE, ignore_errors=True)
    shutil.copytree(bundle, STAGE / "opt" / "balanceview", symlinks=True)
    (STAGE / "usr" / "bin").mkdir(parents=True)
    (STAGE / "usr" / "bin" / "balanceview").symlink_to("/opt/balanceview/balanceview")
    share = STAGE / "usr" / "share"
    for folder, name in (("applications", f"{APP_ID}.desktop"),
                         ("metainfo", f"{APP_ID}.metainfo.xml")):
        (share / folder).mkdir(parents=True)
        shutil.copy(HERE / "linux" / name, share / folder / name)
    shutil.copytree(icons / "hicolor", share / "icons" / "hicolor")
    doc = share / "doc" / "balanceview"
    doc.mkdir(parents=True)
    shutil.copy(HERE / "linux" / "copyright", doc / "copyright")
    return STAGE


def control(root: Path, bundle: Path) -> dict[str, str]:
    size = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink())
    arch = subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True,
                          check=True).stdout.strip()
    fields = {"Package": "balanceview", "Version": version(), "Architecture": arch,
              "Maintainer": "The BalanceView developers <balanceview@users.invalid>",
              "Installed-Size": str(size // 1024), "Depends": depends(bundle),
              "Section": "utils", "Priority": "optional", "Description": DESCRIPTION}
    (root / "DEBIAN").mkdir()
    text = "".join(f"{key}: {value}\n" for key, value in fields.items())
    (root / "DEBIAN" / "control").write_text(text, "utf-8")
    return fields


def main(args: list[str]) -> int:
    sys.path.insert(0, str(HERE))
    import build_bundle

    validate()
    if "--no-bundle" not in args and build_bundle.main(args) != 0:
        return 1
    root = stage(build_bundle.BUNDLE, REPO / "build" / "icons")
    fields = control(root, build_bundle.BUNDLE)
    out = REPO / "dist" / f"balanceview_{fields['Version']}_{fields['Architecture']}.deb"
    subprocess.run(["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(out)],
                   check=True)
    print((root / "DEBIAN" / "control").read_text("utf-8"), end="")
    print(f"deb: {out.relative_to(REPO)}: {out.stat().st_size / 2**20:.1f} MiB, "
          f"{int(fields['Installed-Size']) / 1024:.1f} MiB installed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
