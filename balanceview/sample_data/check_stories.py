#!/usr/bin/env python3
"""Recompute the expected figures of the sample statements and check their arithmetic.

Stdlib only, independent of the balanceview package (it is the oracle the app is checked
against). For every file it finds the header by its words, reads the data rows up to the
footer, puts them in time order, checks that each purse's running balance chains
(balance before + signed amount = balance after, to the fen), checks footer totals and
settlement splits, and prints the figures quoted in README.md.

    python3 balanceview/sample_data/check_stories.py         # figures; exit 1 on an error
    python3 balanceview/sample_data/check_stories.py --json  # the same figures as JSON
"""

import csv
import json
import re
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
AS_OF = date(2024, 12, 31)
ZERO = Decimal("0.00")
# A payment waits for reimbursement when the row marks it paid first and names medical care.
ADVANCE_MARKS = ("急诊", "垫付", "异地", "零星报销")
MEDICAL_WORDS = ("医院", "卫生院", "诊所", "医疗", "药店", "药房", "门诊", "急诊", "住院", "就医")
errors = []


def fail(msg):
    errors.append(msg)
    print("  ERROR:", msg)


def read_lines(name, encoding):
    text = (HERE / name).read_text(encoding=encoding)
    rows = list(csv.reader(text.splitlines()))
    return [[c.strip(" \t\u3000") for c in row] for row in rows]


def split_file(rows, header_words):
    """Title lines, header, data rows, footer rows."""
    i = next((n for n, row in enumerate(rows) if all(w in row for w in header_words)), None)
    if i is None:
        raise SystemExit(f"header {header_words} not found")
    titles = [c for r in rows[:i] for c in r if c]
    data, footers = [], []
    for row in rows[i + 1 :]:
        if not any(row):
            continue
        (data if not footers and parse_date(row[0]) else footers).append(row)
    return titles, rows[i], data, footers


