"""Filling the templates of texts/ with the data: amounts, counts, deeds, places and people.

A sentence is built from parts in the reader's language; a part the rows do not give (a place,
a name) leaves out the words around it ([[ … ]] in a template), never fills them with the type.
"""

from __future__ import annotations

import re
import string
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any

from balanceview.core.explain import texts
from balanceview.core.explain.model import Deed, Money, Relative, Share, Who
from balanceview.core.explain.people import is_institution
from balanceview.core.money import format_fen

LANGS = ("zh", "en")
_FULL_WIDTH_PARENS = str.maketrans("()", "（）")
_OPTIONAL = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)
# Intervals in days that people name: a month, a quarter, a year.
_RHYTHMS = ((27, 33, "每月", "monthly"), (85, 95, "每季度", "quarterly"),
            (350, 380, "每年", "once a year"))
_LESS_MORE = {"zh": ("少", "多"), "en": ("less", "more")}
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


class _Formatter(string.Formatter):
    """Adds the field specs texts/__init__.py documents."""

    def __init__(self, lang: str, purse: str) -> None:
        self.lang, self.purse = lang, purse

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "signed":
            return ("+" if int(value) > 0 else "") + format_fen(int(value), grouping=True)
        if format_spec == "abs":
            return format_fen(abs(int(value)), grouping=True)
        if format_spec == "less_more":  # the statement's balance against the rows' sum
            return _LESS_MORE[self.lang][int(value) > 0]
        if isinstance(value, Money):
            return format_fen(int(value), grouping=True)
        if isinstance(value, date):
            return self._month(value) if format_spec == "month" else value.isoformat()
        if format_spec.startswith("n:"):
            return self._counted(int(value), format_spec[2:])
        special = {"deed": self._deed, "Deed": self._deed_cap, "who": self._who,
                   "every": self._every, "shares": self._shares}.get(format_spec)
        if special is not None:
            return special(value)
        text = str(super().format_field(value, format_spec))
        return self._bracketed(text) if self.lang == "zh" else text

    def _bracketed(self, text: str) -> str:
        # Chinese sentences take full-width brackets: 一心堂（南内环店）.
        return text.translate(_FULL_WIDTH_PARENS)

    def _counted(self, n: int, noun: str) -> str:
        nouns = texts.NOUNS[self.lang]
        word = nouns.get(f"{noun}.{self.purse}", nouns.get(noun, noun))
        if isinstance(word, tuple):
            return f"{n} {word[0] if n == 1 else word[1]}"
        return f"{n} {word}"

    def _deed(self, deed: Deed) -> str:
        """zh: 在一心堂（南内环店）的购药 / 的购药; en: a pharmacy purchase at 一心堂(南内环店)."""
        name = texts.DEEDS[self.lang].get(deed.kind, texts.DEEDS[self.lang]["other"])
        to = deed.kind in texts.words.PAID_TO
        place = deed.place if deed.place and (to or is_institution(deed.place)) else ""
        if self.lang == "zh":
            if not place:
                return f"的{name}"
            return f"{'给' if to else '在'}{self._bracketed(place)}的{name}"
        if not place:
            return name
        return f"{name} {'to' if to else 'at'} {place}"

    def _deed_cap(self, deed: Deed) -> str:
        said = self._deed(deed)
        return said[:1].upper() + said[1:]

    def _who(self, who: Who) -> str:
        said = [self._relative(r) for r in who.relatives]
        if not said:
            return texts.words.RELATIVE_NONE[self.lang][1 if who.many else 0]
        if self.lang == "zh":
            return "、".join(said)
        return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]

    def _relative(self, relative: Relative) -> str:
        if self.lang == "zh":
            return relative.relation + relative.name
        relation = texts.RELATIONS.get(relative.relation, "")
        if relative.name and relation:
            return f"{relative.name} ({relation})"
        return relative.name or (f"your {relation}" if relation else "a relative")

    def _every(self, days: int) -> str:
        """How often credits came, in the words a person uses for it."""
        zh = self.lang == "zh"
        for low, high, zh_word, en_word in _RHYTHMS:
            if low <= days <= high:
                return f"大约{zh_word}" if zh else f"about {en_word}"
        return f"大约每 {days} 天" if zh else f"about every {days} days"

    def _month(self, day: date) -> str:
        return f"{day.year} 年 {day.month} 月" if self.lang == "zh" else \
            f"{_MONTHS[day.month - 1]} {day.year}"

    def _shares(self, shares: Sequence[Share]) -> str:
        if self.lang == "zh":
            return "、".join(f"{s.day.isoformat()} {self._deed(s.deed)} "
                            f"{format_fen(int(s.amount), grouping=True)} 元" for s in shares)
        said = [f"{format_fen(int(s.amount), grouping=True)} for {self._deed(s.deed)} on "
                f"{s.day.isoformat()}" for s in shares]
        return said[0] if len(said) == 1 else ", ".join(said[:-1]) + " and " + said[-1]


def lookup(table: Mapping[str, str], code: str, variant: str, purse: str) -> str | None:
    """code.variant.purse, then code.variant, code.purse, code; '+' joins optional parts."""
    main = variant.split("+")[0]
    keys = [f"{code}.{main}.{purse}", f"{code}.{main}"] if main else []
    for key in [*keys, f"{code}.{purse}", code]:
        if key in table:
            return table[key]
    return None


def render(template: str, lang: str, purse: str, facts: Mapping[str, object]) -> str:
    """Fill a template; the purse names and words of texts/ come with every sentence."""
    other = "bank" if purse == "medical" else "medical"
    name, cap, title = texts.PURSES[lang][purse]
    words = texts.WORDS[lang]
    values = {"purse": name, "purse_cap": cap, "title": title,
              "other": texts.PURSES[lang][other][0], "credit": words[f"credit.{purse}"], **facts}
    formatter = _Formatter(lang, purse)
    kept = _OPTIONAL.sub(lambda part: part[1] if _given(part[1], values) else "", template)
    return formatter.vformat(kept, (), values)


def _given(part: str, values: Mapping[str, object]) -> bool:
    """Whether every field of an optional part has a value worth saying."""
    fields = [name for _, name, _, _ in string.Formatter().parse(part) if name]
    return all(values.get(name.split(".")[0]) not in (None, "", ()) for name in fields)


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


def as_of_said(lang: str, day: date | None, asked: bool) -> str | None:
    """'对账单最后一天 2024-05-08' / "the statement's last day, 2024-05-08", or the day asked."""
    if day is None:
        return None
    key = "as_of.asked" if asked else "as_of.statement"
    return texts.WORDS[lang][key].format(day=day.isoformat())
