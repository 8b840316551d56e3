# ruff: noqa: E501  (labels are data: a label broken to fit 100 columns is harder to translate)
"""Every label of the printed explanation, per language: the one file a translator edits.

The sentences themselves (verdicts, reasons, next steps) come from explain/texts.py; this file
holds only what the page adds around them. Fields in braces are filled with str.format, or, in
the period captions, by explain's wording ({count:n:transaction} is "5 笔交易", "5 transactions").
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {"zh": {
    "title": "社保卡余额说明",
    "holder": "持卡人", "card": "社保卡号", "id_number": "证件号码", "as_of": "截至日期",
    "printed": "打印时间", "printed_at": "打印于 {when}",
    "balances": "两个账户的余额",
    "balance": "{amount} 元",
    "balance.none": "没有导入数据",
    "zero_mark": "余额为零",
    "about.medical": "医保个人账户：由医保部门记账，只能在定点医院、定点药店支付医药费用（也可通过家庭共济给家人用）。",
    "about.bank": "社保卡银行账户（金融功能）：发卡银行的一个普通账户，用于存款、取款、转账，以及领取养老金、社保待遇和报销款。",
    "apart": "这两个账户的钱互不相通：一个账户为 0，不代表另一个账户也为 0。",
    "bridge": "对账：{line}",
    "reasons": "原因", "no_reasons": "没有发现需要说明的情况。",
    "steps": "下一步：去哪里办，带什么",
    "history": "{purse}流水",
    "period.positive": "从余额最后一次变为正数的那笔入账（{start}）到 {end}，共 {count:n:transaction}。",
    "period.opening": "从对账单开始（余额为正）到 {end}，共 {count:n:transaction}。",
    "period.year": "最近 12 个月（{start} 至 {end}），共 {count:n:transaction}。",
    "period.full": "全部流水（截至 {end}），共 {count:n:transaction}。",
    "period.earlier": "{start} 以前的 {count:n:transaction}没有列出；需要时可打印全部流水。",
    "period.empty": "这段时间内没有交易。",
    "brought_forward": "承前余额",
    "col.date": "日期", "col.description": "摘要", "col.amount": "金额（元）", "col.balance": "余额（元）",
    "col.file": "文件", "col.sha": "SHA-256（前 12 位）", "col.imported": "导入时间",
    "signs": "金额前的 + 表示存入（收入），- 表示支出。",
    "sources": "依据的文件",
    "sources.note": "以上说明只根据这些导入的文件计算；可用 SHA-256 指纹核对文件是否相同（例如 sha256sum 文件名）。本页不是银行或医保部门出具的证明。",
    "sources.none": "没有导入过文件。",
}, "en": {
    "title": "Social security card balance explanation",
    "holder": "Holder", "card": "Card", "id_number": "ID number", "as_of": "As of",
    "printed": "Printed", "printed_at": "Printed {when}",
    "balances": "The two balances",
    "balance": "{amount} yuan",
    "balance.none": "Nothing imported",
    "zero_mark": "AT ZERO",
    "about.medical": "Medical account (医保个人账户): kept by the medical insurance agency; it pays only at designated hospitals and pharmacies (and, through family mutual aid, for relatives).",
    "about.bank": "Bank purse (银行账户, the card's financial function): an ordinary account at the issuing bank, for deposits, withdrawals and transfers; pensions, benefits and reimbursements are paid into it.",
    "apart": "The two never net against each other: one at 0 says nothing about the other.",
    "bridge": "Reconciliation: {line}",
    "reasons": "Reasons", "no_reasons": "Nothing that needs explaining.",
    "steps": "Next steps: where to go, what to bring",
    "history": "{purse}: transactions",
    "period.positive": "From the credit that last made the balance positive ({start}) to {end}: {count:n:transaction}.",
    "period.opening": "From the start of the statement (the balance was positive) to {end}: {count:n:transaction}.",
    "period.year": "The last 12 months ({start} to {end}): {count:n:transaction}.",
    "period.full": "The full history (to {end}): {count:n:transaction}.",
    "period.earlier": "Not listed here: {count:n:transaction} before {start}; print the full history to see them.",
    "period.empty": "No transactions in this period.",
    "brought_forward": "Brought forward",
    "col.date": "Date", "col.description": "Description", "col.amount": "Amount", "col.balance": "Balance",
    "col.file": "File", "col.sha": "SHA-256 (first 12)", "col.imported": "Imported",
    "signs": "Amounts: + money in (credit), - money out (debit). In yuan (CNY).",
    "sources": "Sources",
    "sources.note": "This page is computed only from the files listed; their SHA-256 fingerprints (e.g. sha256sum FILE) show whether a file is the same one. It is not a statement issued by the bank or the medical insurance agency.",
    "sources.none": "No files have been imported.",
}}
