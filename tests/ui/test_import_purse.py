"""The import dialog says which purse and which card a file goes to, and why, as the core
decides them for the import itself; where the file does not say, it asks."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from balanceview.core.importer import ImportOptions, import_file
from balanceview.ui.import_dialog import ImportDialog
from balanceview.ui.language import install_translators
from balanceview.ui.main_window import MainWindow
from balanceview.ui.session import Session
from tests.ui.test_import_dialog import open_dialog, session, shown_errors

__all__ = ["session", "shown_errors"]  # fixtures shared with the dialog's own tests

MEDICAL_REASON = {
    "zh": "医保个人账户：14 行中有 12 行是“药店购药”、“个人账户划入”",
    "en": "the medical account (医保个人账户): 12 of 14 rows are “药店购药”、“个人账户划入”"}
BANK_HEADER = "交易日期,摘要,金额,余额"
BANK_ROWS = ["2024-01-05,存现,100.00,100.00", "2024-01-06,取款,-20.00,80.00"]
LATER_ROWS = ["2024-02-05,存现,50.00,130.00", "2024-02-06,取款,-30.00,100.00"]


def medical_rows(types: list[str]) -> list[str]:
    """A medical account export as many apps give it: no title, the header on line 1."""
    lines, balance = ["交易日期,交易类型,交易金额,账户余额"], 0
    for day, kind in enumerate(types, start=1):
        amount = 32000 if kind == "个人账户划入" else -1050
        balance += amount
        lines.append(f"2024-{1 + day // 28:02d}-{1 + day % 28:02d},{kind},{amount / 100:.2f},"
                     f"{balance / 100:.2f}")
    return lines


TITLE_LESS = medical_rows(["个人账户划入", "药店购药", "药店购药", "家庭共济支付"] * 3 + ["其他"] * 2)
MIXED = medical_rows(["个人账户划入", "存款", "药店购药", "ATM取款"])


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The dialog in the language the test is parametrized with, our translation installed."""
    chosen = request.param
    QSettings().setValue("language", "zh_CN" if chosen == "zh" else "en")
    install_translators(qapp, "zh_CN" if chosen == "zh" else "en")
    yield chosen
    install_translators(qapp, "en")


def import_and_close(qtbot, dialog: ImportDialog) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(dialog.session.changed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)  # Enter imports
    report = dialog.outcome.summary.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # and closes the report
    assert not dialog.isVisible() and report


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_a_title_less_medical_export_preselects_the_medical_account(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement, language) -> None:
    dialog = open_dialog(qtbot, session, write_statement("明细.csv", TITLE_LESS))
    assert dialog.purse_box.currentData() == "medical"
    assert dialog.purse_box.currentText() == {"zh": "医保个人账户", "en": "Medical account"}[language]
    assert dialog.choices.purse_why.text() == MEDICAL_REASON[language]
    assert dialog.choices.purse_why.isVisibleTo(dialog)
    first_card = {"zh": "新建一张卡：数据库里还没有卡", "en": "a new card: the database holds no card yet"}[language]
    assert dialog.choices.card_why.text().strip() == first_card
    assert dialog.current().account is None  # shown as decided, not turned into a choice
    with qtbot.waitSignal(session.changed, timeout=10_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    # The report in the dialog says where the file went, and why, in the same words.
    assert MEDICAL_REASON[language] in dialog.outcome.summary.text()
    assert {"zh": "新增 14 行", "en": "14 new rows"}[language] in dialog.outcome.summary.text()
    (card,) = session.cards()
    purses = {b.kind: b.transactions for b in session.balances(card)}
    assert purses == {"medical": 14, "bank": 0}


def holder_file(write_statement, name: str, *title: str) -> Path:  # type: ignore[no-untyped-def]
    rows = BANK_ROWS if name.startswith("zhang") else LATER_ROWS  # the others are news to it
    return write_statement(name, ["银行账户交易明细", *title, BANK_HEADER, *rows])


def test_a_file_naming_another_holder_lands_on_a_new_card(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement) -> None:
    import_file(session.store, holder_file(write_statement, "zhang.csv", "卡号：6217990011111234",
                                           "户名：张三"), ImportOptions())
    dialog = open_dialog(qtbot, session, holder_file(
        write_statement, "li.csv", "卡号：6217990022225678", "户名：李四"))
    assert "Card: a new card, 李* 6217 **** **** 5678" in dialog.outcome.summary.text()
    why = dialog.choices.card_why.text()
    assert why == ("the file names card 6217 **** **** 5678 李*, which is not in the database "
                   "yet: a new card")
    import_and_close(qtbot, dialog)
    assert dialog.outcomes[0].card_reason == why
    window = MainWindow(session, "en")
    qtbot.addWidget(window)
    cards = window.card_page.cards
    assert cards.count() == 2 and cards.box.isVisibleTo(window)
    shown = [cards.item(i).text().splitlines()[0] for i in range(cards.count())]
    assert shown == ["张* 6217 **** **** 1234", "李* 6217 **** **** 5678"]


@pytest.mark.parametrize("title", [[], ["户名：张三"], ["户名：李四"], ["卡号：6217990011111234"],
                                   ["卡号：6217990033331234"]])
def test_the_card_promised_is_the_card_imported(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement, title: list[str]) -> None:
    import_file(session.store, holder_file(write_statement, "zhang.csv", "卡号：6217990011111234",
                                           "户名：张三"), ImportOptions())
    before = {card.id for card in session.cards()}
    dialog = open_dialog(qtbot, session, holder_file(write_statement, "next.csv", *title))
    promised = next(line for line in dialog.outcome.summary.text().splitlines()
                    if line.startswith("Card: ")).removeprefix("Card: ")
    why = dialog.choices.card_why.text()
    import_and_close(qtbot, dialog)
    (outcome,) = dialog.outcomes
    card = next(c for c in session.cards() if c.id == outcome.card_id)
    expected = card.title("en") if card.id in before else f"a new card, {card.title('en')}"
    assert (promised, why) == (expected, str(outcome.card_reason))


@pytest.mark.parametrize("language", ["zh", "en"], indirect=True)
def test_a_file_that_does_not_say_its_purse_asks_and_then_imports(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement, language) -> None:
    dialog = open_dialog(qtbot, session, write_statement("mixed.csv", MIXED))
    question = dialog.choices.question
    assert dialog.choices.question_frame.isVisibleTo(dialog) and dialog.isVisible()
    words = {"zh": ("医保经办机构", "普通银行账户"),
             "en": ("medical insurance agency", "ordinary bank account")}[language]
    assert all(word in question.text() for word in words)
    assert dialog.purse_box.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.purse_box.currentData() is None  # nothing is guessed
    dialog.purse_box.setCurrentIndex(dialog.purse_box.findData("medical"))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15_000)
    assert not dialog.choices.question_frame.isVisibleTo(dialog)
    assert dialog.choices.purse_why.text() == {
        "zh": "医保个人账户，这是您选定的",
        "en": "the medical account (医保个人账户), as you chose"}[language]
    import_and_close(qtbot, dialog)
    (card,) = session.cards()
    assert {b.kind: b.transactions for b in session.balances(card)} == {"medical": 4, "bank": 0}
    assert shown_errors == []


