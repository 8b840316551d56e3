"""Filling the templates of texts.py with the data: amounts, counts, kinds and places."""

from __future__ import annotations

import string
from collections.abc import Mapping
from typing import Any

from balanceview.core.explain import texts
from balanceview.core.explain.model import Money
from balanceview.core.money import format_fen

LANGS = ("zh", "en")
_FULL_WIDTH_PARENS = str.maketrans("()", "（）")


class _Formatter(string.Formatter):
    """Adds the field specs texts.py documents: n:NOUN, deed, at, paren."""

    def __init__(self, lang: str, purse: str) -> None:
        self.lang, self.purse = lang, purse

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, Money):
            return format_fen(int(value), grouping=True)
        if format_spec.startswith("n:"):
            return self._counted(int(value), format_spec[2:])
        if format_spec == "deed":
            deeds = texts.DEEDS[self.lang]
            return deeds.get(str(value), deeds[""])
        if format_spec in ("at", "paren"):
            return self._place(str(value), format_spec)
        return str(super().format_field(value, format_spec))

    def _counted(self, n: int, noun: str) -> str:
        nouns = texts.NOUNS[self.lang]
        word = nouns.get(f"{noun}.{self.purse}", nouns.get(noun, noun))
        if isinstance(word, tuple):
            return f"{n} {word[0] if n == 1 else word[1]}"
        return f"{n} {word}"

    def _place(self, place: str, how: str) -> str:
        if not place:
            return ""
        if self.lang == "zh":
            # Chinese sentences take full-width brackets: 一心堂（南内环店）.
            shown = place.translate(_FULL_WIDTH_PARENS)
            return f"在{shown}" if how == "at" else f"（{shown}）"
        return f" at {place}" if how == "at" else f" ({place})"


def lookup(table: Mapping[str, str], code: str, variant: str, purse: str) -> str | None:
    """code.variant.purse, then code.variant, code.purse, code; '+' joins optional parts."""
    main = variant.split("+")[0]
    keys = [f"{code}.{main}.{purse}", f"{code}.{main}"] if main else []
    for key in [*keys, f"{code}.{purse}", code]:
        if key in table:
            return table[key]
    return None


def render(template: str, lang: str, purse: str, facts: Mapping[str, object]) -> str:
    """Fill a template; the purse names and words of texts.py come with every sentence."""
    other = "bank" if purse == "medical" else "medical"
    name, cap, title = texts.PURSES[lang][purse]
    words = texts.WORDS[lang]
    values = {"purse": name, "purse_cap": cap, "title": title,
              "other": texts.PURSES[lang][other][0], "credit": words[f"credit.{purse}"], **facts}
    return _Formatter(lang, purse).vformat(template, (), values)


def reason_text(lang: str, code: str, variant: str, purse: str,
                facts: Mapping[str, object]) -> str:
    table = texts.REASONS[lang]
    template = lookup(table, code, variant, purse)
    if template is None:
        raise KeyError(f"no {lang} sentence for reason {code} ({variant or 'plain'}, {purse})")
    parts = [render(template, lang, purse, facts)]
    for extra in variant.split("+")[1:]:
        parts.append(render(table[f"{code}.{extra}"], lang, purse, facts))
    return ("" if lang == "zh" else " ").join(parts)


def label(lang: str, key: str, purse: str = "medical", **facts: object) -> str:
    return render(texts.LABELS[lang][key], lang, purse, facts)
