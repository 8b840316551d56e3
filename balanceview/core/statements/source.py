"""A statement file's bytes, read into memory, with what cannot be a statement refused."""

from __future__ import annotations

from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from balanceview.core.errors import UserError
from balanceview.core.masking import scrub
from balanceview.core.second_core import meanwhile

MAX_BYTES = 400 * 1024 * 1024  # a million-row statement is about 100 MB
EXCEL_SUFFIXES = (".xls", ".xlsx", ".xlsm")
_SIGNATURES = {
    b"\x89PNG": "a PNG picture",
    b"\xff\xd8\xff": "a JPEG picture",
    b"GIF8": "a GIF picture",
    b"PK\x03\x04": "a ZIP archive",
}
_OLE = b"\xd0\xcf\x11\xe0"  # the container of .xls files
_ZIP = b"PK\x03\x04"  # the container of .xlsx files


@dataclass
class SourceFile:
    """A statement file read into memory, with what was detected about its bytes."""

    name: str
    data: bytes
    digest: str | Future[str]  # the SHA-256, or its working out on another thread

    @property
    def sha256(self) -> str:
        if isinstance(self.digest, Future):
            self.digest = self.digest.result()
        return self.digest

    def let_go(self) -> None:
        """Drop the bytes once they are read into a table: a million-row file is 111 MB
        that the rest of the import does not need."""
        self.data = b""

    @property
    def is_pdf(self) -> bool:
        return self.data[:1024].lstrip(b"\x00\t\r\n ")[:5] == b"%PDF-"

    @property
    def is_excel(self) -> bool:
        return self.data.startswith(_OLE) or (
            self.data.startswith(_ZIP) and self.name.lower().endswith(EXCEL_SUFFIXES)
        )


def read_source(path: Path) -> SourceFile:
    """Read a file's bytes ourselves, refusing what cannot be a statement."""
    import hashlib

    name = scrub(path.name)  # '交易明细_6217…5678.csv': the number is shown masked
    if path.is_dir():
        raise UserError(f"{name}: this is a folder; choose a statement file")
    if not path.exists():
        raise UserError(f"{name}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise UserError(f"{name}: the file is empty")
    if size > MAX_BYTES:
        raise UserError(f"{name}: the file is {size // 2**20} MB, more than a statement can be")
    data = path.read_bytes()
    # hashlib lets go of the interpreter for long data: the digest is worked out while the
    # file is read (0.1 s for a million rows).
    digest = meanwhile(lambda: hashlib.sha256(data).hexdigest())
    source = SourceFile(name, data, digest)
    if not (source.is_excel or source.is_pdf):
        _refuse_known_binary(source)
    return source


def _refuse_known_binary(source: SourceFile) -> None:
    for signature, what in _SIGNATURES.items():
        if source.data.startswith(signature):
            raise UserError(f"{source.name}: this is {what}, not a statement")