def test_a_file_that_names_no_card_among_several_asks_which(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement) -> None:
    for name in ("张三", "李四"):
        import_file(session.store, holder_file(write_statement, f"{name}.csv", f"户名：{name}"),
                    ImportOptions())
    nobody = write_statement("nobody.csv", ["银行账户交易明细", BANK_HEADER,
                                            "2024-02-05,存现,50.00,130.00"])
    dialog = open_dialog(qtbot, session, nobody)
    assert "Which card is this file of?" in dialog.choices.question.text()
    assert dialog.card_box.isEnabled() and not dialog.import_button.isEnabled()
    li = next(card for card in session.cards() if card.holder == "李*")
    dialog.card_box.setCurrentIndex(dialog.card_box.findData(str(li.id)))
    qtbot.waitUntil(dialog.import_button.isEnabled, timeout=15_000)
    assert not dialog.choices.question_frame.isVisibleTo(dialog)
    import_and_close(qtbot, dialog)
    assert dialog.outcomes[0].card_id == li.id


def test_changing_the_card_keeps_the_purse_as_decided(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement) -> None:
    dialog = open_dialog(qtbot, session, write_statement("明细.csv", TITLE_LESS))
    dialog.card_box.setEditText("6217990012340001")
    dialog.card_box.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: "0001" in dialog.choices.card_why.text(), timeout=15_000)
    assert dialog.purse_box.currentData() == "medical" and dialog.current().account is None
    assert dialog.choices.purse_why.text() == MEDICAL_REASON["en"]


def test_choosing_the_other_purse_says_it_was_chosen(  # type: ignore[no-untyped-def]
        qtbot, session, shown_errors, write_statement) -> None:
    dialog = open_dialog(qtbot, session, write_statement("明细.csv", TITLE_LESS))
    dialog.purse_box.setCurrentIndex(dialog.purse_box.findData("bank"))
    qtbot.waitUntil(lambda: "as you chose" in dialog.choices.purse_why.text(), timeout=15_000)
    assert dialog.choices.purse_why.text() == "the bank account (银行账户), as you chose"
    assert "(Bank account 14)" in dialog.outcome.summary.text()


def test_the_report_names_each_file_s_purse_and_card(  # type: ignore[no-untyped-def]
        qtbot, session: Session, shown_errors, write_statement) -> None:
    import_file(session.store, holder_file(write_statement, "zhang.csv", "卡号：6217990011111234",
                                           "户名：张三"), ImportOptions())
    files = [write_statement("明细.csv", TITLE_LESS),
             holder_file(write_statement, "li.csv", "卡号：6217990022225678", "户名：李四")]
    dialog = open_dialog(qtbot, session, *files)
    with qtbot.waitSignal(session.changed, timeout=10_000):
        dialog.import_button.click()
    report = dialog.outcome.summary.text()
    assert dialog.outcome.title() == "What the import did"
    assert "明细.csv: 14 new rows (import #2)" in report
    assert f"Purse: Medical account, 14 rows ({MEDICAL_REASON['en']})" in report
    assert ("Card: 张* 6217 **** **** 1234 (no card number in the file: joined "
            "6217 **** **** 1234 张*, the database's only card)") in report
    assert "li.csv: 2 new rows (import #3)" in report
    assert ("Card: 李* 6217 **** **** 5678 (the file names card 6217 **** **** 5678 李*, "
            "which is not in the database yet: a new card)") in report
    assert not dialog.table.isVisibleTo(dialog) and not dialog.import_button.isVisible()
