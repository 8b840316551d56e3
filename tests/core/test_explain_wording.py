"""Every sentence, in both languages, with and without the place or person a row may name:
no field left unfilled, no word said twice, no label pasted, no English word of ours in the
Chinese and no Chinese word of ours in the English (what the rows say is theirs to keep)."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest

from balanceview.core.explain import texts
from balanceview.core.explain.model import Deed, Money, Relative, Share, Who
from balanceview.core.explain.wording import as_of_said, render
from balanceview.core.kinds import KINDS
from balanceview.core.report.texts import LABELS as REPORT_LABELS

# Latin words a Chinese reader reads as Chinese: the app, the cash machine.
ZH_LATIN = {"App", "ATM"}
PLACE = "一心堂(南内环店)"
DATA = {PLACE, "李娜", "长护险扣缴", "急诊"}  # what the rows say
_LATIN = re.compile(r"[A-Za-z]+")
_HAN = re.compile(r"[\u4e00-\u9fff]+")
_FIELDS = string.Formatter()


def facts(lang: str, place: bool) -> dict[str, object]:
    """A value for every field any template uses; the place and the person given or not."""
    where = PLACE if place else ""
    money = {name: Money(12345) for name in (
        "amount", "credits", "debits", "opening", "computed", "closing", "cost", "account",
        "top_cost", "top_pooled", "last_amount", "latest_amount", "credit_amount", "other_balance",
        "before_amount", "after_amount", "drop", "usual", "m_amount", "r_amount", "chronic_cost",
        "chronic_pooled", "chronic_account")}
    days = {name: date(2024, 3, 4) for name in (
        "date", "first", "last", "zero_date", "credit_date", "last_date", "latest_date",
        "first_date", "top_date", "before_date", "after_date", "step_date", "m_date", "r_date",
        "chronic_date", "since", "period_from", "period_to", "other_as_of", "next", "as_of")}
    deed = Deed("pharmacy", where)
    return {**money, **days, "net": Money(-24500), "count": 3, "settlements": 8, "matched": 1,
            "days": 95, "interval": 30, "missed": 4, "place": where, "mark": "急诊",
            "what": "长护险扣缴", "final": deed, "top": Deed("inpatient", where),
            "bill": Deed("advance_payment", where), "chronic_place": where,
            "who": Who((Relative("李娜", "配偶"),) if place else (), many=True),
            "shares": (Share(date(2024, 6, 27), Deed("inpatient", where), Money(221438)),
                       Share(date(2024, 3, 14), Deed("outpatient", where), Money(27408))),
            "as_of_said": as_of_said(lang, date(2024, 12, 31), False)}


def templates() -> list[tuple[str, str, str]]:
    """(table, key, lang) of every sentence of the explanation."""
    found = []
    for table in ("REASONS", "STEPS"):
        for lang, sentences in getattr(texts, table).items():
            found += [(table, key, lang) for key in sentences]
    return found


def purse_of(key: str) -> list[str]:
    return [key.rsplit(".", 1)[1]] if key.endswith((".medical", ".bank")) else ["medical", "bank"]


def check(sentence: str, lang: str, place: bool) -> None:
    assert not re.search(r"[{}]|\[\[|\]\]", sentence), sentence
    assert "  " not in sentence and " ," not in sentence and " ." not in sentence, sentence
    assert not re.search(r"(\w{2,})的\1", sentence), sentence  # 住院的住院
    assert "（）" not in sentence and "()" not in sentence and "“”" not in sentence, sentence
    assert "共济人：" not in sentence, sentence  # a label is parsed, never pasted
    if lang == "zh":
        assert set(_LATIN.findall(sentence)) <= ZH_LATIN, sentence
        assert "在的" not in sentence and "为的" not in sentence, sentence
    else:
        leftover = set(_HAN.findall(sentence)) - texts.GLOSSES
        assert all(any(word in datum for datum in DATA) for word in leftover), (leftover, sentence)
        assert not re.search(r"\b(at|to|for) (on|of)\b|\b(at|to|for) [,.;]", sentence), sentence
    if not place:
        assert PLACE.replace("(", "（").replace(")", "）") not in sentence and PLACE not in sentence


@pytest.mark.parametrize(("table", "key", "lang"), templates())
@pytest.mark.parametrize("place", [True, False], ids=["place", "no-place"])
def test_every_sentence_reads_in_its_language(table: str, key: str, lang: str,
                                             place: bool) -> None:
    template = getattr(texts, table)[lang][key]
    for purse in purse_of(key):
        check(render(template, lang, purse, facts(lang, place)), lang, place)


def _data_fields(template: str) -> set[str]:
    """The fields filled from the rows (each language names the purse as it likes)."""
    names = {name for _, name, _, _ in _FIELDS.parse(template) if name}
    names = {"place" if name == "bill" else name for name in names}  # a bill is said with its place
    return names - {"title", "purse", "purse_cap", "other", "credit", "source", "source_cap"}


def test_every_reason_speaks_both_languages_alike() -> None:
    for table in (texts.REASONS, texts.STEPS, texts.HEADLINES, texts.LABELS, REPORT_LABELS):
        assert set(table["zh"]) == set(table["en"])
        for key, zh in table["zh"].items():
            assert _data_fields(zh) == _data_fields(table["en"][key]), key


def test_a_missing_relative_is_a_relative_not_a_type() -> None:
    facts_zh = {"date": date(2024, 7, 12), "amount": Money(35680), "place": "",
                "who": Who(())}
    said = render(texts.REASONS["zh"]["family_aid_out.one"], "zh", "medical", facts_zh)
    assert "为家人支付了 356.80 元" in said
    named = render(texts.REASONS["en"]["family_aid_out.one"], "en", "medical",
                   {**facts_zh, "who": Who((Relative("张建国", "父亲"),))})
    assert "for 张建国 (father)" in named


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_kind_can_be_said(lang: str) -> None:
    assert set(KINDS) <= set(texts.DEEDS[lang])


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_labels_and_headlines_are_in_their_language(lang: str) -> None:
    for table in (texts.HEADLINES, texts.LABELS, REPORT_LABELS, texts.WORDS):
        for value in table[lang].values():
            said = value.replace("{", "").replace("}", "")
            if lang == "zh":
                assert set(_LATIN.findall(re.sub(r"\{[^}]*\}", "", value))) <= ZH_LATIN, value
            else:
                assert set(_HAN.findall(said)) <= texts.GLOSSES, value


@pytest.mark.parametrize(("note", "relative"), [
    ("为配偶支付", Relative("", "配偶")),  # 支付 is what was done, not the spouse's name
    ("为父亲张建国支付药品费用", Relative("张建国", "父亲")),
    ("为母亲李桂兰", Relative("李桂兰", "母亲")),
])
def test_a_relative_is_read_from_a_note_without_the_verb(note: str, relative: Relative) -> None:
    from balanceview.core.explain.people import relative_in

    assert relative_in(note) == relative
    said = render(texts.REASONS["zh"]["family_aid_out.one"], "zh", "medical",
                  {"date": date(2025, 4, 9), "amount": Money(60000), "place": "",
                   "who": Who((relative,))})
    assert "支付支付" not in said and "支付了 600.00 元" in said
