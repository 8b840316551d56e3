# ruff: noqa: E501  (sentences are data: Chinese counts double width, and a sentence broken
# to fit 100 columns is harder for a translator to read than a long line)
"""The words sentences are built from, per language (see texts/__init__.py for the fields)."""

from __future__ import annotations

PURSES = {
    # (in a sentence, at its start, as a heading)
    "zh": {"medical": ("医保个人账户", "医保个人账户", "医保个人账户"),
           "bank": ("社保卡银行账户（金融功能）",) * 3},
    "en": {"medical": ("the medical account", "The medical account", "Medical account"),
           "bank": ("the card's bank purse", "The card's bank purse", "Bank purse")},
}

WORDS = {
    "zh": {"credit.medical": "划入", "credit.bank": "存入", "statement": "对账单余额",
           "computed": "按期初余额和流水计算", "rule": "居民医保没有个人账户，按 0 计",
           # the day explained: the statement's last, or one asked for (a space before a date)
           "as_of.statement": "对账单最后一天 {day}", "as_of.asked": " {day}"},
    "en": {"credit.medical": "credit", "credit.bank": "deposit", "statement": "the statement's balance",
           "computed": "worked out from the opening balance and the transactions",
           "rule": "resident insurance has no personal account: 0 by rule",
           "as_of.statement": "the statement's last day, {day}", "as_of.asked": "{day}"},
}

# zh: the measure word and noun after the number; en: (singular, plural).
NOUNS: dict[str, dict[str, str | tuple[str, str]]] = {
    "zh": {"debit.medical": "笔消费", "debit.bank": "笔支出", "transaction": "笔交易",
           "premium": "笔居民医保缴费", "mpremium": "笔医保缴费", "aid": "笔共济支付", "settlement": "次结算",
           "bill": "笔医疗付款", "break": "处", "transfer": "笔转出", "clearance": "笔", "day": "天",
           "credit.medical": "笔划入", "credit.bank": "笔存入", "deduction": "笔扣款"},
    "en": {"debit": ("payment", "payments"), "transaction": ("transaction", "transactions"),
           "premium": ("resident insurance premium", "resident insurance premiums"),
           "mpremium": ("medical insurance payment", "medical insurance payments"),
           "aid": ("payment", "payments"), "settlement": ("settlement", "settlements"),
           "bill": ("medical payment", "medical payments"), "break": ("place", "places"),
           "transfer": ("transfer", "transfers"), "clearance": ("payment", "payments"),
           "day": ("day", "days"), "credit.medical": ("credit", "credits"),
           "credit.bank": ("deposit", "deposits"), "deduction": ("deduction", "deductions")},
}

# What a row was, by its kind (balanceview.core.kinds), as a sentence names it.
DEEDS = {
    "zh": {"contribution": "划入", "interest": "结息", "refund": "退款", "transfer_in": "转入",
           "transfer_out": "转出", "pharmacy": "购药", "outpatient": "门诊", "inpatient": "住院",
           "medical": "医疗付款", "family_aid": "家庭共济支付", "resident_premium": "居民医保缴费",
           "medical_premium": "医保缴费", "reimbursement": "报销款",
           "advance_payment": "医疗付款", "deposit": "存款", "withdrawal": "取款",
           "pension_salary": "养老金或工资", "fee": "扣费", "rollover": "结转",
           "closed_or_inherited": "清退", "inherited": "继承", "spending": "消费", "other": "支出"},
    "en": {"contribution": "a credit", "interest": "interest", "refund": "a refund",
           "transfer_in": "a transfer in", "transfer_out": "a transfer",
           "pharmacy": "a pharmacy purchase", "outpatient": "an outpatient visit",
           "inpatient": "an inpatient stay", "medical": "a medical payment",
           "family_aid": "a family mutual-aid payment",
           "resident_premium": "a resident insurance premium",
           "medical_premium": "a medical insurance payment",
           "reimbursement": "a reimbursement", "advance_payment": "a medical payment",
           "deposit": "a deposit", "withdrawal": "a withdrawal",
           "pension_salary": "a pension or salary payment", "fee": "a fee",
           "rollover": "a roll-over", "closed_or_inherited": "a clearance",
           "inherited": "an inheritance", "spending": "a purchase", "other": "a payment"},
}
# Kinds paid *to* someone rather than *at* a place: "给赵小梅的转出", "a transfer to 赵小梅".
PAID_TO = frozenset({"transfer_out", "resident_premium", "medical_premium", "family_aid"})

