"""The shipped font: small, licensed, and it draws every Chinese character we write."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray
from PySide6.QtGui import QRawFont

from balanceview.ui.printing import FONT_FILE, app_font_family

REPO = Path(__file__).resolve().parents[2]
FONTS = REPO / "balanceview" / "resources" / "fonts"
OUR_TEXT = ["balanceview/**/*.py", "balanceview/**/*.json", "balanceview/sample_data/**/*.csv",
            "balanceview/sample_data/**/*.json"]


def is_cjk(ch: str) -> bool:
    code = ord(ch)
    return 0x3000 <= code <= 0x9FFF or 0xFF00 <= code <= 0xFFEF


def our_cjk_characters() -> set[str]:
    """Samples come in UTF-8 or GB18030, like the statements they imitate."""
    found: set[str] = set()
    for pattern in OUR_TEXT:
        for path in REPO.glob(pattern):
            data = path.read_bytes()
            try:
                text = data.decode("utf-8-sig")
            except UnicodeDecodeError:
                text = data.decode("gb18030")
            found.update(filter(is_cjk, text))
    return found


# Code points as ints: PySide6 turns a str of one hanzi into the wrong QChar for some of them.
@pytest.fixture(scope="module")
def raw_font(qapp: object) -> QRawFont:  # qapp: Qt must be running
    return QRawFont(QByteArray((FONTS / FONT_FILE).read_bytes()), 12)


def test_the_font_is_small_and_carries_its_licence() -> None:
    assert (FONTS / FONT_FILE).stat().st_size <= 3 * 1024 * 1024
    assert "SIL OPEN FONT LICENSE Version 1.1" in (FONTS / "OFL.txt").read_text(encoding="utf-8")


def test_every_chinese_character_we_write_is_in_the_font(raw_font: QRawFont) -> None:
    missing = sorted(ch for ch in our_cjk_characters() if not raw_font.supportsCharacter(ord(ch)))
    assert not missing, f"rebuild the subset (resources/fonts/README.md); missing: {missing}"


def test_the_font_holds_gb2312_and_money_signs(raw_font: QRawFont) -> None:
    for ch in "一齄亍鼾¥￥，。：（）“”…—":
        assert raw_font.supportsCharacter(ord(ch)), ch


@pytest.mark.parametrize("code", [0x2F00, 0x2F2C, 0x2E8C, 0xF900])
def test_no_radical_shares_a_glyph_with_a_common_character(raw_font: QRawFont, code: int) -> None:
    """Else a PDF's text layer gives back ⼀ (Kangxi radical one) where we printed 一."""
    assert not raw_font.supportsCharacter(code)


@pytest.mark.usefixtures("qapp")
def test_the_app_loads_the_font_under_its_own_name() -> None:
    assert app_font_family() == "Noto Sans SC BalanceView"
