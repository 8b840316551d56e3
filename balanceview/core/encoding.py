"""Finding a statement's text encoding from its bytes."""

from __future__ import annotations

import codecs

from balanceview.core.errors import UserError

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_statement(data: bytes, file_name: str) -> tuple[str, str]:
    """Return (text, encoding name).

    A BOM first; then strict UTF-8; then GB18030. The order matters: UTF-8 Chinese text
    decodes "successfully" as GB18030 into garbage, never the other way round.
    UTF-16 without a BOM (old BOC exports) shows itself by NUL bytes in every other place.
    """
    for bom, name in _BOMS:
        if data.startswith(bom):
            return _strict(data, name, file_name), name
    if _looks_utf16(data):
        sample = data[:2000]
        # ASCII in UTF-16-LE leaves its zero byte second (odd places); big-endian, first.
        name = "utf-16-le" if sample[1::2].count(0) > sample[0::2].count(0) else "utf-16-be"
        return _strict(data, name, file_name), name
    if b"\x00" in data[:4096]:
        raise UserError(f"{file_name}: this is not a text statement (it holds binary data)")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _strict(data, "gb18030", file_name), "gb18030"
    if _foreign_script(text):
        try:
            return data.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            pass
    return text, "utf-8"


def _foreign_script(text: str) -> bool:
    """A short GB18030 text can also be valid UTF-8 ('医' is D2 BD, which UTF-8 reads as 'ҽ'):
    such a reading is all Greek, Cyrillic, Hebrew or Arabic and holds no Chinese at all."""
    odd = sum(1 for c in text if "\u0370" <= c <= "\u07ff")
    return odd > 0 and not any("\u4e00" <= c <= "\u9fff" for c in text)


def _looks_utf16(data: bytes) -> bool:
    sample = data[:2000]
    if len(sample) < 4:
        return False
    zeros_even = sample[0::2].count(0)
    zeros_odd = sample[1::2].count(0)
    half = len(sample) // 2
    return max(zeros_even, zeros_odd) > half * 0.3 and min(zeros_even, zeros_odd) < half * 0.05


def _strict(data: bytes, name: str, file_name: str) -> str:
    try:
        return data.decode(name)
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise UserError(
            f"{file_name}, line {line}: the text cannot be read as {name}; "
            "save the file again as UTF-8 or GBK"
        ) from None
