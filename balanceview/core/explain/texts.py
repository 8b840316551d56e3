# ruff: noqa: E501  (sentences are data: Chinese counts double width, and a sentence broken
# to fit 100 columns is harder for a translator to read than a long line)
"""Every sentence of an explanation, per language: the one file a translator edits.

Fields in braces are filled from the data (balanceview.core.explain.wording):
  amounts print as 1,234.56; dates are ISO; {n:noun} prints a count with its noun
  ("4 笔消费", "4 payments"); {x:deed} names a transaction kind; {x:at} is " at PLACE"
  (在PLACE) or nothing; {x:paren} is " (PLACE)" or nothing.
A key is looked up as code.variant.purse, then code.variant, code.purse, code.
Where the data only suggests a cause, say so ("may", "可能") and name what to check.
"""

from __future__ import annotations

PURSES = {
    "zh": {"medical": ("医保个人账户", "医保个人账户", "医保个人账户"),
           "bank": ("社保卡银行账户（金融功能）",) * 3},
    # (in a sentence, at its start, as a heading)
    "en": {"medical": ("the medical account", "The medical account", "Medical account"),
           "bank": ("the card's bank purse", "The card's bank purse", "Bank purse")},
}

WORDS = {
    "zh": {"credit.medical": "划入", "credit.bank": "入账", "statement": "对账单余额",
           "computed": "按流水计算"},
    "en": {"credit.medical": "credit", "credit.bank": "credit", "statement": "the statement's balance",
           "computed": "computed from the transactions"},
}

# zh: the measure word and noun after the number; en: (singular, plural).
NOUNS: dict[str, dict[str, str | tuple[str, str]]] = {
    "zh": {"debit.medical": "笔消费", "debit.bank": "笔支出", "transaction": "笔交易",
           "premium": "笔居民医保缴费", "aid": "笔共济支付", "settlement": "次结算", "bill": "笔医疗付款",
           "break": "处", "transfer": "笔转出", "clearance": "笔", "day": "天", "credit": "笔划入"},
    "en": {"debit": ("payment", "payments"), "transaction": ("transaction", "transactions"),
           "premium": ("resident insurance premium", "resident insurance premiums"),
           "aid": ("payment", "payments"), "settlement": ("settlement", "settlements"),
           "bill": ("medical payment", "medical payments"), "break": ("place", "places"),
           "transfer": ("transfer", "transfers"), "clearance": ("payment", "payments"),
           "day": ("day", "days"), "credit": ("credit", "credits")},
}

DEEDS = {
    "zh": {"pharmacy": "购药", "outpatient": "门诊", "inpatient": "住院", "medical": "医疗消费",
           "family_aid": "家庭共济支付", "resident_premium": "居民医保缴费", "fee": "扣费",
           "advance_payment": "医疗付款", "withdrawal": "取款", "spending": "消费",
           "transfer_out": "转出", "closed_or_inherited": "清退", "": "支出"},
    "en": {"pharmacy": "a pharmacy purchase", "outpatient": "an outpatient visit",
           "inpatient": "an inpatient stay", "medical": "a medical payment",
           "family_aid": "a family mutual-aid payment", "fee": "a fee",
           "resident_premium": "a resident insurance premium", "withdrawal": "a withdrawal",
           "advance_payment": "a medical payment", "spending": "a purchase",
           "transfer_out": "a transfer out", "closed_or_inherited": "a clearance", "": "a payment"},
}

