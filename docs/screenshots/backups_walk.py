"""The walk of issue #9's backups, on a real screen in Chinese: two statements of one card
imported through the dialog, then 已导入的文件 ▸ 备份…, the backup taken before the second
import chosen, 恢复… asked, answered 是, and the window after.

    xvfb-run -a -s "-screen 0 1366x768x24" .venv/bin/python docs/screenshots/backups_walk.py OUT

Pictures go to OUT; the README takes the best from it by hand.
"""

from __future__ import annotations

from pathlib import Path

from walk import Step, Walk, _home, import_by_keyboard, walk_in_chinese  # noqa: E402

TITLE = ["社会保障卡银行账户交易明细", "卡号：6217990012345678", "户名：王五",
         "交易日期,摘要,交易金额,余额,对方户名,流水号"]
MARCH = [*TITLE, "2024-03-01,存现,500.00,500.00,王五,A1",
         "2024-03-09,医院缴费,-120.00,380.00,山西省人民医院,A2"]
APRIL = [*TITLE, "2024-04-02,消费,-80.00,300.00,超市,A3",
         "2024-04-18,ATM取款,-300.00,0.00,,A4"]


def written(name: str, lines: list[str]) -> Path:
    path = _home / name
    path.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
    return path


def settled(page) -> bool:  # type: ignore[no-untyped-def]
    return page.explained is not None and not page.transactions.model.busy


def backups_walk(walk: Walk) -> Step:
    from PySide6.QtWidgets import QApplication

    for name, lines in (("三月流水.csv", MARCH), ("四月流水.csv", APRIL)):
        yield from import_by_keyboard(walk, written(name, lines), f"import-{name[:2]}")
    walk.shot("1-before-restore")
    walk.later(walk.window.show_imports)
    yield walk.modal("ImportsDialog")
    walk.later(QApplication.activeModalWidget().backups_button.click)
    yield walk.modal("BackupsDialog")
    backups = QApplication.activeModalWidget()
    backups.table.selectRow(0)
    yield None
    walk.shot("2-backups-list")
    walk.later(backups.restore_button.click)
    yield walk.modal("QMessageBox")
    walk.shot("3-restore-question")
    from PySide6.QtWidgets import QPushButton

    box = QApplication.activeModalWidget()
    yes = next(b for b in box.findChildren(QPushButton) if b.text().startswith("是"))
    walk.later(yes.click)
    yield lambda: backups.task is None and "已恢复" in backups.status_label.text()
    yield lambda: settled(walk.window.card_page)
    walk.shot("4-restored-list")
    backups.reject()
    yield walk.modal("ImportsDialog")
    QApplication.activeModalWidget().reject()
    yield lambda: QApplication.activeModalWidget() is None
    yield lambda: settled(walk.window.card_page)
    walk.shot("5-restored-window")


def main() -> int:
    return walk_in_chinese(backups_walk)


if __name__ == "__main__":
    raise SystemExit(main())