# Relatives as rows name them (为父亲张建国, 共济人：李娜（配偶）), and in English.
RELATIONS = {
    "父亲": "father", "母亲": "mother", "父母": "parents", "配偶": "spouse", "妻子": "wife",
    "丈夫": "husband", "爱人": "spouse", "老伴": "spouse", "子女": "child", "儿子": "son",
    "女儿": "daughter", "孩子": "child", "祖父": "grandfather", "祖母": "grandmother",
    "爷爷": "grandfather", "奶奶": "grandmother", "外祖父": "grandfather", "外祖母": "grandmother",
    "外公": "grandfather", "外婆": "grandmother", "姥爷": "grandfather", "姥姥": "grandmother",
    "孙子": "grandson", "孙女": "granddaughter", "外孙": "grandson", "外孙女": "granddaughter",
    "兄弟": "brother", "姐妹": "sister", "哥哥": "brother", "弟弟": "brother", "姐姐": "sister",
    "妹妹": "sister", "岳父": "father-in-law", "岳母": "mother-in-law", "公公": "father-in-law",
    "婆婆": "mother-in-law", "儿媳": "daughter-in-law", "女婿": "son-in-law",
    "家属": "family member", "亲属": "relative",
}
RELATIVE_NONE = {"zh": ("家人", "家人"), "en": ("a relative", "relatives")}

# Chinese words the English sentences give on purpose, in brackets after their translation:
# what a person will read on a screen or say at a counter. Nothing else of ours is Chinese.
GLOSSES = frozenset({
    "家庭共济", "报销", "零星报销", "手工报销", "城乡居民医保", "国家医保服务平台", "个人账户明细",
    "社区", "村委", "街道", "转入", "无有效参保信息", "长护险", "惠民保", "门诊慢特病", "缴费基数",
    "缴费记录", "补缴", "期初余额", "余额", "消费记录", "结算单", "税务", "医保经办机构",
    "医保个人账户", "银行账户",
})

# The few words a balance panel shows under the figure: the most important reason, in short.
HEADLINES = {"zh": {
    "no_data": "没有导入数据", "balance_unknown": "对账单没有余额，余额不详",
    "spent_down": "消费用完了余额", "no_credits": "这段时间没有钱存入",
    "other_balance_nonzero": "钱在另一个账户里", "credits_stopped": "划入已经停止",
    "credits_paused": "划入中断过，后来又恢复", "credits_reduced": "每次划入的金额变少了",
    "annual_credit": "每年划入一次", "enrolment_not_effective": "缴了费却没有划入，参保可能未生效",
    "other_deductions": "个人账户被扣过非医疗费用",
    "resident_no_personal_account": "居民医保没有个人账户，余额为 0 属正常",
    "family_aid_out": "家庭共济为家人支付过", "pooled_fund_paid": "统筹基金直接付给了医院",
    "pending_reimbursement": "垫付的医疗费还没有报销", "statement_gap": "对账单余额不连续",
    "transferred_out": "余额已转到外地", "closed_or_inherited": "账户已清退或继承",
    "zero_since": "自 {zero_date} 起为 0",
}, "en": {
    "no_data": "nothing imported", "balance_unknown": "no balance on the statement: unknown",
    "spent_down": "spending used it up", "no_credits": "no money came in",
    "other_balance_nonzero": "the money is in the other purse",
    "credits_stopped": "credits have stopped", "credits_paused": "credits paused, then resumed",
    "credits_reduced": "credits became smaller", "annual_credit": "credited once a year",
    "enrolment_not_effective": "paid, but nothing credited: enrolment may not be in effect",
    "other_deductions": "non-medical deductions from the account",
    "resident_no_personal_account": "resident insurance has no personal account: 0 is normal",
    "family_aid_out": "family mutual aid paid relatives' bills",
    "pooled_fund_paid": "the pooled fund paid hospitals directly",
    "pending_reimbursement": "a bill paid in advance is not reimbursed yet",
    "statement_gap": "the statement's balance does not chain",
    "transferred_out": "the balance moved to another region",
    "closed_or_inherited": "the account was cleared or inherited",
    "zero_since": "zero since {zero_date}",
}}

