"""The language people read the command line in: the locale's."""

from __future__ import annotations

import locale
import os

_NOT_A_LANGUAGE = ("", "C", "POSIX")


def default_lang() -> str:
    """Chinese for any zh locale. The environment decides in POSIX order (LC_ALL, then
    LC_MESSAGES, then LANG); 'C' says nothing about the language, so it is passed over."""
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value not in _NOT_A_LANGUAGE and not value.startswith(("C.", "POSIX.")):
            return _lang_of(value)
    try:
        found = locale.getlocale()[0] or ""
    except ValueError:  # an unknown locale name in the environment
        found = ""
    return _lang_of(found)


def _lang_of(name: str) -> str:
    # zh_CN.UTF-8, zh-Hans, and Windows' Chinese (Simplified)_China all mean Chinese.
    lowered = name.lower()
    return "zh" if lowered.startswith("zh") or lowered.startswith("chinese") else "en"
