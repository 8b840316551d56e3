"""What the lines above a statement's header say: whose card it is, the period it covers,
and whether it is a card statement at all (not a credit card's, not a payment app's)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date

from balanceview.core.dates import parse_posted, posted_to_date
from balanceview.core.errors import CellError
from balanceview.core.masking import mask_card, mask_id_number, mask_name
from balanceview.core.vocabulary import contains_any, load, normalise_header, words

_SEP = r"[\s:：,，]*[:：,，][\s:：,，]*"  # '卡号：', '账号,', '账　　号：,6217…' (two cells)
# A label that may follow a name on one line once full-width spaces are gone
# ('姓名：赵敏　社会保障号码：…' reads '姓名：赵敏社会保障号码：…'): the name ends there.
_NEXT_LABEL = "社会保障|公民身份|身份证|证件|卡号|账号|帐号|性别|单位|险种|参保|查询|统计|起止|日期"
_LABELLED = {
    "card": re.compile(rf"(?:社保卡号|社会保障卡号|银行卡号|借记卡号|卡号|账号|帐号){_SEP}"
                       r"([\dXx*＊ ]{4,})"),
    "id": re.compile(rf"(?:社会保障号码|社会保障卡号码|公民身份号码|身份证号码?|证件号码?){_SEP}"
                     r"([\dXx*]{8,})"),
    "name": re.compile(rf"(?:姓名|户名|账户名称|客户姓名|客户名称|持卡人|参保人){_SEP}"
                       rf"((?:(?!{_NEXT_LABEL})[^\s,，:：\[\]]){{1,20}})"),
}
# ABC writes '账户' before the number; '账户' also starts '账户余额：1234.56', so only a
# number of card length (12 digits or more, some hidden) counts there.
_ACCOUNT = re.compile(rf"(?<!个人)账户(?:号码?)?{_SEP}(\d[\d*＊ ]{{11,}})")
_DAY = r"(\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?|(?<!\d)20\d{6}(?!\d))"
_PAIR = re.compile(_DAY + r"(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\]?\s*(?:至|到|~|～|—+|-{1,2}|－)\s*\[?"
                   + _DAY)
_START_END = re.compile(r"(?:起始|开始|起)(?:日期|时间)" + _SEP + r"\[?" + _DAY + r".*?"
                        r"(?:终止|结束|截止|止)(?:日期|时间)" + _SEP + r"\[?" + _DAY, re.S)


@dataclass(frozen=True)
class CardClue:
    """Masked identifiers found above the header; None where the file says nothing."""

    card: str | None = None
    id_number: str | None = None
    holder: str | None = None
    insurance: str | None = None  # 'resident' or 'employee' when the file names it
    # The full number and name, to tell people apart (store/cards.py keeps only keyed
    # hashes of them); never stored, shown or logged.
    card_full: str | None = field(default=None, repr=False, compare=False)
    holder_name: str | None = field(default=None, repr=False, compare=False)

    @property
    def names_someone(self) -> bool:
        return bool(self.card or self.id_number or self.holder)


def plain(title_text: str) -> str:
    """Title text as compared: NFKC, no full-width or padding spaces ('账　　号：')."""
    return unicodedata.normalize("NFKC", title_text.replace("\u3000", "")).replace("＊", "*")


def read_clue(title_text: str) -> CardClue:
    text = plain(title_text)
    found = {key: pattern.search(text) for key, pattern in _LABELLED.items()}
    found["card"] = found["card"] or _ACCOUNT.search(text)
    number = found["card"].group(1) if found["card"] else None
    name = found["name"].group(1).strip() if found["name"] else None
    id_number = mask_id_number(found["id"].group(1)) if found["id"] else None
    card = mask_card(number) if number else None
    digits = "".join(number.split()) if number else ""
    full = digits if digits.isdigit() and len(digits) >= 12 else None
    return CardClue(card, id_number, mask_name(name) if name else None, insurance_type(text),
                    full, name if name and "*" not in name else None)


def read_period(title_text: str) -> tuple[date, date] | None:
    """The period the title states (查询期间 2024-01-01 至 2024-12-31, 起止日期
    20240101-20241231, 起始日期 … 终止日期 …), None if it states none."""
    text = plain(title_text)
    for pattern in (_START_END, _PAIR):
        for match in pattern.finditer(text):
            days = [_day(match.group(i)) for i in (1, 2)]
            if days[0] and days[1] and days[0] <= days[1]:
                return days[0], days[1]
    return None


def _day(text: str) -> date | None:
    try:
        posted, _ = parse_posted(re.sub(r"\s", "", text))
    except CellError:
        return None
    return posted_to_date(posted)


def insurance_type(text: str) -> str | None:
    if contains_any(text, words("resident_words")):
        return "resident"
    if contains_any(text, words("employee_words")):
        return "employee"
    return None


def is_payment_app(title_text: str, header: list[str]) -> str | None:
    """Payment apps' bills (Alipay, WeChat Pay, JD, Meituan …) are not card statements:
    the name of the app, or None."""
    text = plain(title_text) + "".join(header)
    names = {normalise_header(h) for h in header}
    if "支付宝" in text and ("交易号" in text or "商品说明" in text or "收/付款方式" in text):
        return "Alipay"
    if "微信" in text and ("微信支付" in text or "微信昵称" in text):
        return "WeChat Pay"
    jd, meituan = ["收/付款方式", "交易说明", "京东支付", "京东金融"], ["订单标题", "实付金额",
                                                                     "美团用户名", "交易账单"]
    if ("京东" in text and contains_any(text, jd)) or {"商户名称", "交易说明"} <= names:
        return "JD (京东)"
    if ("美团" in text and contains_any(text, meituan)) or {"订单标题", "实付金额"} <= names:
        return "Meituan (美团)"
    if "云闪付" in text:
        return "UnionPay QuickPass (云闪付)"
    paid_how = {"收/付款方式", "支付方式", "付款方式"} & names
    order = {"交易单号", "商户单号", "交易订单号", "商家订单号", "订单号", "订单编号"} & names
    if paid_how and order and "余额" not in "".join(names):
        return "a payment app"
    return None


def is_credit_card(title_text: str, header: list[str]) -> bool:
    """A credit card's bill: the social security card's bank function is a debit account.
    Its title says so (账单日, 最低还款额 …), or its columns do: the card's last four digits,
    an amount in the place of the deal, or a day of the deal and a day of booking with no
    balance (banks' card bills, CGB's with no title at all)."""
    evidence = load("evidence.json")
    names = [normalise_header(h) for h in header]
    if contains_any(plain(title_text), evidence["credit_card"]) or \
            set(names) & {normalise_header(w) for w in evidence["credit_card_header"]}:
        return True
    no_balance = not any("余额" in n for n in names)
    dealt = {"交易日", "交易日期"} & set(names)
    booked = {"记账日", "记账日期", "入账日期", "入账日"} & set(names)
    return no_balance and bool(dealt) and bool(booked)


def foreign_currency(title_text: str) -> str | None:
    """The currency a title names when it is not yuan (a CIB 美元 sub-account's export)."""
    text = plain(title_text)
    if "人民币" in text or "CNY" in text.upper():
        return None
    return next((w for w in load("evidence.json")["foreign_currency"] if w in text), None)
