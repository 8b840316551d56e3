# ruff: noqa: E501  (labels are data: a label broken to fit 100 columns is harder to translate)
"""Every label of the printed explanation, per language: the one file a translator edits.

The sentences themselves (verdicts, reasons, next steps) come from explain/texts/; this file
holds only what the page adds around them. Fields in braces are filled by explain's wording
({count:n:transaction} is "5 笔交易", "5 transactions"; [[ … ]] is said only with its fields).
A Chinese page holds no English word of ours, an English page no Chinese word of ours but the
names of the two purses, given beside their translation.
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {"zh": {
    "title": "社保卡余额说明",
    "holder": "持卡人", "card": "社保卡", "card_number": "社保卡号", "id_number": "证件号码",
    "period": "对账单期间", "as_of": "截至日期", "printed": "打印时间", "printed_at": "打印于 {when}",
    "page": "第 {number} 页 / 共 {count} 页",
    "balances": "两个账户的余额",
    "balance": "{amount} 元",
    "balance.none": "没有导入数据",
    "balance.unknown": "余额不详",
    "zero_mark": "余额为零",
    "about.medical": "医保个人账户：由医保部门记账，只能在定点医院、定点药店支付医药费用（也可通过家庭共济给家人用）。",
    "about.bank": "社保卡银行账户（金融功能）：发卡银行的一个普通账户，用于存款、取款、转账，以及领取养老金、社保待遇和报销款。",
    "apart": "这两个账户的钱互不相通：一个账户为 0，不代表另一个账户也为 0。",
    "bridge": "对账：{line}",
    "reasons": "原因", "no_reasons": "没有发现需要说明的情况。",
    "steps": "下一步：去哪里办，带什么",
    "history": "{purse}流水",
    "period.statement": "对账单期间 {start} 至 {end}，共 {count:n:transaction}。",
    "period.positive": "从余额最后一次变为正数的那笔{credit}（{start}）到 {end}，共 {count:n:transaction}。",
    "period.full": "全部流水[[（截至 {end}）]]，共 {count:n:transaction}。",
    "period.earlier": "{start} 以前的 {count:n:transaction}没有列出；需要时可打印全部流水。",
    "period.empty": "这段时间内没有交易。",
    "no_balance": "对账单没有余额，所以这里不列余额。",
    "brought_forward": "承前余额",
    "opening.stated": "期初余额",
    "opening.first_row": "期初余额（按第一笔交易的余额推算）",
    "col.date": "日期", "col.description": "摘要", "col.amount": "金额（元）", "col.balance": "余额（元）",
    "col.file": "文件", "col.sha": "文件指纹（前 12 位）", "col.imported": "导入时间",
    "signs": "金额前的 + 表示存入（收入），- 表示支出。",
    "sources": "依据的文件",
    "sources.note": "以上说明只根据这些导入的文件计算；文件指纹相同，就是同一份文件。本页不是银行或医保部门出具的证明。",
    "sources.none": "没有导入过文件。",
}, "en": {
    "title": "Social security card balance explanation",
    "holder": "Holder", "card": "Card", "card_number": "Card number", "id_number": "ID number",
    "period": "Statements", "as_of": "As of", "printed": "Printed", "printed_at": "Printed {when}",
    "page": "Page {number} of {count}",
    "balances": "The two balances",
    "balance": "¥{amount}",
    "balance.none": "Nothing imported",
    "balance.unknown": "Balance unknown",
    "zero_mark": "At zero",
    "about.medical": "Medical account (医保个人账户): kept by the medical insurance agency; it pays only at designated hospitals and pharmacies (and, through family mutual aid, for relatives).",
    "about.bank": "Bank purse (银行账户, the card's financial function): an ordinary account at the issuing bank, for deposits, withdrawals and transfers; pensions, benefits and reimbursements are paid into it.",
    "apart": "The two never net against each other: one at 0 says nothing about the other.",
    "bridge": "Reconciliation: {line}",
    "reasons": "Reasons", "no_reasons": "Nothing that needs explaining.",
    "steps": "Next steps: where to go, what to bring",
    "history": "{purse}: transactions",
    "period.statement": "The statement's period, {start} to {end}: {count:n:transaction}.",
    "period.positive": "From the {credit} that last made the balance positive ({start}) to {end}: {count:n:transaction}.",
    "period.full": "The full history[[ (to {end})]]: {count:n:transaction}.",
    "period.earlier": "Not listed here: {count:n:transaction} before {start}; print the full history to see them.",
    "period.empty": "No transactions in this period.",
    "no_balance": "The statement gives no balance, so none is listed here.",
    "brought_forward": "Brought forward",
    "opening.stated": "Opening balance",
    "opening.first_row": "Opening balance (from the first transaction's balance)",
    "col.date": "Date", "col.description": "Description", "col.amount": "Amount (¥)", "col.balance": "Balance (¥)",
    "col.file": "File", "col.sha": "Fingerprint (first 12)", "col.imported": "Imported",
    "signs": "Amounts: + money in (credit), - money out (debit).",
    "sources": "Sources",
    "sources.note": "This page is computed only from the files listed; the same fingerprint (SHA-256) means the same file. It is not a statement issued by the bank or the medical insurance agency.",
    "sources.none": "No files have been imported.",
}}
