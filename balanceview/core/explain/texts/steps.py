# ruff: noqa: E501  (sentences are data: Chinese counts double width, and a sentence broken
# to fit 100 columns is harder for a translator to read than a long line)
"""What to do next and where to go (shared/domain.md), per language; keys as for the reasons,
plus steps several reasons share (enrol_first, ask_tax, resume, bank_counter, resident ...)."""

from __future__ import annotations

STEPS = {"zh": {
    "no_data.medical": "要说明医保个人账户的余额：在国家医保服务平台 App（或本省的医保 App）导出个人账户明细，"
                       "或带身份证到医保经办机构打印，再导入。",
    "no_data.bank": "要说明银行账户的余额：在发卡银行的 App 导出这张社保卡的交易明细，或带身份证到银行柜台"
                    "打印，再导入。",
    "balance_unknown.medical": "要知道医保个人账户的余额：导入一份带“余额”列的个人账户明细（国家医保服务平台 App "
                               "可以导出，也可以带身份证到医保经办机构打印），或一份开头写明期初余额的明细；余额也可以"
                               "在医保 App 或定点药店的收费窗口直接查。",
    "balance_unknown.bank": "要知道银行账户的余额：导入一份带“余额”列的交易明细（发卡银行的 App 可以导出，也可以"
                            "带身份证到柜台打印），或一份开头写明期初余额的对账单；余额也可以在 ATM 或银行 App 直接查。",
    "spent_down.medical": "核对 {since} 以来的 {count:n:debit}（共 {amount} 元）：在国家医保服务平台 App 查看"
                          "个人账户的消费记录；如有不认识的消费，咨询医保经办机构或拨打医保服务热线 12393。",
    "spent_down.bank": "核对 {since} 以来的 {count:n:debit}（共 {amount} 元）；如有不认识的支出，拨打发卡银行的"
                       "客服电话（卡背面有），或带身份证到银行柜台查询。",
    "enrol_first": "如果还没有参保登记：先带身份证（或户口簿）到社区（村委）、街道、学校或医保经办机构办理参保"
                   "登记，登记后第二天再通过税务渠道（微信、支付宝、税务 App 或银行柜台）缴费。",
    "ask_tax": "如果已经缴过费，医院或药店却显示“无有效参保信息”：带缴费凭证问税务部门（12366）参保登记信息"
               "是否已经传到医保部门；如果没有传过去，找当地医保经办机构（12393）处理。",
    "resume": "{last_date} 以后没有划入：如果您离职、停缴或欠缴，向单位人事部门或医保经办机构确认参保状态"
              "（暂停、终止），办理续保或补缴；灵活就业人员可在税务渠道查看自己的缴费记录。",
    "bank_counter": "社保卡的银行账户是一个独立的银行账户：余额和明细可带身份证到发卡银行柜台查询，柜台也可以"
                    "帮您查医保个人账户的余额。",
    "other_balance_nonzero.bank": "ATM 和银行 App 显示的是银行账户；医保个人账户的 {other_balance} 元在国家医保"
                                  "服务平台 App、定点药店或医院收费窗口查看，也可以带身份证到银行柜台询问。",
    "other_balance_nonzero.medical": "医保个人账户为 0.00 元，银行账户有 {other_balance} 元：那笔钱在 ATM、"
                                     "银行 App 或带身份证到银行柜台查询和支取。",
    "resident": "居民医保每年通过税务渠道（微信、支付宝、税务 App 或银行柜台）缴一次费；在定点医院和药店看病时"
                "直接由统筹基金结算，不需要个人账户。请确认下一年度的保费已经缴纳。",
    "credits_paused": "在国家医保服务平台 App 或税务渠道查看 {before_date} 至 {after_date} 的缴费记录，确认中断"
                      "的月份有没有补缴；没有的，问单位人事部门或医保经办机构（12393）能否补缴。",
    "credits_reduced": "问单位人事部门您的缴费基数有没有降低；个人账户每月划入多少，可以咨询医保经办机构"
                       "（12393）。",
    "annual_credit": "一年一次的划入不需要办理什么；如果到 {next:month}之后一个月还没有划入，咨询医保经办机构"
                     "（12393）。",
    "annual_credit.late": "预计在 {next:month}前后的划入还没有到：咨询医保经办机构（12393），并确认参保状态正常。",
    "tier": "如果您以灵活就业人员身份参保，问医保经办机构（12393）您缴费的档次有没有个人账户。",
    "other_deductions": "在国家医保服务平台 App 的个人账户消费记录里查看每笔扣款是什么：长护险在试点城市按规定"
                        "扣缴；惠民保之类的保险如果不想续保，可在当初投保的渠道取消自动扣费；有疑问咨询医保经办"
                        "机构（12393）。",
    "family_aid_out": "在国家医保服务平台 App 的“家庭共济”里查看绑定了哪些家人；如果不希望家人继续使用您的"
                      "个人账户，可以解除绑定。",
    "pooled_fund_paid": "统筹基金支付的 {amount} 元由医保基金直接和医院结算，不进出个人账户，无需处理；需要明细"
                        "时向医院或药店索取结算单。",
    "chronic": "门诊慢特病的费用在定点医院按慢特病待遇直接结算，不需要另外报销；要办理或续办慢特病认定，"
               "咨询就诊医院或医保经办机构（12393）。",
    "pending_reimbursement.one": "申请报销 {date} 的 {last_amount} 元：带上身份证（或社保卡）、急诊病历、检查检验"
                                 "报告、发票和费用明细清单，到参保地医保经办机构办理零星（手工）报销；报销款通常打到"
                                 "社保卡的银行账户，而不是医保个人账户。",
    "pending_reimbursement.many": "申请报销这 {count:n:bill}（共 {amount} 元）：每笔带上急诊病历、检查检验报告、"
                                  "发票和费用明细清单，连同身份证（或社保卡），到参保地医保经办机构办理零星（手工）"
                                  "报销；报销款通常打到社保卡的银行账户。",
    "statement_gap.medical": "对账单有缺漏或重复（最早在 {first_date}）：在国家医保服务平台 App 重新导出这段"
                             "时间的个人账户明细，或带身份证到医保经办机构打印完整明细，再导入。",
    "statement_gap.bank": "对账单有缺漏或重复（最早在 {first_date}）：在发卡银行的 App 重新导出这段时间的"
                          "交易明细，或带身份证到银行柜台打印完整流水，再导入。",
    "statement_gap.opening.medical": "两份明细之间可能缺了一段：在国家医保服务平台 App 导出缺的那段时间的个人"
                                     "账户明细，或到医保经办机构打印，再导入。",
    "statement_gap.opening.bank": "两份对账单之间可能缺了一段：在发卡银行的 App 导出缺的那段时间的交易明细，"
                                  "或带身份证到银行柜台打印，再导入。",
    "statement_gap.opening_unknown.medical": "导入一份开头写明期初余额、或每行都有余额的个人账户明细（国家医保"
                                             "服务平台 App 或医保经办机构），就能说明这部分差额。",
    "statement_gap.opening_unknown.bank": "导入一份开头写明期初余额、或每行都有余额的交易明细（发卡银行的 App "
                                          "或柜台），就能说明这部分差额。",
    "transferred_out": "到新参保地的医保经办机构或医保 App 核对：{date} 转出的 {last_amount} 元应在那里以"
                       "“转入”出现。",
    "closed_or_inherited": "如对 {date} 的清退有疑问，带身份证件到医保经办机构查询办理记录。",
    "all_clear.medical": "余额可在国家医保服务平台 App、定点药店或医院收费窗口查看；如有疑问，咨询医保经办机构"
                         "（12393）。",
    "all_clear.bank": "余额和明细可在发卡银行的 App 查看，或带身份证到银行柜台查询。",
}, "en": {
    "no_data.medical": "To explain the medical account, export its account detail (个人账户明细) "
                       "from the national medical insurance app (国家医保服务平台) or your province's "
                       "app, or bring your ID card to the medical insurance agency for a printout, "
                       "then import it.",
    "no_data.bank": "To explain the bank purse, export the card's statement from the issuing "
                    "bank's app, or bring your ID card to the bank counter for a printout, then "
                    "import it.",
    "balance_unknown.medical": "To know the medical account's balance, import an account detail "
                               "with a balance column (余额), from the national medical insurance "
                               "app or printed at the medical insurance agency with your ID card, "
                               "or one that starts with the opening balance (期初余额); the app and "
                               "designated pharmacy counters also show the balance.",
    "balance_unknown.bank": "To know the bank purse's balance, import a statement with a balance "
                            "column (余额), exported from the issuing bank's app or printed at its "
                            "counter with your ID card, or one that starts with the opening balance "
                            "(期初余额); an ATM or the bank's app also shows the balance.",
    "spent_down.medical": "Check the {count:n:debit} since {since} ({amount} in all) in the "
                          "consumption records of the national medical insurance app; if one looks "
                          "wrong, ask the medical insurance agency or call the medical insurance "
                          "hotline 12393.",
    "spent_down.bank": "Check the {count:n:debit} since {since} ({amount} in all); if one looks "
                       "wrong, call the issuing bank's customer service (the number is on the back "
                       "of the card) or bring your ID card to its counter.",
    "enrol_first": "If you have not registered yet: bring your ID card (or household register) to "
                   "the community office (社区/村委), the sub-district office (街道), your school or "
                   "the medical insurance agency to register, then pay the next day through the tax "
                   "channels (WeChat, Alipay, the tax app or a bank counter).",
    "ask_tax": "If you have paid and a hospital or pharmacy says \"no valid insurance information\" "
               "(无有效参保信息): take the receipt to the tax authority (12366) and ask whether your "
               "registration was passed on to the medical insurance agency; if it was not, go to "
               "the local medical insurance agency (12393).",
    "resume": "No credit since {last_date}: if you left a job or stopped or fell behind with "
              "payments, ask your employer's HR or the medical insurance agency about your status "
              "(paused, terminated) and resume or make up the contributions; flexible workers can "
              "see their payments in the tax channels.",
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
    "credits_paused": "Look up the payments (缴费记录) from {before_date} to {after_date} in the "
                      "national medical insurance app or the tax channels, and check that the "
                      "missing months were made up; if not, ask your employer's HR or the medical "
                      "insurance agency (12393) whether they can be paid late (补缴).",
    "credits_reduced": "Ask your employer's HR whether your contribution base (缴费基数) went down; "
                       "the medical insurance agency (12393) can tell you how the monthly credit is "
                       "worked out.",
    "annual_credit": "A yearly credit needs nothing from you; if none has come a month after "
                     "{next:month}, ask the medical insurance agency (12393).",
    "annual_credit.late": "The credit expected around {next:month} has not come: ask the medical "
                          "insurance agency (12393) and check that your enrolment is in effect.",
    "tier": "If you are insured as a flexible worker, ask the medical insurance agency (12393) "
            "whether the tier you pay for has a personal account.",
    "other_deductions": "See what each deduction was in the consumption records of the national "
                        "medical insurance app: long-term care insurance (长护险) is deducted by rule "
                        "in the pilot cities; a plan such as 惠民保 can be stopped where you signed up "
                        "for it; with questions, ask the medical insurance agency (12393).",
    "family_aid_out": "See which relatives are linked under family mutual aid (家庭共济) in the "
                      "national medical insurance app; unlink them if they should no longer use "
                      "your account.",
    "pooled_fund_paid": "The pooled fund's {amount} was settled with the hospitals directly and "
                        "never moves the personal account; nothing to do. Ask the hospital or "
                        "pharmacy for the settlement slip (结算单) if you want the detail.",
    "chronic": "Chronic-disease outpatient care (门诊慢特病) is settled directly at designated "
               "hospitals under its own rules: nothing to claim. To apply for or renew the "
               "recognition, ask the hospital or the medical insurance agency (12393).",
    "pending_reimbursement.one": "Claim the {last_amount} of {date}: bring your ID card (or the "
                                 "social security card), the emergency records, examination and lab "
                                 "reports, invoices and the itemised list of expenses to the medical "
                                 "insurance agency where you are insured (零星报销 or 手工报销); the "
                                 "money usually lands in the card's bank purse, not the medical "
                                 "account.",
    "pending_reimbursement.many": "Claim the {count:n:bill} ({amount} in all): for each, bring the "
                                  "emergency records, examination and lab reports, invoices and "
                                  "the itemised list of expenses, with your ID card (or the social "
                                  "security card), to the medical insurance agency where you are "
                                  "insured (零星报销 or 手工报销); the money usually lands in the "
                                  "card's bank purse.",
    "statement_gap.medical": "The account detail has missing or doubled rows (first on "
                             "{first_date}): export that period again from the national medical "
                             "insurance app, or bring your ID card to the medical insurance agency "
                             "for a full printout, and import it.",
    "statement_gap.bank": "The statement has missing or doubled rows (first on {first_date}): "
                          "export that period again from the issuing bank's app, or bring your ID "
                          "card to its counter for a full statement, and import it.",
    "statement_gap.opening.medical": "A stretch may be missing between two account details: export "
                                     "the missing period from the national medical insurance app, "
                                     "or have it printed at the medical insurance agency, and import "
                                     "it.",
    "statement_gap.opening.bank": "A stretch may be missing between two statements: export the "
                                  "missing period from the issuing bank's app, or have it printed "
                                  "at its counter with your ID card, and import it.",
    "statement_gap.opening_unknown.medical": "Import an account detail that starts with the opening "
                                             "balance or shows a balance on every row (national "
                                             "medical insurance app, or the agency) to explain "
                                             "this difference.",
    "statement_gap.opening_unknown.bank": "Import a statement that starts with the opening balance "
                                          "or shows a balance on every row (the issuing bank's app "
                                          "or counter) to explain this difference.",
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
