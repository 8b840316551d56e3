"""Errors a user can act on, told apart from bugs."""

from __future__ import annotations

from dataclasses import dataclass

from balanceview.core.messages import Message, say


class UserError(Exception):
    """Input or a situation the user can fix; shown as a message, never as a traceback.
    Made with a Message, it can be said in Chinese too (`text('zh')`); str() is English."""

    def text(self, lang: str = "en") -> str:
        return str(say(self.args[0], lang)) if self.args else ""


@dataclass(frozen=True)
class CellProblem:
    """One bad cell: where it is, as an editor numbers lines, and what is wrong.

    `message` is the English text; a Message (a str) when a parser gave one, so it can also
    be said in Chinese with `text('zh')`.
    """

    line: int  # in a PDF: the row of its page's table
    column: str
    message: str
    page: int | None = None  # a PDF's page

    def text(self, lang: str = "en") -> str:
        """What is wrong, in the reader's language."""
        return str(say(self.message, lang))

    def describe(self, file_name: str, lang: str = "en") -> str:
        if self.page:
            where = Message("problem.page_cell", file=file_name, page=self.page, line=self.line,
                            column=self.column, problem=self.message)
        elif self.column:
            where = Message("problem.cell", file=file_name, line=self.line, column=self.column,
                            problem=self.message)
        else:
            where = Message("problem.line", file=file_name, line=self.line, problem=self.message)
        return where.text(lang)


class CellError(ValueError):
    """Raised by a cell parser; the row reader names the column, the statement the line."""

    def __init__(self, message: str, column: str = "") -> None:
        super().__init__(message)
        self.message = message  # a Message from the parsers: str(error) loses its Chinese
        self.column = column


class StatementRefused(UserError):
    """A whole file refused; carries the problems found in it."""

    def __init__(self, file_name: str, problems: list[CellProblem] | None = None,
                 reason: str = "") -> None:
        self.file_name = file_name
        self.problems = problems or []
        self.reason = reason
        super().__init__(self.text("en"))

    def text(self, lang: str = "en") -> str:
        """The refusal in the reader's language: what happened, then the first bad rows."""
        if self.reason:
            return Message("refused.reason", file=self.file_name, reason=self.reason).text(lang)
        shown = [p.describe(self.file_name, lang) for p in self.problems[:10]]
        more = len(self.problems) - len(shown)
        if more > 0:
            shown.append(Message("refused.more", count=more).text(lang))
        head = Message("refused.bad_rows", file=self.file_name, count=len(self.problems))
        return "\n".join([head.text(lang), *shown])