REASONS = {"zh": {
    "no_data": "尚未导入{purse}的流水，无法说明它的余额；{purse}和{other}是两个互不相抵的账户。",
    "spent_down": "{title}余额为 0.00 元：最后一笔{credit}是 {credit_date} 的 {credit_amount} 元，"
                  "此后 {count:n:debit}共 {amount} 元，{zero_date} {place:at}的{what:deed}用完了余额。",
    "spent_down.from_opening": "{title}余额为 0.00 元：对账单开始时有 {opening} 元，此后没有{credit}，"
                               "{count:n:debit}共 {amount} 元，{zero_date} {place:at}的{what:deed}用完了余额。",
    "no_credits.medical": "{title}余额为 0.00 元：导入的 {count:n:transaction}（{first} 至 {last}）中没有一笔"
                          "划入，这个账户从未划入过钱。可能是没有个人账户的居民医保、尚未参保，或缴费信息没有传到"
                          "医保部门：请核对参保险种和参保状态。",
    "no_credits.bank": "{title}余额为 0.00 元：导入的 {count:n:transaction}（{first} 至 {last}）中没有一笔"
                       "存入，这个账户从未存过钱。",
    "no_credits.empty": "{title}余额为 0.00 元：导入的对账单里没有任何交易，也就从未有过{credit}。",
    "other_balance_nonzero": "您看到的 0.00 元是{purse}的余额；{other}余额为 {other_balance} 元。"
                             "两个账户互不相抵。",
    "credits_stopped": "{title}最后一笔划入是 {last_date} 的 {last_amount} 元，到 {as_of} 已有 {days:n:day}"
                       "没有划入；此前 {count:n:credit}大约每 {interval:n:day}一次。缴费可能已经停止，参保可能已"
                       "暂停，或缴费信息没有传到医保部门：请核对参保状态。",
    "resident_no_personal_account.named": "对账单写明参保险种是城乡居民医保。居民医保只有统筹基金，没有个人账户，"
                                          "所以医保个人账户为 0 是正常的，钱并没有丢。",
    "resident_no_personal_account.premiums": "社保卡银行账户付过 {count:n:premium}，共 {amount} 元（最近一笔是 "
                                             "{latest_date} 的 {latest_amount} 元），医保个人账户却没有划入：您参加的"
                                             "可能是城乡居民医保，它没有个人账户，医保这边为 0 是正常的。请在医保 App "
                                             "或医保经办机构核对参保险种。",
    "family_aid_out.one": "{date} 医保个人账户通过家庭共济{place:at}为家人支付了 {amount} 元；家人的费用也从"
                          "您的个人账户扣除。",
    "family_aid_out.many": "医保个人账户通过家庭共济为家人支付了 {count:n:aid}，共 {amount} 元，最近一笔是 "
                           "{date} {place:at}的 {last_amount} 元；家人的费用也从您的个人账户扣除。",
    "pooled_fund_paid": "{settlements:n:settlement}的医疗费总额 {cost} 元，其中 {count} 次由统筹基金支付共 "
                        "{amount} 元：这部分钱由医保基金直接付给医院和药店，从不经过个人账户；个人账户只支付了 "
                        "{account} 元。最大的一笔是 {top_date} {top_place:at}的{top_what:deed}，医疗费 "
                        "{top_cost} 元，统筹基金支付 {top_pooled} 元。",
    "pending_reimbursement.one": "{date} {place:at}的医疗付款 {last_amount} 元之后没有对应的报销款入账（到 "
                                 "{as_of} 已 {days:n:day}）。这可能是急诊或异地就医先垫付的费用：如果属于医保"
                                 "报销范围，可以申请零星报销。",
    "pending_reimbursement.many": "{count:n:bill}共 {amount} 元之后没有对应的报销款入账，最近一笔是 {date} "
                                  "{place:at}的 {last_amount} 元。这些可能是急诊或异地就医先垫付的费用：如果属于"
                                  "医保报销范围，可以申请零星报销。",
    "pending_reimbursement.matched": "另有 {matched:n:bill}已有报销入账（例如 {m_date} 付的 {m_amount} 元，"
                                     "{r_date} 报销 {r_amount} 元）。",
    "statement_gap": "{title}的对账单余额有 {count:n:break}不衔接（第一处在 {first_date}：上一行余额加本行金额"
                     "不等于本行余额），无法解释的差额共 {amount} 元：可能缺了几行，或有重复的行。",
    "statement_gap.opening": "{title}从期初 {opening} 元加上全部交易应为 {computed} 元，但对账单最后的余额是 "
                             "{closing} 元，相差 {amount} 元：可能缺了一段时间的明细。",
    "transferred_out.one": "{date} 医保个人账户转出 {amount} 元{place:paren}：余额可能随参保关系转到了新的参保地。",
    "transferred_out.many": "医保个人账户转出 {count:n:transfer}，共 {amount} 元，最近一笔是 {date} 的 "
                            "{last_amount} 元：余额可能随参保关系转到了新的参保地。",
    "closed_or_inherited.one": "{date} 医保个人账户被清退或划拨给继承人 {amount} 元{place:paren}：账户已清算，"
                               "余额已付出。",
    "closed_or_inherited.many": "医保个人账户被清退或划拨给继承人 {count:n:clearance}，共 {amount} 元，最近一笔是 "
                                "{date} 的 {last_amount} 元：账户已清算，余额已付出。",
}, "en": {
    "no_data": "Nothing has been imported for {purse}, so its balance cannot be explained; {purse} "
               "and {other} are separate and never net against each other.",
    "spent_down": "{title} at 0.00: the last {credit} was {credit_amount} on {credit_date}; "
                  "{count:n:debit} since then, {amount} in all; {what:deed}{place:at} on {zero_date} "
                  "used up what was left.",
    "spent_down.from_opening": "{title} at 0.00: it held {opening} when the statement began and "
                               "received no {credit} since; {count:n:debit}, {amount} in all; "
                               "{what:deed}{place:at} on {zero_date} used up what was left.",
    "no_credits.medical": "{title} at 0.00: none of the {count:n:transaction} imported ({first} to "
                          "{last}) is a credit; nothing was ever credited to it. It may be resident "
                          "insurance (no personal account), no enrolment yet, or contributions not "
                          "passed on to the medical insurance agency: check the insurance type and "
                          "status.",
    "no_credits.bank": "{title} at 0.00: none of the {count:n:transaction} imported ({first} to "
                       "{last}) paid money in; it has never held money.",
    "no_credits.empty": "{title} at 0.00: the imported statement holds no transactions, so nothing "
                        "was ever paid in.",
    "other_balance_nonzero": "The 0.00 you saw is {purse}; {other} holds {other_balance}. The two "
                             "never net against each other.",
    "credits_stopped": "The last credit to {purse} was {last_amount} on {last_date}, {days:n:day} "
                       "before {as_of}; the {count:n:credit} so far came about every "
                       "{interval:n:day}. Contributions may have stopped, the enrolment may be "
                       "paused, or the payment may not have reached the medical insurance agency: "
                       "check the insurance status.",
    "resident_no_personal_account.named": "The statement names urban-rural resident insurance "
                                          "(城乡居民医保). Resident insurance has only the pooled fund "
                                          "and no personal account, so a medical account at 0 is "
                                          "normal; no money is missing.",
    "resident_no_personal_account.premiums": "{count:n:premium}, {amount} in all, left the card's "
                                             "bank purse (the latest {latest_amount} on "
                                             "{latest_date}), and the medical account shows no "
                                             "credit: you may have resident insurance, which has "
                                             "no personal account, so a 0 on the medical side "
                                             "would be normal. Check your insurance type in the "
                                             "medical insurance app or at the agency.",
    "family_aid_out.one": "On {date}, {purse} paid {amount} for a relative through family mutual "
                          "aid (家庭共济){place:at}; a relative's bills are debits on your account.",
    "family_aid_out.many": "{purse_cap} paid {count:n:aid} for relatives through family mutual aid "
                           "(家庭共济), {amount} in all, the latest {last_amount}{place:at} on "
                           "{date}; a relative's bills are debits on your account.",
    "pooled_fund_paid": "Of {cost} in medical costs over {settlements:n:settlement}, the pooled "
                        "fund paid {amount} in {count}: that money went straight to hospitals and "
                        "pharmacies and never passed through the personal account, which paid "
                        "{account}. The largest was {top_what:deed}{top_place:at} on {top_date}: "
                        "{top_cost}, of which the pooled fund paid {top_pooled}.",
    "pending_reimbursement.one": "A medical payment of {last_amount}{place:at} on {date} has no "
                                 "reimbursement (报销) after it: none by {as_of}, {days:n:day} "
                                 "later. It may "
                                 "be care paid in advance (an emergency, or out of area): if it is "
                                 "covered, you can claim it back.",
    "pending_reimbursement.many": "{count:n:bill}, {amount} in all, have no reimbursement (报销) "
                                  "after them; the latest is {last_amount}{place:at} on {date}. "
                                  "They may be care paid in advance (emergencies, or out of area): "
                                  "if covered, you can claim them back.",
    "pending_reimbursement.matched": "Reimbursed already: {matched:n:bill} (for example "
                                     "{m_amount} paid on {m_date}, {r_amount} back on {r_date}).",
    "statement_gap": "The statement's balance for {purse} breaks in {count:n:break}, the first on "
                     "{first_date} (the previous balance plus the amount is not the balance "
                     "shown): {amount} is unexplained. Rows may be missing or doubled.",
    "statement_gap.opening": "{title}: the opening {opening} plus every transaction comes to "
                             "{computed}, but the statement ends at {closing}, {amount} apart: a "
                             "stretch of the statement may be missing.",
    "transferred_out.one": "On {date}, {amount} was transferred out of {purse}{place:paren}: the "
                           "balance may have moved to a new insurance region with the enrolment.",
    "transferred_out.many": "{count:n:transfer} moved {amount} out of {purse}, the latest "
                            "{last_amount} on {date}: the balance may have moved to a new "
                            "insurance region with the enrolment.",
    "closed_or_inherited.one": "On {date}, {purse} was cleared or paid to heirs: {amount}"
                               "{place:paren}. The account is settled and its balance paid out.",
    "closed_or_inherited.many": "{purse_cap} was cleared or paid to heirs in {count:n:clearance}, "
                                "{amount} in all, the latest {last_amount} on {date}: the account "
                                "is settled and its balance paid out.",
}}

