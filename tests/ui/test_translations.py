"""The Chinese translation: complete, true to its sources, up to date, compiled, and in use."""

from __future__ import annotations

import gc
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from balanceview.ui.language import install_translators
from balanceview.ui.main_window import MainWindow
from balanceview.ui.session import Session

REPO = Path(__file__).resolve().parents[2]
TS = REPO / "resources" / "i18n" / "balanceview_zh_CN.ts"
QM = REPO / "balanceview" / "resources" / "i18n" / "balanceview_zh_CN.qm"
UPDATE = "run `python resources/i18n/update.py`, then translate what it adds"
# What a translation must carry over unchanged: Qt's %1 and %n, Python's {name}, HTML tags,
# and file-dialog patterns such as (*.db) or (*).
PLACEHOLDER = re.compile(r"%(?:n|\d+)|\{\w+\}|</?[A-Za-z][^>]*>|\(\*[^)]*\)")
ACCELERATOR = re.compile(r"&(?!&|\s)")
HAN = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    state: str  # "" when finished; "unfinished", "vanished" or "obsolete" otherwise
    translations: tuple[str, ...]  # one per plural form; Chinese has one

    @property
    def key(self) -> tuple[str, str]:
        return self.context, self.source


def read_ts(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, (name, message.findtext("source"))
            forms = [form.text or "" for form in translation.iter("numerusform")]
            found.append(Message(name, message.findtext("source", ""),
                                 message.get("numerus") == "yes", translation.get("type", ""),
                                 tuple(forms) if forms else (translation.text or "",)))
    return found


def in_use(path: Path) -> list[Message]:
    """The messages the code holds; vanished ones are only kept in case a string comes back."""
    return [m for m in read_ts(path) if m.state not in ("vanished", "obsolete")]


def lupdate() -> str | None:
    for folder in (REPO / ".venv" / "bin", Path(sys.executable).parent):
        if (folder / "pyside6-lupdate").is_file():
            return str(folder / "pyside6-lupdate")
    return shutil.which("pyside6-lupdate")


# --- the .ts: complete and true to its sources ---------------------------------------------------

def test_every_message_is_translated() -> None:
    messages = in_use(TS)
    assert len(messages) > 200
    untranslated = [m.key for m in messages
                    if m.state or not all(text.strip() for text in m.translations)]
    assert not untranslated, f"translate these in {TS.name}: {untranslated}"


def test_translations_keep_placeholders_tags_and_accelerators() -> None:
    wrong = []
    for message in in_use(TS):
        wanted = Counter(PLACEHOLDER.findall(message.source))
        for text in message.translations:
            if Counter(PLACEHOLDER.findall(text)) != wanted:
                wrong.append((message.key, text, "placeholders"))
            if bool(ACCELERATOR.search(message.source)) != bool(ACCELERATOR.search(text)):
                wrong.append((message.key, text, "accelerator"))
            if message.source.endswith("…") and not text.endswith(("…", "…)")):
                wrong.append((message.key, text, "ellipsis"))
    assert not wrong


def test_the_ts_is_up_to_date_with_the_code(tmp_path: Path) -> None:
    tool = lupdate()
    if tool is None:
        pytest.skip("pyside6-lupdate not found (it comes with PySide6-Essentials)")
    fresh = tmp_path / "balanceview_zh_CN.ts"
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "balanceview" / "ui").rglob("*.py"))
    subprocess.run([tool, *sources, "-target-language", "zh_CN", "-ts", str(fresh)],
                   cwd=REPO, check=True, capture_output=True)
    in_code = {m.key for m in read_ts(fresh)}
    in_ts = {m.key for m in in_use(TS)}
    assert in_code - in_ts == set(), f"new strings in the code: {UPDATE}"
    assert in_ts - in_code == set(), f"strings gone from the code: {UPDATE}"


# --- the .qm: compiled from this .ts -----------------------------------------------------------

def test_the_qm_gives_the_translations_of_the_ts(qapp: QApplication) -> None:
    data = QM.read_bytes()  # held while the translator is used: Qt does not copy it
    translator = QTranslator()
    assert translator.load(data)
    stale = []
    for message in in_use(TS):
        got = translator.translate(message.context, message.source, None,
                                   2 if message.numerus else -1)
        if got != message.translations[0]:
            stale.append((message.key, got))
    assert not stale, f"the .qm is older than the .ts: {UPDATE}"


# --- the app in Chinese ----------------------------------------------------------------------

@pytest.fixture
def chinese(qapp: QApplication) -> Iterator[QApplication]:
    before = QLocale()
    install_translators(qapp, "zh_CN")
    yield qapp
    install_translators(qapp, "en")
    QLocale.setDefault(before)  # install_translators("en") leaves the default locale alone


def test_the_main_window_reads_in_chinese(chinese: QApplication, qtbot,  # type: ignore[no-untyped-def]
                                          tmp_path: Path) -> None:
    window = MainWindow(Session(tmp_path / "x.db"), "zh_CN")
    qtbot.addWidget(window)
    menus = [action.menu() for action in window.menuBar().actions()]
    assert [menu.title() for menu in menus] == ["文件(&F)", "帮助(&H)"]
    english = [action.text() for menu in menus for action in menu.actions()
               if not action.isSeparator() and not HAN.search(action.text())]
    assert english == []
    assert "导入" in window.import_action.text()
    assert window.welcome.import_button.text() == "导入对账单…"
    window.session.close()


def test_qt_own_buttons_read_in_chinese(chinese: QApplication) -> None:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel
                               | QDialogButtonBox.StandardButton.Ok)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
    assert buttons.button(QDialogButtonBox.StandardButton.Ok).text() == "确定"
    box = QMessageBox()
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    assert box.button(QMessageBox.StandardButton.Yes).text() == "是(&Y)"


def test_translations_outlive_the_bytes_they_were_loaded_from(chinese: QApplication) -> None:
    """QTranslator.load(data) keeps a pointer to the bytes, it does not copy them."""
    gc.collect()
    size = QM.stat().st_size
    churn = [bytes([n % 251]) * size for n in range(200)]  # takes the freed memory, if freed
    assert QCoreApplication.translate("MainWindow", "&File") == "文件(&F)"
    assert QCoreApplication.translate("WelcomePage", "Open the sample data") == "打开示例数据"
    del churn
