"""What the lines above a statement's header say about whose card it is."""

from __future__ import annotations

import re
from dataclasses import dataclass

from balanceview.core.masking import mask_card, mask_id_number, mask_name
from balanceview.core.vocabulary import contains_any, words

_LABELLED = {
    "card": re.compile(r"(?:社保卡号|社会保障卡号|银行卡号|卡号|账号)[:：]\s*([\dXx*＊ ]{4,})"),
    "id": re.compile(r"(?:社会保障号码|公民身份号码|身份证号码?|证件号码?)[:：]\s*([\dXx*]{8,})"),
    "name": re.compile(r"(?:姓名|户名|客户姓名|持卡人|参保人)[:：]\s*([^\s,，:：]{1,20})"),
}


@dataclass(frozen=True)
class CardClue:
    """Masked identifiers found above the header; None where the file says nothing."""

    card: str | None = None
    id_number: str | None = None
    holder: str | None = None
    insurance: str | None = None  # 'resident' or 'employee' when the file names it


def read_clue(title_text: str) -> CardClue:
    # Full-width spaces pad labels in CCB exports: "账　　号：".
    text = title_text.replace("\u3000", "").replace("＊", "*")
    found = {key: pattern.search(text) for key, pattern in _LABELLED.items()}
    card = mask_card(found["card"].group(1)) if found["card"] else None
    id_number = mask_id_number(found["id"].group(1)) if found["id"] else None
    holder = mask_name(found["name"].group(1)) if found["name"] else None
    return CardClue(card, id_number, holder, insurance_type(text))


def insurance_type(text: str) -> str | None:
    if contains_any(text, words("resident_words")):
        return "resident"
    if contains_any(text, words("employee_words")):
        return "employee"
    return None


def is_payment_app(title_text: str, header: list[str]) -> str | None:
    """Alipay and WeChat bills are payment-app records, not card statements."""
    text = title_text + "".join(header)
    if "支付宝" in text and ("交易号" in text or "商品说明" in text or "收/付款方式" in text):
        return "Alipay"
    if "微信" in text and ("微信支付" in text or "微信昵称" in text):
        return "WeChat Pay"
    return None
