"""What an import did, file by file: the rows added, the purse and the card each file went to
and why, and what else the person must know (a balance column that cannot be read).

Shown in the import dialog once the import is done; the reasons are the core's, said in the
dialog's language."""

from __future__ import annotations

from PySide6.QtCore import QObject

from balanceview.core.importer import FileOutcome
from balanceview.core.messages import say


class ImportReport(QObject):
    def __init__(self, lang: str, purse_names: dict[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lang = lang  # the core's messages speak 'zh' or 'en'
        self.purse_names = purse_names

    def text(self, outcomes: list[FileOutcome]) -> str:
        return "\n\n".join(self._file(outcome) for outcome in outcomes)

    def _file(self, outcome: FileOutcome) -> str:
        if outcome.batch_id is None:
            return self.tr("%1: nothing new, everything in it was already in the database."
                           ).replace("%1", outcome.file_name)
        lines = [self.tr("%1: %2 new rows (import #%3)").replace("%1", outcome.file_name)
                 .replace("%2", str(outcome.total_new)).replace("%3", str(outcome.batch_id))]
        purses = self.tr(", ").join(
            self.tr("%1, %2 rows").replace("%1", self.purse_names.get(p, p)).replace("%2", str(n))
            for p, n in outcome.new_rows.items())
        lines.append(self._why(self.tr("Purse: %1").replace("%1", purses),
                               outcome.purse_reason))
        lines.append(self._why(self.tr("Card: %1").replace(
            "%1", say(outcome.card_shown, self.lang)), outcome.card_reason))
        left_out = [(self.tr("%1 already imported"), len(outcome.duplicates)),
                    (self.tr("%1 that cannot be read"), len(outcome.bad_rows))]
        said = [text.replace("%1", str(count)) for text, count in left_out if count]
        if said:
            lines.append(self.tr("Left out: %1").replace("%1", self.tr(", ").join(said)))
        lines += [self.tr("Note: %1").replace("%1", say(note, self.lang))
                  for note in outcome.notes]
        return "\n".join(lines[:1] + ["    " + line for line in lines[1:]])

    def _why(self, fact: str, reason: str) -> str:
        """'Card: 张* 6217 **** **** 5678 (the file names card …)'"""
        if not reason:
            return fact
        return self.tr("%1 (%2)").replace("%1", fact).replace("%2", say(reason, self.lang))
