"""Errors a user can act on, told apart from bugs."""

from __future__ import annotations

from dataclasses import dataclass


class UserError(Exception):
    """Input or a situation the user can fix; shown as a message, never as a traceback."""


@dataclass(frozen=True)
class CellProblem:
    """One bad cell: where it is, as an editor numbers lines, and what is wrong."""

    line: int
    column: str
    message: str

    def describe(self, file_name: str) -> str:
        where = f"{file_name}, line {self.line}"
        if self.column:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


class CellError(ValueError):
    """Raised by a cell parser; the row reader names the column, the statement the line."""

    def __init__(self, message: str, column: str = "") -> None:
        super().__init__(message)
        self.column = column


class StatementRefused(UserError):
    """A whole file refused; carries the problems found in it."""

    def __init__(self, file_name: str, problems: list[CellProblem] | None = None,
                 reason: str = "") -> None:
        self.file_name = file_name
        self.problems = problems or []
        self.reason = reason
        super().__init__(self._message())

    def _message(self) -> str:
        if self.reason:
            return f"{self.file_name}: {self.reason}"
        shown = [p.describe(self.file_name) for p in self.problems[:10]]
        more = len(self.problems) - len(shown)
        if more > 0:
            shown.append(f"... and {more} more bad rows")
        head = f"{self.file_name} was not imported: {len(self.problems)} bad row(s). "
        head += "Nothing was changed. Fix the file, or use --skip-bad-rows to import the rest."
        return "\n".join([head, *shown])