# What to do next and where to go (shared/domain.md); keys as for REASONS, plus shared steps.
STEPS = {"zh": {
    "no_data.medical": "要说明医保个人账户的余额：在国家医保服务平台 App（或省级医保 App）导出个人账户明细，"
                       "或到医保经办机构打印，再导入。",
    "no_data.bank": "要说明银行账户的余额：在发卡银行的 App 导出这张社保卡的交易明细，或带身份证到银行柜台"
                    "打印，再导入。",
    "spent_down.medical": "核对 {since} 以来的 {count:n:debit}（共 {amount} 元）：在国家医保服务平台 App 查看"
                          "个人账户的消费记录；如有不认识的消费，咨询医保经办机构或社保局（医保热线 12393）。",
    "spent_down.bank": "核对 {since} 以来的 {count:n:debit}（共 {amount} 元）；如有不认识的支出，带身份证到"
                       "发卡银行柜台查询。",
    "enrol_first": "如果这是第一次参保：先到社区（村委）、学校或医保经办机构办理参保登记，登记后第二天再通过"
                   "税务渠道（如微信、支付宝、税务 App 或银行柜台）缴费。",
    "ask_tax": "如果已经缴过费：带缴费凭证问税务部门（12366）参保登记信息是否已传到医保部门；如果没有传过去，"
               "找当地社保（医保）部门处理。",
    "resume": "{last_date} 以后没有划入：如果您离职、停缴或欠缴，向单位人事部门或医保经办机构确认参保状态"
              "（暂停、终止），办理续保或补缴。",
    "bank_counter": "社保卡的银行账户是一个独立的银行账户：余额和明细可带身份证到发卡银行柜台查询，柜台也可以"
                    "帮您查医保个人账户的余额。",
    "other_balance_nonzero.bank": "ATM 和银行 App 显示的是银行账户；医保个人账户的 {other_balance} 元在国家医保"
                                  "服务平台 App、定点药店或医院收费窗口查看，也可以带身份证到银行柜台询问。",
    "other_balance_nonzero.medical": "医保个人账户为 0.00 元，银行账户有 {other_balance} 元：那笔钱在 ATM、"
                                     "银行 App 或带身份证到银行柜台查询和支取。",
    "resident": "居民医保每年通过税务渠道（微信、支付宝、税务 App 或银行柜台）缴一次费；在定点医院和药店看病时"
                "直接由统筹基金结算，不需要个人账户。请确认下一年度的保费已经缴纳。",
    "family_aid_out": "在国家医保服务平台 App 的“家庭共济”里查看绑定了哪些家人；如果不希望家人继续使用您的"
                      "个人账户，可以解除绑定。",
    "pooled_fund_paid": "统筹基金支付的 {amount} 元由医保基金直接和医院结算，不进出个人账户，无需处理；需要明细"
                        "时向医院或药店索取结算单。",
    "pending_reimbursement.one": "申请报销 {date} 的 {last_amount} 元：带上急诊病历、检查检验报告、发票和费用"
                                 "明细清单，到参保地医保经办机构办理零星（手工）报销；报销款通常打到社保卡的银行"
                                 "账户，而不是医保个人账户。",
    "pending_reimbursement.many": "申请报销这 {count:n:bill}（共 {amount} 元）：每笔带上急诊病历、检查检验报告、"
                                  "发票和费用明细清单，到参保地医保经办机构办理零星（手工）报销；报销款通常打到"
                                  "社保卡的银行账户。",
    "statement_gap": "对账单有缺漏或重复（最早在 {first_date}）：向发卡银行或医保经办机构补打这段时间的完整明细，"
                     "再导入。",
    "statement_gap.opening": "对账单之间可能缺了一段：向发卡银行或医保经办机构补打完整明细，再导入。",
    "transferred_out": "到新参保地的医保经办机构或医保 App 核对：{date} 转出的 {last_amount} 元应在那里以"
                       "“转入”出现。",
    "closed_or_inherited": "如对 {date} 的清退有疑问，带身份证件到医保经办机构查询办理记录。",
    "all_clear.medical": "余额可在国家医保服务平台 App、定点药店或医院收费窗口查看；如有疑问，咨询医保经办机构"
                         "（12393）。",
    "all_clear.bank": "余额和明细可在发卡银行 App 查看，或带身份证到银行柜台查询。",
}, "en": {
    "no_data.medical": "To explain the medical account, export its account detail (个人账户明细) "
                       "from the national medical insurance app (国家医保服务平台) or a provincial "
                       "app, or ask the medical insurance agency for a printout, then import it.",
    "no_data.bank": "To explain the bank purse, export the card's statement from the issuing "
                    "bank's app, or bring your ID card to the bank counter for a printout, then "
                    "import it.",
    "spent_down.medical": "Check the {count:n:debit} since {since} ({amount} in all) in the "
                          "consumption records of the national medical insurance app; if one looks "
                          "wrong, ask the medical insurance agency or the social security bureau "
                          "(hotline 12393).",
    "spent_down.bank": "Check the {count:n:debit} since {since} ({amount} in all); if one looks "
                       "wrong, bring your ID card to the issuing bank's counter.",
    "enrol_first": "If this is your first enrolment: register at the community office (社区/村委), "
                   "your school or the medical insurance agency, then pay the next day through the "
                   "tax channels (WeChat, Alipay, the tax app or a bank counter).",
    "ask_tax": "If you have paid: take the receipt to the tax authority (12366) and ask whether "
               "your registration was passed on to the medical insurance agency; if it was not, "
               "go to the local social security (medical insurance) department.",
    "resume": "No credit since {last_date}: if you left a job or stopped or fell behind with "
              "payments, ask your employer's HR or the medical insurance agency about your status "
              "(paused, terminated) and resume or make up the contributions.",
    "bank_counter": "The card's bank purse is a separate bank account: bring your ID card to the "
                    "issuing bank's counter for its balance and statement; the counter can also "
                    "tell you the medical account balance.",
    "other_balance_nonzero.bank": "ATMs and bank apps show the bank purse; the medical account's "
                                  "{other_balance} shows in the national medical insurance app, at "
                                  "designated pharmacies and hospital counters, or ask at the bank "
                                  "counter with your ID card.",
    "other_balance_nonzero.medical": "The medical account is at 0.00 but the bank purse holds "
                                     "{other_balance}: see it at an ATM, in the bank app, or at "
                                     "the bank counter with your ID card.",
    "resident": "Resident insurance is paid once a year through the tax channels (WeChat, Alipay, "
                "the tax app or a bank counter); at designated hospitals and pharmacies the pooled "
                "fund settles directly, no personal account needed. Make sure next year's premium "
                "is paid.",
    "family_aid_out": "See which relatives are linked under family mutual aid (家庭共济) in the "
                      "national medical insurance app; unlink them if they should no longer use "
                      "your account.",
    "pooled_fund_paid": "The pooled fund's {amount} was settled with the hospitals directly and "
                        "never moves the personal account; nothing to do. Ask the hospital or "
                        "pharmacy for the settlement slip if you want the detail.",
    "pending_reimbursement.one": "Claim the {last_amount} of {date}: bring the emergency records, "
                                 "examination and lab reports, invoices and the itemised list of "
                                 "expenses to the medical insurance agency where you are insured "
                                 "(零星/手工报销); the money usually lands in the card's bank purse, "
                                 "not the medical account.",
    "pending_reimbursement.many": "Claim the {count:n:bill} ({amount} in all): for each, bring the "
                                  "emergency records, examination and lab reports, invoices and "
                                  "the itemised list of expenses to the medical insurance agency "
                                  "where you are insured (零星/手工报销); the money usually lands in "
                                  "the card's bank purse.",
    "statement_gap": "The statement has missing or doubled rows (first on {first_date}): ask the "
                     "bank or the medical insurance agency for the full statement of that period "
                     "and import it.",
    "statement_gap.opening": "A stretch may be missing between statements: ask the bank or the "
                             "medical insurance agency for the full statement and import it.",
    "transferred_out": "Check with the medical insurance agency (or app) of the new region: the "
                       "{last_amount} transferred out on {date} should show there as a transfer "
                       "in (转入).",
    "closed_or_inherited": "If the clearance of {date} is in doubt, bring your identity papers to "
                           "the medical insurance agency and ask for its record.",
    "all_clear.medical": "The balance shows in the national medical insurance app and at "
                         "designated pharmacy and hospital counters; with questions, ask the "
                         "medical insurance agency (12393).",
    "all_clear.bank": "The balance and statement show in the issuing bank's app, or at its counter "
                      "with your ID card.",
}}

