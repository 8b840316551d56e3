"""Rebuild the CJK font subset that BalanceView ships, from a Noto Sans CJK SC source font.

Usage (fontTools is a build-time tool only, the app does not need it):

    pip install fonttools
    python resources/fonts/make_subset.py /usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc

The same source font and the same repository give a byte-identical output.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection, TTFont

REPO = Path(__file__).resolve().parents[2]
OUTPUT = REPO / "balanceview" / "resources" / "fonts" / "NotoSansSC-BalanceView.otf"
SOURCE_FAMILY = "Noto Sans CJK SC"
FAMILY = "Noto Sans SC BalanceView"
POSTSCRIPT_NAME = "NotoSansSC-BalanceView"

BLOCKS = [
    (0x0020, 0x007E),  # ASCII
    (0x00A0, 0x00FF),  # Latin-1 (¥ is U+00A5)
    (0x2000, 0x206F),  # general punctuation
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0xFF00, 0xFFEF),  # half-width and full-width forms (￥ is U+FFE5)
]
# Some Noto CJK builds map these to the very glyphs of common ideographs (U+2F00 and U+4E00
# both draw 一). Qt writes a PDF's ToUnicode map from the lowest code point of a glyph, so with
# them in the cmap the copied text says ⼀ instead of 一. They never occur in our text.
FORBIDDEN = [
    (0x2E80, 0x2EFF),  # CJK radicals supplement
    (0x2F00, 0x2FDF),  # Kangxi radicals
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
]
# Rare code points that share their glyph with a common one and sit below it, so that the PDF
# text would give them back instead of it (‒ for –, 〜 for ～, em space for 　).
OVERSHADOWING = {0x2003, 0x2012, 0x2035, 0x301C}
SCANNED = ["balanceview/**/*.py", "balanceview/**/*.json", "balanceview/sample_data/**/*.csv",
           "balanceview/sample_data/**/*.json"]


def gb2312_characters() -> Iterator[str]:
    """Every character of GB2312: rows A1-F7, cells A1-FE (6,763 hanzi plus symbols)."""
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                yield bytes((row, cell)).decode("gb2312")
            except UnicodeDecodeError:
                continue  # an unassigned code


def read_text(path: Path) -> str:
    """Our statements come in UTF-8 (with or without BOM) or GB18030."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def repository_characters(repo: Path) -> set[str]:
    """Every non-ASCII character in our code, data and sample statements."""
    found: set[str] = set()
    for pattern in SCANNED:
        for path in sorted(repo.glob(pattern)):
            found.update(ch for ch in read_text(path) if ord(ch) > 0x7E)
    return found


def is_forbidden(code: int) -> bool:
    return code in OVERSHADOWING or any(low <= code <= high for low, high in FORBIDDEN)


def wanted_codepoints(ours: set[str]) -> set[int]:
    codes = {code for low, high in BLOCKS for code in range(low, high + 1)}
    codes.update(ord(ch) for ch in gb2312_characters())
    codes.update(ord(ch) for ch in ours)
    return {code for code in codes if not is_forbidden(code)}


def open_source(path: Path) -> TTFont:
    """The SC face of a collection (.ttc), or the font itself (.otf)."""
    if path.suffix.lower() not in {".ttc", ".otc"}:
        return TTFont(path, recalcTimestamp=False)
    for index, face in enumerate(TTCollection(path, lazy=True).fonts):
        if face["name"].getDebugName(1) == SOURCE_FAMILY:
            return TTFont(path, fontNumber=index, recalcTimestamp=False)
    raise SystemExit(f"{path} holds no face named {SOURCE_FAMILY!r}")


def subset_options() -> subset.Options:
    options = subset.Options()
    options.hinting = False  # CFF hints cost bytes; Qt draws and embeds outlines without them
    options.desubroutinize = False  # subroutines keep the CFF small
    options.name_IDs = [0, 1, 2, 3, 4, 5, 6, 7, 13, 14]  # keep copyright, trademark, licence
    options.name_languages = [0x0409]  # English names only
    # Kerning only: a substituted glyph (locl, vert, fwid...) has no code point of its own, so
    # its PDF text would be lost; the SC face's default glyphs are the simplified forms anyway.
    options.layout_features = ["kern"]
    options.notdef_outline = True
    options.recalc_timestamp = False  # reproducible output
    return options


def drop_forbidden_cmap(font: TTFont) -> None:
    """Subsetting keeps every code point of a kept glyph: strip the radicals again."""
    for table in font["cmap"].tables:
        table.cmap = {code: glyph for code, glyph in table.cmap.items() if not is_forbidden(code)}


def rename(font: TTFont) -> None:
    """A modified font gets its own name, so it never shadows an installed Noto Sans CJK SC."""
    names = font["name"]
    for name_id, text in [(1, FAMILY), (3, f"{POSTSCRIPT_NAME};subset"),
                          (4, f"{FAMILY} Regular"), (6, POSTSCRIPT_NAME)]:
        names.setName(text, name_id, 3, 1, 0x409)
    names.removeNames(nameID=16)
    names.removeNames(nameID=17)
    cff = font["CFF "].cff
    cff.fontNames = [POSTSCRIPT_NAME]
    top = cff.topDictIndex[0]
    top.FullName = f"{FAMILY} Regular"
    top.FamilyName = FAMILY


def shared_glyphs(font: TTFont) -> list[list[int]]:
    """Groups of code points drawn with one glyph: only the lowest reaches the PDF text."""
    by_glyph: dict[str, list[int]] = {}
    for code, glyph in font.getBestCmap().items():
        by_glyph.setdefault(glyph, []).append(code)
    return [sorted(codes) for codes in by_glyph.values() if len(codes) > 1]


def build(source: Path, output: Path, repo: Path) -> TTFont:
    font = open_source(source)
    ours = repository_characters(repo)
    codes = wanted_codepoints(ours)
    missing = sorted(ord(ch) for ch in ours if ord(ch) not in font.getBestCmap())
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=codes)
    subsetter.subset(font)
    drop_forbidden_cmap(font)
    rename(font)
    output.parent.mkdir(parents=True, exist_ok=True)
    font.save(output)
    report(output, font, missing)
    return font


def describe(codes: Iterable[int]) -> str:
    return " ".join(f"U+{code:04X}({chr(code)})" for code in codes)


def report(output: Path, font: TTFont, missing: list[int]) -> None:
    digest = hashlib.sha256(output.read_bytes()).hexdigest()
    print(f"{output}: {output.stat().st_size:,} bytes, {len(font.getGlyphOrder()):,} glyphs, "
          f"{len(font.getBestCmap()):,} code points, sha256 {digest[:16]}")
    if missing:
        print("our characters the source font lacks (fallback fonts draw them):", describe(missing))
    for codes in shared_glyphs(font):
        print("one glyph for", describe(codes))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("source", type=Path, help="NotoSansCJK-Regular.ttc or NotoSansCJKsc-*.otf")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--repo", type=Path, default=REPO, help="where to look for our strings")
    args = parser.parse_args(argv)
    build(args.source, args.output, args.repo)
    return 0


if __name__ == "__main__":
    sys.exit(main())