def parse_date(s):
    s = s.strip()
    for pat, fmt in (
        (r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", "%Y-%m-%d %H:%M:%S"),
        (r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"),
        (r"\d{4}/\d{1,2}/\d{1,2} \d{2}:\d{2}:\d{2}", "%Y/%m/%d %H:%M:%S"),
        (r"\d{4}/\d{1,2}/\d{1,2}", "%Y/%m/%d"),
        (r"\d{8}", "%Y%m%d"),
    ):
        if re.fullmatch(pat, s):
            return datetime.strptime(s, fmt)
    return None


def money(s):
    s = s.replace(",", "").replace("¥", "").strip()
    return Decimal(s) if s else None


def meta(titles):
    out = {}
    for cell in titles:
        if "：" in cell:
            k, v = cell.split("：", 1)
            out[k] = v
    return out


def statement_end(titles, txs):
    """The last day the statement speaks of: its title's period, else its last row."""
    for key in ("查询期间", "起止日期"):
        period = meta(titles).get(key, "")
        found = [parse_date(d) for d in re.split(r"\s*(?:至|-(?=\s))\s*", period)]
        if len(found) == 2 and found[1]:
            return found[1].date().isoformat()
    return max(t["when"] for t in txs).date().isoformat() if txs else None


def purse_figures(txs, opening):
    """txs: dicts with when, amount (signed), balance, text; in time order."""
    prev = opening
    for t in txs:
        if prev + t["amount"] != t["balance"]:
            fail(f"chain break at {t['when']}: {prev} + {t['amount']} != {t['balance']}")
        prev = t["balance"]
    credits = sum((t["amount"] for t in txs if t["amount"] > 0), ZERO)
    debits = sum((-t["amount"] for t in txs if t["amount"] < 0), ZERO)
    closing = txs[-1]["balance"] if txs else None
    if txs and opening + credits - debits != closing:
        fail(f"bridge: {opening} + {credits} - {debits} != {closing}")
    fig = {
        "opening": opening,
        "closing": closing,
        "transactions": len(txs),
        "credits": credits,
        "debits": debits,
        "zero_date": None,
    }
    if closing == ZERO:
        i = len(txs) - 1
        while i > 0 and txs[i - 1]["balance"] == ZERO:
            i -= 1
        fig["zero_date"] = txs[i]["when"].date().isoformat()
    creds = [t for t in txs if t["amount"] > 0]
    if creds:
        last = creds[-1]
        fig["last_credit"] = f"{last['when'].date()} {last['amount']}"
        fig["credit_count"] = len(creds)
        fig["days_since_last_credit"] = (AS_OF - last["when"].date()).days
        if closing == ZERO:
            after = [t for t in txs if t["when"] > last["when"] and t["amount"] < 0]
            fig["spent_down_amount"] = sum((-t["amount"] for t in after), ZERO)
            fig["spent_down_debits"] = len(after)
    return fig


def advances(txs):
    """Advance medical payments with no reimbursement matched (earliest first, 365 days)."""
    open_ = [t for t in txs if t["amount"] < 0 and any(w in t["text"] for w in ADVANCE_MARKS)
             and any(w in t["text"] for w in MEDICAL_WORDS)]
    matched = []
    for r in (t for t in txs if t["amount"] > 0 and "报销" in t["text"]):
        for a in open_:
            if a not in matched and a["when"] < r["when"] and (r["when"] - a["when"]).days <= 365:
                matched.append(a)
                break
    unmatched = [a for a in open_ if a not in matched]
    return {
        "advance_payments": len(open_),
        "reimbursed_advances": len(matched),
        "unreimbursed_amount": sum((-a["amount"] for a in unmatched), ZERO),
        "unreimbursed_dates": [a["when"].date().isoformat() for a in unmatched],
    }


def time_order(txs):
    if len(txs) > 1 and txs[0]["when"] > txs[-1]["when"]:
        txs = txs[::-1]  # newest first in the file
    return sorted(txs, key=lambda t: t["when"])


def check_footer(footers, label, col_in, col_out, credits, debits):
    for f in footers:
        if f and f[0] == label:
            if money(f[col_in]) != credits or money(f[col_out]) != debits:
                fail(f"footer {f} != {credits} / {debits}")
            return True
    fail(f"footer {label} missing")
    return False


# ------------------------------------------------------------------------------ the files


def medical_detail(name, encoding):
    titles, hdr, data, footers = split_file(
        read_lines(name, encoding), ["交易时间", "账户收支类型", "收入金额", "支出金额", "余额"]
    )
    c = {h: i for i, h in enumerate(hdr)}
    opening, txs = ZERO, []
    for r in data:
        if r[c["账户收支类型"]] == "期初余额":
            opening = money(r[c["余额"]])
            continue
        amt = (money(r[c["收入金额"]]) or ZERO) - (money(r[c["支出金额"]]) or ZERO)
        text = " ".join(r[c[k]] for k in ("账户收支类型", "医药机构名称", "备注") if k in c)
        txs.append(
            {"when": parse_date(r[0]), "amount": amt, "balance": money(r[c["余额"]]), "text": text}
        )
    txs = time_order(txs)
    fig = purse_figures(txs, opening)
    fig["family_aid_total"] = sum(
        (
            -t["amount"]
            for t in txs
            if t["amount"] < 0 and ("共济" in t["text"] or "代缴" in t["text"])
        ),
        ZERO,
    )
    if footers and footers[0][0] == "合计":
        check_footer(footers, "合计", c["收入金额"], c["支出金额"], fig["credits"], fig["debits"])
    if not txs:
        fig["opening"] = None
    fig["statement_end"] = statement_end(titles, txs)
    return {"meta": meta(titles), "medical": fig}


def settlements(name, encoding):
    titles, hdr, data, _ = split_file(read_lines(name, encoding), ["结算时间", "个人账户支付"])
    c = {h: i for i, h in enumerate(hdr)}
    txs, pooled, total, cash = [], ZERO, ZERO, ZERO
    zero_rows = 0
    for r in data:
        tot, pool, acct, csh, bal = (
            money(r[c[k]])
            for k in ("医疗费总额", "统筹基金支付", "个人账户支付", "个人现金支付", "个人账户余额")
        )
        if pool + acct + csh != tot:
            fail(f"split {r[0]}: {pool} + {acct} + {csh} != {tot}")
        pooled, total, cash = pooled + pool, total + tot, cash + csh
        zero_rows += acct == ZERO
        txs.append(
            {
                "when": parse_date(r[0]),
                "amount": -acct,
                "balance": bal,
                "text": f"{r[c['医疗类别']]} {r[c['定点医药机构']]}",
            }
        )
    txs = time_order(txs)
    opening = txs[0]["balance"] - txs[0]["amount"]  # implied: first balance + first 个人账户支付
    fig = purse_figures(txs, opening)
    fig.update(
        pooled_fund_total=pooled,
        medical_cost_total=total,
        cash_total=cash,
        zero_account_pay_rows=zero_rows,
    )
    fig["statement_end"] = statement_end(titles, txs)
    return {"meta": meta(titles), "medical": fig}


def bank_signed(name, encoding):
    titles, hdr, data, _ = split_file(read_lines(name, encoding), ["交易日期", "交易金额", "余额"])
    c = {h: i for i, h in enumerate(hdr)}
    txs = [
        {
            "when": parse_date(f"{r[c['交易日期']]} {r[c['交易时间']]}"),
            "amount": money(r[c["交易金额"]]),
            "balance": money(r[c["余额"]]),
            "text": f"{r[c['摘要']]} {r[c['对方户名']]}",
        }
        for r in data
    ]
    newest_first = txs[0]["when"] > txs[-1]["when"]
    txs = time_order(txs)
    fig = purse_figures(txs, txs[0]["balance"] - txs[0]["amount"])
    fig["newest_first"] = newest_first
    fig["resident_premiums"] = sum(
        (
            -t["amount"]
            for t in txs
            if t["amount"] < 0 and ("城乡居民" in t["text"] or "居民医保" in t["text"])
        ),
        ZERO,
    )
    fig["statement_end"] = statement_end(titles, txs)
    return {"meta": meta(titles), "bank": fig}


def bank_in_out(name, encoding):
    titles, hdr, data, footers = split_file(
        read_lines(name, encoding), ["记账日期", "收入", "支出", "账户余额"]
    )
    c = {h: i for i, h in enumerate(hdr)}
    txs = [
        {
            "when": parse_date(r[0]),
            "amount": (money(r[c["收入"]]) or ZERO) - (money(r[c["支出"]]) or ZERO),
            "balance": money(r[c["账户余额"]]),
            "text": " ".join(r[c[k]] for k in ("摘要", "对方户名", "交易地点")),
        }
        for r in data
    ]
    txs = time_order(txs)
    fig = purse_figures(txs, txs[0]["balance"] - txs[0]["amount"])
    check_footer(footers, "人民币合计", c["收入"], c["支出"], fig["credits"], fig["debits"])
    fig.update(advances(txs))
    fig["statement_end"] = statement_end(titles, txs)
    return {"meta": meta(titles), "bank": fig}


def both(name, encoding):
    titles, hdr, data, _ = split_file(read_lines(name, encoding), ["交易日期", "账户类型", "余额"])
    c = {h: i for i, h in enumerate(hdr)}
    out = {"meta": meta(titles)}
    file_end = max(parse_date(r[0]) for r in data).date().isoformat()  # both purses: one file
    for label, kind in (("医保个人账户", "medical"), ("银行账户", "bank")):
        txs = time_order(
            [
                {
                    "when": parse_date(r[0]),
                    "amount": money(r[c["金额"]]),
                    "balance": money(r[c["余额"]]),
                    "text": f"{r[c['交易类型']]} {r[c['摘要']]} {r[c['机构']]}",
                }
                for r in data
                if r[c["账户类型"]] == label
            ]
        )
        out[kind] = purse_figures(txs, txs[0]["balance"] - txs[0]["amount"])
        out[kind]["statement_end"] = file_end
    return out


FILES = [
    ("medical_spent_down.csv", "gb18030", medical_detail),
    ("medical_settlements.csv", "utf-8-sig", settlements),
    ("bank_never_funded.csv", "utf-8", bank_signed),
    ("bank_emergency_advance.csv", "gb18030", bank_in_out),
    ("both_purses.csv", "utf-8", both),
    ("medical_resident_empty.csv", "utf-8", medical_detail),
]


def plain(v):
    if isinstance(v, Decimal):
        return f"{v:.2f}"
    if isinstance(v, dict):
        return {k: plain(x) for k, x in v.items()}
    if isinstance(v, list):
        return [plain(x) for x in v]
    return v


def main():
    as_json = "--json" in sys.argv
    result = {}
    for name, enc, fn in FILES:
        if not as_json:
            print(f"== {name} ({enc})")
        result[name] = plain(fn(name, enc))
        if not as_json:
            for key, val in result[name].items():
                print(f"  {key}:")
                for k, v in val.items():
                    print(f"    {k}: {v}")
    if as_json:
        print(
            json.dumps({"as_of": AS_OF.isoformat(), "files": result}, ensure_ascii=False, indent=2)
        )
    print(
        "arithmetic: " + ("OK" if not errors else f"{len(errors)} error(s)"),
        file=sys.stderr if as_json else sys.stdout,
    )
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