# The few words a balance panel shows under the figure: the most important reason, in short.
HEADLINES = {"zh": {
    "no_data": "没有导入数据", "spent_down": "消费用完了余额", "no_credits": "从没有钱存入",
    "other_balance_nonzero": "钱在另一个账户里", "credits_stopped": "划入已经停止",
    "resident_no_personal_account": "居民医保没有个人账户，余额为 0 属正常",
    "family_aid_out": "家庭共济为家人支付过", "pooled_fund_paid": "统筹基金直接付给了医院",
    "pending_reimbursement": "垫付的医疗费还没有报销", "statement_gap": "对账单余额不连续",
    "transferred_out": "余额已转到外地", "closed_or_inherited": "账户已清退或继承",
    "zero_since": "自 {zero_date} 起为 0",
}, "en": {
    "no_data": "nothing imported", "spent_down": "spending used it up",
    "no_credits": "no money ever came in", "other_balance_nonzero": "the money is in the other purse",
    "credits_stopped": "credits have stopped",
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
    "verdict": "{title}：{balance} 元（{source}），截至 {as_of}，{count:n:transaction}。",
    "verdict.zero": "{title}：0.00 元（{source}），自 {zero_date} 起为 0，截至 {as_of}，"
                    "{count:n:transaction}。",
    "verdict.none": "{title}：没有导入数据。",
    "heading": "社保卡 {card}（{holder}），截至 {as_of}",
    "bridge": "期初 {opening} + 收入 {credits} − 支出 {debits} = 期末 {closing}",
    "reasons": "原因", "steps": "下一步", "no_reasons": "没有发现需要说明的情况。",
}, "en": {
    "verdict": "{title}: {balance} ({source}) as of {as_of}, {count:n:transaction}.",
    "verdict.zero": "{title}: 0.00 ({source}) since {zero_date}, as of {as_of}, "
                    "{count:n:transaction}.",
    "verdict.none": "{title}: nothing imported.",
    "heading": "Card {card} ({holder}), as of {as_of}",
    "bridge": "opening {opening} + credits {credits} − debits {debits} = closing {closing}",
    "reasons": "Reasons", "steps": "Next steps", "no_reasons": "Nothing that needs explaining.",
}}
