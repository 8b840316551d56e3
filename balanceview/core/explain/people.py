"""Who and where a row names: the institution it was paid at, the relative it was paid for.

Statements write these as they like: a counterparty column (老百姓大药房(府东街店)), a label
(共济人：李娜（配偶）), or a note (为父亲张建国支付药品费用). A sentence takes them as parts,
never pastes a label or repeats the row's type where a place should be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from balanceview.core.explain.model import Relative
from balanceview.core.explain.texts import RELATIONS

_HAN = "\u4e00-\u9fff·"
_LABEL_WORDS = "被共济人|共济人|被代缴人|家属|亲属|受益人|使用人|就医人|参保人"
_LABEL = re.compile(rf"(?:{_LABEL_WORDS})\s*[:：]\s*(?P<name>[{_HAN}]{{2,5}})"
                    rf"(?:\s*[（(](?P<rel>[^）)]{{1,6}})[）)])?")
_RELATION_WORDS = "|".join(sorted(RELATIONS, key=len, reverse=True))  # 外孙女 before 孙女
_VERBS = "支付|代缴|缴纳|缴费|购药|就医|看病|医疗|药品|费用|的"
_STOP = f"{_VERBS}|$|[，,。;；（(\\s]"
# A name never starts with what follows it (为配偶支付: no one is called 支付)
_RELATIVE = re.compile(rf"(?P<rel>{_RELATION_WORDS})(?:(?!{_VERBS})(?P<name>[{_HAN}]{{2,4}}?))?"
                       rf"(?={_STOP})")
# A counterparty this short with none of these words is a person, not a place.
_INSTITUTION = re.compile("医院|卫生|诊所|药|堂|店|中心|公司|局|银行|支行|站|所|院|部|处|厅|"
                          "社区|委员会|政府|学校|平台|[A-Za-z]{3}|ATM|[(（]")


def is_label(text: str) -> bool:
    return bool(_LABEL.search(text))


def is_institution(text: str) -> bool:
    return bool(_INSTITUTION.search(text)) or len(text) > 4


def place_of(raw_type: str, counterparty: str) -> str:
    """The counterparty, unless it is only a label or the row's type said again."""
    if not counterparty or counterparty == raw_type or is_label(counterparty):
        return ""
    return counterparty


def relative_in(*texts: str) -> Relative | None:
    """The relative the row names, from a label first, then from words like 为父亲张建国."""
    for text in texts:
        found = _LABEL.search(text)
        if found:
            return Relative(found["name"], found["rel"] or "")
    for text in texts:
        found = _RELATIVE.search(text)
        if found:
            return Relative(found["name"] or "", found["rel"])
    return None


def relatives(rows: Iterable[tuple[str, ...]]) -> list[Relative]:
    """Each relative once, in the order the rows name them."""
    found: list[Relative] = []
    for texts in rows:
        relative = relative_in(*texts)
        if relative is not None and relative not in found:
            found.append(relative)
    return found
