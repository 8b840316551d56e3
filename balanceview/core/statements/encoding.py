"""Finding a statement's text encoding from its bytes, without holding a second copy."""

from __future__ import annotations

import codecs

from balanceview.core.errors import UserError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CHUNK = 1 << 20


def detect_encoding(data: bytes, file_name: str, checked: bool = True) -> str:
    """A BOM first; then strict UTF-8; then GB18030. The order matters: UTF-8 Chinese text
    decodes "successfully" as GB18030 into garbage, never the other way round.
    UTF-16 without a BOM (old BOC exports) shows itself by zero bytes in every other place.
    With checked=False the GB18030 answer is not decoded whole here: a reader that decodes
    the text anyway calls refuse_undecodable() if it meets a bad byte (one pass, not two).
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _checked(data, name, file_name)
    if _looks_utf16(data):
        sample = data[:2000]
        # ASCII in UTF-16-LE leaves its zero byte second (odd places); big-endian, first.
        name = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return _checked(data, name, file_name)
    if b"\x00" in data[:4096]:
        raise UserError(f"{file_name}: this is not a text statement (it holds binary data)")
    bad = _decodes(data, "utf-8")
    if bad is None and not _foreign_script(data[:4096]):
        return "utf-8"
    if bad is not None and _damaged_utf8(data, bad):
        raise unreadable(data, bad, "utf-8", file_name)
    return _checked(data, "gb18030", file_name) if checked else "gb18030"


def _damaged_utf8(data: bytes, bad: int) -> bool:
    """UTF-8 Chinese text with a broken byte further on: GB18030 read as UTF-8 fails within
    its first few characters, never after a stretch of Chinese."""
    before = data[max(0, bad - 4096):bad].decode("utf-8", errors="ignore")
    chinese = sum(1 for c in before if "\u4e00" <= c <= "\u9fff")
    return bad >= 64 and chinese >= 4 and not _foreign_script(data[:bad][:4096])


def refuse_undecodable(data: bytes, name: str, file_name: str) -> None:
    """Raise the UserError naming the first line that cannot be decoded as `name`."""
    _checked(data, name, file_name)


def decode_statement(data: bytes, file_name: str) -> tuple[str, str]:
    """The whole text and its encoding (for small files and tests)."""
    name = detect_encoding(data, file_name)
    return data.decode(name), name


def _decodes(data: bytes, name: str) -> int | None:
    """None if the bytes decode strictly, else the offset of the first bad byte."""
    decoder = codecs.getincrementaldecoder(name)("strict")
    for start in range(0, len(data), _CHUNK):
        try:
            decoder.decode(data[start:start + _CHUNK], final=start + _CHUNK >= len(data))
        except UnicodeDecodeError as error:
            return start + error.start
    return None


def _checked(data: bytes, name: str, file_name: str) -> str:
    bad = _decodes(data, name)
    if bad is not None:
        raise unreadable(data, bad, name, file_name)
    return name


def unreadable(data: bytes, bad: int, name: str, file_name: str) -> UserError:
    """Naming the line of the bad byte, as an editor counts lines (CR, LF or CRLF)."""
    line = 1 + data.count(b"\n", 0, bad) + data.count(b"\r", 0, bad) - \
        data.count(b"\r\n", 0, bad)
    return UserError(f"{file_name}, line {line}: the text cannot be read as {name}; the file "
                     "may be damaged: download it again, or save it again as UTF-8 or GBK")


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > half * 0.3 and min(zeros_even, zeros_odd) < half * 0.05


def _foreign_script(head: bytes) -> bool:
    """A short GB18030 text can also be valid UTF-8 ('医' is D2 BD, which UTF-8 reads as 'ҽ'):
    such a reading is all Greek, Cyrillic, Hebrew or Arabic and holds no Chinese at all."""
    text = head.decode("utf-8", errors="ignore")
    odd = sum(1 for c in text if "\u0370" <= c <= "\u07ff")
    return odd > 0 and not any("\u4e00" <= c <= "\u9fff" for c in text)
