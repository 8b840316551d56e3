# ruff: noqa: E501  (sentences are data: Chinese counts double width, and a sentence broken
# to fit 100 columns is harder for a translator to read than a long line)
"""The reasons, per language (see texts/__init__.py for the fields and the keys)."""

from __future__ import annotations

REASONS = {"zh": {
    "no_data": "尚未导入{purse}的流水，无法说明它的余额；{purse}和{other}是两个互不相抵的账户。",
    "balance_unknown": "{title}的余额不详：导入的 {count:n:transaction}（{first} 至 {last}）都没有余额，"
                       "对账单开头也没有期初余额，所以算不出账户里现在有多少钱。这些交易合计收入 {credits} 元、"
                       "支出 {debits} 元，净变化 {net:signed} 元：这只是这段时间的进出，不是余额。",
    "spent_down": "{title}余额为 0.00 元：最后一笔{credit}是 {credit_date} 的 {credit_amount} 元，"
                  "此后 {count:n:debit}共 {amount} 元，{zero_date} {final:deed}用完了余额。",
    "spent_down.one": "{title}余额为 0.00 元：最后一笔{credit}是 {credit_date} 的 {credit_amount} 元，"
                      "随后 {zero_date} {final:deed} {amount} 元用完了余额。",
    "spent_down.from_opening": "{title}余额为 0.00 元：对账单开始时有 {opening} 元，此后没有{credit}，"
                               "{count:n:debit}共 {amount} 元，{zero_date} {final:deed}用完了余额。",
    "no_credits.medical": "{title}余额为 0.00 元：导入的 {count:n:transaction}（{first} 至 {last}）中没有一笔"
                          "划入，开始时余额也是 0.00 元，这段时间里账户一直没有钱。可能是没有个人账户的"
                          "居民医保、还没有参保成功，或缴费信息没有传到医保部门：请核对参保险种和参保状态。",
    "no_credits.bank": "{title}余额为 0.00 元：导入的 {count:n:transaction}（{first} 至 {last}）中没有一笔"
                       "存入，开始时余额也是 0.00 元，这段时间里账户一直没有钱。",
    "no_credits.empty": "{title}余额为 0.00 元：导入的对账单[[（{period_from} 至 {period_to}）]]里这个账户"
                        "没有交易，对账单写明的余额是 0.00 元；更早是否有过{credit}，这份对账单看不出来。",
    "other_balance_nonzero": "您看到的 0.00 元是{purse}的余额；{other}余额为 {other_balance} 元"
                             "[[（截至 {other_as_of}）]]。两个账户互不相抵。",
    "credits_stopped": "{title}最后一笔划入是 {last_date} 的 {last_amount} 元，到{as_of_said} 已有 "
                       "{days:n:day}没有划入；此前 {count:n:credit}{interval:every}一次。缴费可能已经停止，"
                       "参保可能已暂停，或缴费信息没有传到医保部门：请核对参保状态。",
    "credits_paused": "{title}的划入在 {before_date} 之后停了 {days:n:day}，到 {after_date} 才恢复（平时"
                      "{interval:every}一次，中间大约少了 {missed:n:credit}）：缴费可能中断过，之后又续上或"
                      "补缴了。",
    "credits_paused.lump": "恢复后的第一笔 {after_amount} 元比平时的 {usual} 元多，可能是补缴的几个月一起划入的。",
    "credits_reduced": "{title}每次划入的金额从 {before_amount} 元降到了 {after_amount} 元（从 {step_date} "
                       "起，每次少 {drop} 元），之后一直没有回升。可能是 2021 年起职工医保门诊共济保障改革后"
                       "单位缴费不再划入个人账户，也可能是缴费基数降低了。",
    "annual_credit": "{title}每年划入一次：最近一次是 {last_date} 的 {last_amount} 元。一年一次的划入"
                     "（例如退休人员的年度定额划入）花完后要等下一年，年内后几个月余额为 0 是常见的；"
                     "下一次划入预计在 {next:month}前后。",
    "annual_credit.late": "{title}每年划入一次：最近一次是 {last_date} 的 {last_amount} 元。下一次划入预计"
                          "在 {next:month}前后，但到{as_of_said} 还没有划入。",
    "enrolment_not_effective.one": "社保卡银行账户 {date} 付了 {last_amount} 元医保费[[（{place}）]]，但此后 "
                                   "62 天里医保个人账户没有任何划入或结算。可能是参保登记没有生效，或税务"
                                   "部门没有把缴费信息传给医保部门（这时在医院或药店会显示“无有效参保信息”），"
                                   "也可能您参加的档次没有个人账户（例如有的城市灵活就业人员的二档）。",
    "enrolment_not_effective.many": "社保卡银行账户付过 {count:n:mpremium}，共 {amount} 元（最近一笔是 {date} "
                                    "的 {last_amount} 元），但每笔之后 62 天里医保个人账户都没有划入或结算。"
                                    "可能是参保登记没有生效，或税务部门没有把缴费信息传给医保部门（这时在医院或"
                                    "药店会显示“无有效参保信息”），也可能您参加的档次没有个人账户（例如有的城市"
                                    "灵活就业人员的二档）。",
    "other_deductions.one": "{date} 医保个人账户扣了 {amount} 元“{what}”：这不是看病买药的钱，可能是长期护理"
                            "保险（长护险）、惠民保之类的保费，有些地方按规定或按您的授权从个人账户代扣。",
    "other_deductions.many": "医保个人账户扣过 {count:n:deduction}不是看病买药的钱，共 {amount} 元（最近一笔是 "
                             "{date} 的 {last_amount} 元“{what}”）：可能是长期护理保险（长护险）、惠民保之类的"
                             "保费，有些地方按规定或按您的授权从个人账户代扣。",
    "resident_no_personal_account.named": "对账单写明参保险种是城乡居民医保。居民医保只有统筹基金，没有个人账户，"
                                          "所以医保个人账户为 0 是正常的，钱并没有丢。",
    "resident_no_personal_account.premiums": "社保卡银行账户付过 {count:n:premium}，共 {amount} 元（最近一笔是 "
                                             "{latest_date} 的 {latest_amount} 元），医保个人账户却没有划入：您参加的"
                                             "可能是城乡居民医保，它没有个人账户，医保这边为 0 是正常的。请在医保 App "
                                             "或医保经办机构核对参保险种。",
    "resident_no_personal_account.unseen": "社保卡银行账户付过 {count:n:premium}，共 {amount} 元（最近一笔是 "
                                           "{latest_date} 的 {latest_amount} 元）。居民医保只有统筹基金，没有个人账户："
                                           "如果您参加的是居民医保，医保个人账户为 0 是正常的，钱并没有丢。",
    "family_aid_out.one": "{date} 医保个人账户通过家庭共济[[在{place}]]为{who:who}支付了 {amount} 元；家人的"
                          "费用也从您的个人账户扣除。",
    "family_aid_out.many": "医保个人账户通过家庭共济为{who:who}支付了 {count:n:aid}，共 {amount} 元，最近一笔是 "
                           "{date} [[在{place}]]的 {last_amount} 元；家人的费用也从您的个人账户扣除。",
    "pooled_fund_paid": "{settlements:n:settlement}的医疗费总额 {cost} 元，其中 {count} 次由统筹基金支付共 "
                        "{amount} 元：这部分钱由医保基金直接付给医院和药店，从不经过个人账户。最大的一笔是 "
                        "{top_date} {top:deed}，医疗费 {top_cost} 元，统筹基金支付 {top_pooled} 元。",
    "pooled_fund_paid.shares": "使余额减少的只有个人账户支付的部分，共 {account} 元，最多的是 {shares:shares}。",
    "pooled_fund_paid.chronic": "{chronic_date} [[在{chronic_place}]]看门诊慢特病，医疗费 {chronic_cost} 元按慢特病"
                                "待遇在医院直接结算：统筹基金支付 {chronic_pooled} 元，个人账户支付 "
                                "{chronic_account} 元。",
    "pending_reimbursement.one": "{date} {bill:deed} {last_amount} 元[[（对账单上写着“{mark}”）]]之后没有对应的报销款"
                                 "入账，到{as_of_said} 已 {days:n:day}。急诊、异地就医没有备案等情况要先自己付钱，"
                                 "事后到参保地申请零星报销：如果这笔属于医保报销范围，可以去申请。",
    "pending_reimbursement.many": "{count:n:bill}共 {amount} 元之后没有对应的报销款入账，最近一笔是 {date} "
                                  "{bill:deed} {last_amount} 元[[（对账单上写着“{mark}”）]]。急诊、异地就医没有备案"
                                  "等情况要先自己付钱，事后到参保地申请零星报销：如果属于医保报销范围，可以去申请。",
    "pending_reimbursement.matched": "另有 {matched:n:bill}已有报销入账（例如 {m_date} 付的 {m_amount} 元，"
                                     "{r_date} 报销 {r_amount} 元）。",
    "statement_gap": "{title}的对账单余额有 {count:n:break}不衔接（第一处在 {first_date}：上一行余额加本行金额"
                     "不等于本行余额），对账单的余额比流水算出的{amount:less_more} {amount:abs} 元：可能缺了几行，或有重复的行。",
    "statement_gap.opening": "{title}从期初 {opening} 元加上全部交易应为 {computed} 元，但对账单最后的余额是 "
                             "{closing} 元，比这个数{amount:less_more} {amount:abs} 元：可能缺了一段时间的明细。",
    "statement_gap.opening_unknown": "{title}的第一笔交易没有余额，期初余额不详（对账时按 0.00 元算）：对账单"
                                     "最后的余额 {closing} 元里，有 {amount:abs} 元是导入的流水说明不了的，"
                                     "可能是期初余额，也可能缺了明细。",
    "transferred_out.one": "{date} 医保个人账户转出 {amount} 元[[（{place}）]]：余额可能随参保关系转到了新的参保地。",
    "transferred_out.many": "医保个人账户转出 {count:n:transfer}，共 {amount} 元，最近一笔是 {date} 的 "
                            "{last_amount} 元：余额可能随参保关系转到了新的参保地。",
    "closed_or_inherited.one": "{date} 医保个人账户被清退或划拨给继承人 {amount} 元[[（{place}）]]：账户已清算，"
                               "余额已付出。",
    "closed_or_inherited.many": "医保个人账户被清退或划拨给继承人 {count:n:clearance}，共 {amount} 元，最近一笔是 "
                                "{date} 的 {last_amount} 元：账户已清算，余额已付出。",
}, "en": {
    "no_data": "Nothing has been imported for {purse}, so its balance cannot be explained; {purse} "
               "and {other} are separate and never net against each other.",
    "balance_unknown": "{title}: the balance is not known. None of the {count:n:transaction} imported "
                       "({first} to {last}) shows a balance, and no statement gives an opening balance, "
                       "so what the purse holds cannot be worked out. Together they bring in {credits} "
                       "and take out {debits}, a net change of {net:signed}: that is what moved in this "
                       "time, not the balance.",
    "spent_down": "{title} at 0.00: the last {credit} was {credit_amount} on {credit_date}; "
                  "{count:n:debit} since then, {amount} in all; {final:deed} on {zero_date} "
                  "used up what was left.",
    "spent_down.one": "{title} at 0.00: the last {credit} was {credit_amount} on {credit_date}; then "
                      "{final:deed} of {amount} on {zero_date} used it up.",
    "spent_down.from_opening": "{title} at 0.00: it held {opening} when the statement began and "
                               "received no {credit} since; {count:n:debit}, {amount} in all; "
                               "{final:deed} on {zero_date} used up what was left.",
    "no_credits.medical": "{title} at 0.00: none of the {count:n:transaction} imported ({first} to "
                          "{last}) is a credit, and it began at 0.00, so it held no money in this "
                          "time. It may be resident insurance (no personal account), an enrolment "
                          "not yet in effect, or contributions not passed on to the medical insurance "
                          "agency: check the insurance type and status.",
    "no_credits.bank": "{title} at 0.00: none of the {count:n:transaction} imported ({first} to "
                       "{last}) paid money in, and it began at 0.00, so it held no money in this time.",
    "no_credits.empty": "{title} at 0.00: the imported statement[[ ({period_from} to {period_to})]] "
                        "holds no transaction for it and gives its balance as 0.00; whether any {credit} "
                        "came in before, this statement does not show.",
    "other_balance_nonzero": "The 0.00 you saw is {purse}; {other} holds {other_balance}"
                             "[[ (as of {other_as_of})]]. The two never net against each other.",
    "credits_stopped": "The last credit to {purse} was {last_amount} on {last_date}, {days:n:day} "
                       "before {as_of_said}; the {count:n:credit} so far came {interval:every}. "
                       "Contributions may have stopped, the enrolment may be paused, or the payment "
                       "may not have reached the medical insurance agency: check the insurance status.",
    "credits_paused": "Credits to {purse} stopped after {before_date} for {days:n:day} and came again "
                      "on {after_date} (they usually come {interval:every}; about {missed:n:credit} "
                      "are missing): contributions may have been paused, then resumed or paid late.",
    "credits_paused.lump": "The first credit after the gap, {after_amount}, is larger than the usual "
                           "{usual}: it may be several months paid late at once.",
    "credits_reduced": "Credits to {purse} fell from {before_amount} to {after_amount} each (from "
                       "{step_date}, {drop} less each time) and stayed there. This may be the "
                       "outpatient mutual-aid reform that began in 2021 (the employer's share no longer "
                       "goes into the personal account), or a lower contribution base.",
    "annual_credit": "{purse_cap} is credited once a year: the latest was {last_amount} on "
                     "{last_date}. A yearly allocation (a retiree's fixed allocation, for example) has "
                     "to last until the next one, so a zero late in the year is common; the next is "
                     "expected around {next:month}.",
    "annual_credit.late": "{purse_cap} is credited once a year: the latest was {last_amount} on "
                          "{last_date}. The next was expected around {next:month}, but none had come "
                          "by {as_of_said}.",
    "enrolment_not_effective.one": "{last_amount} for medical insurance left the card's bank purse "
                                   "on {date}[[ (to {place})]], but in the 62 days after it the "
                                   "medical account shows no credit and no settlement. The "
                                   "registration may not be in effect, or the tax authority may not "
                                   "have passed the payment on to the medical insurance agency (a "
                                   "hospital or pharmacy then says \"no valid insurance information\", "
                                   "无有效参保信息); or your tier may have no personal account (as "
                                   "some cities' second tier for flexible workers).",
    "enrolment_not_effective.many": "{count:n:mpremium}, {amount} in all, left the card's bank purse "
                                    "(the latest {last_amount} on {date}), but in the 62 days after "
                                    "each the medical account shows no credit and no settlement. The "
                                    "registration may not be in effect, or the tax authority may not "
                                    "have passed the payments on to the medical insurance agency (a "
                                    "hospital or pharmacy then says \"no valid insurance information\", "
                                    "无有效参保信息); or your tier may have no personal account (as "
                                    "some cities' second tier for flexible workers).",
    "other_deductions.one": "On {date}, {amount} was deducted from {purse} for \"{what}\": not medical "
                            "spending. It may be a premium such as long-term care insurance (长护险) or "
                            "a city health plan (惠民保), which some cities deduct from the personal "
                            "account by rule or with your consent.",
    "other_deductions.many": "{count:n:deduction} from {purse} are not medical spending, {amount} in "
                             "all (the latest {last_amount} on {date}, \"{what}\"). They may be premiums "
                             "such as long-term care insurance (长护险) or a city health plan (惠民保), "
                             "which some cities deduct from the personal account by rule or with your "
                             "consent.",
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
    "resident_no_personal_account.unseen": "{count:n:premium}, {amount} in all, left the card's "
                                           "bank purse (the latest {latest_amount} on "
                                           "{latest_date}). Resident insurance has only the pooled "
                                           "fund and no personal account: if yours is resident "
                                           "insurance, a medical account at 0 is normal and no money "
                                           "is missing.",
    "family_aid_out.one": "On {date}, {purse} paid {amount} for {who:who} through family mutual aid "
                          "(家庭共济)[[ at {place}]]; a relative's bills are debits on your account.",
    "family_aid_out.many": "{purse_cap} paid {count:n:aid} for {who:who} through family mutual aid "
                           "(家庭共济), {amount} in all, the latest {last_amount}[[ at {place}]] on "
                           "{date}; a relative's bills are debits on your account.",
    "pooled_fund_paid": "Of {cost} in medical costs over {settlements:n:settlement}, the pooled fund "
                        "paid {amount} in {count}: that money went straight to hospitals and "
                        "pharmacies and never passed through the personal account. The largest was "
                        "{top:deed} on {top_date}: {top_cost}, of which the pooled fund paid "
                        "{top_pooled}.",
    "pooled_fund_paid.shares": "Only the personal account's share lowers the balance: {account} in all, "
                               "the largest {shares:shares}.",
    "pooled_fund_paid.chronic": "Chronic-disease outpatient care (门诊慢特病)[[ at {chronic_place}]] "
                                "on {chronic_date}, {chronic_cost}, was settled directly at the "
                                "hospital under its own rules: the pooled fund paid "
                                "{chronic_pooled}, the personal account {chronic_account}.",
    "pending_reimbursement.one": "A medical payment of {last_amount}[[ at {place}]] on {date}[[, marked \"{mark}\" on the "
                                 "statement,]] has no reimbursement after it: none by {as_of_said}, "
                                 "{days:n:day} later. Care in an emergency, or out of area without "
                                 "filing, is paid in full first and claimed back afterwards (零星报销): "
                                 "if this bill is covered, you can claim it.",
    "pending_reimbursement.many": "{count:n:bill}, {amount} in all, have no reimbursement after them; "
                                  "the latest is {last_amount}[[ at {place}]] on {date}[[, marked "
                                  "\"{mark}\" on the statement]]. Care in an emergency, or out of area "
                                  "without filing, is paid in full first and claimed back afterwards "
                                  "(零星报销): if they are covered, you can claim them.",
    "pending_reimbursement.matched": "Reimbursed already: {matched:n:bill} (for example "
                                     "{m_amount} paid on {m_date}, {r_amount} back on {r_date}).",
    "statement_gap": "The statement's balance for {purse} breaks in {count:n:break}, the first on "
                     "{first_date} (the previous balance plus the amount is not the balance "
                     "shown): the balance shown is {amount:abs} {amount:less_more} than the transactions add "
                     "up to. Rows may be missing or doubled.",
    "statement_gap.opening": "{title}: the opening {opening} plus every transaction comes to "
                             "{computed}, but the statement ends at {closing}, {amount:abs} {amount:less_more}: "
                             "a stretch of the statement may be missing.",
    "statement_gap.opening_unknown": "{title}: the first transaction shows no balance, so the opening "
                                     "balance is not known (0.00 is counted): of the {closing} the "
                                     "statement ends with, {amount:abs} is not explained by the "
                                     "transactions imported; it may be the opening balance, or rows "
                                     "may be missing.",
    "transferred_out.one": "On {date}, {amount} was transferred out of {purse}[[ ({place})]]: the "
                           "balance may have moved to a new insurance region with the enrolment.",
    "transferred_out.many": "{count:n:transfer} moved {amount} out of {purse}, the latest "
                            "{last_amount} on {date}: the balance may have moved to a new "
                            "insurance region with the enrolment.",
    "closed_or_inherited.one": "On {date}, {purse} was cleared or paid to heirs: {amount}"
                               "[[ ({place})]]. The account is settled and its balance paid out.",
    "closed_or_inherited.many": "{purse_cap} was cleared or paid to heirs in {count:n:clearance}, "
                                "{amount} in all, the latest {last_amount} on {date}: the account "
                                "is settled and its balance paid out.",
}}