# One line per purse, and the headings of the readable text.
LABELS = {"zh": {
    "verdict": "{title}：{balance} 元（{source}）[[，截至{as_of_said}]]，{count:n:transaction}。",
    "verdict.zero": "{title}：0.00 元（{source}），自 {zero_date} 起为 0[[，截至{as_of_said}]]，"
                    "{count:n:transaction}。",
    "verdict.unknown": "{title}：余额不详（对账单没有余额）[[，截至{as_of_said}]]，{count:n:transaction}，"
                       "合计净变化 {net:signed} 元。",
    "verdict.none": "{title}：没有导入数据。",
    # The verdict without the purse and the figure, for a place that shows both already.
    "detail": "{source}[[，截至{as_of_said}]]，{count:n:transaction}。",
    "detail.zero": "{source}，自 {zero_date} 起为 0[[，截至{as_of_said}]]，{count:n:transaction}。",
    "detail.unknown": "对账单没有余额[[，截至{as_of_said}]]，{count:n:transaction}，合计净变化 {net:signed} 元。",
    "detail.none": "",
    "heading": "社保卡：{card}[[，截至 {as_of}]]",
    "heading.named": "{card}[[，截至 {as_of}]]",
    "note.first_row": "（期初余额按第一笔交易的余额推算）",
    "note.unknown": "（期初余额不详，按 0.00 计）",
    "bridge": "期初 {opening} + 收入 {credits} − 支出 {debits}[[ {u_op} 无法说明的差额 {u_abs}]] = 期末 {closing}[[{note}]]",
    "reasons": "原因", "steps": "下一步", "no_reasons": "没有发现需要说明的情况。",
}, "en": {
    "verdict": "{title}: {balance} ({source})[[ as of {as_of_said}]], {count:n:transaction}.",
    "verdict.zero": "{title}: 0.00 ({source}) since {zero_date}[[, as of {as_of_said}]], "
                    "{count:n:transaction}.",
    "verdict.unknown": "{title}: balance unknown (the statement gives none)[[ as of {as_of_said}]], "
                       "{count:n:transaction}, a net change of {net:signed}.",
    "verdict.none": "{title}: nothing imported.",
    "detail": "{source_cap}[[, as of {as_of_said}]], {count:n:transaction}.",
    "detail.zero": "{source_cap}, at 0.00 since {zero_date}[[, as of {as_of_said}]], "
                   "{count:n:transaction}.",
    "detail.unknown": "The statement gives no balance[[; as of {as_of_said}]], "
                      "{count:n:transaction}, a net change of {net:signed}.",
    "detail.none": "",
    "heading": "Card: {card}[[, as of {as_of}]]",
    "heading.named": "{card}[[, as of {as_of}]]",
    "note.first_row": " (the opening is worked out from the first transaction's balance)",
    "note.unknown": " (the opening balance is not known; 0.00 is counted)",
    "bridge": "opening {opening} + credits {credits} − debits {debits}[[ {u_op} unexplained {u_abs}]] = closing {closing}[[{note}]]",
    "reasons": "Reasons", "steps": "Next steps", "no_reasons": "Nothing that needs explaining.",
}}
