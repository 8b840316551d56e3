"""'Why is my balance zero?' for people, in Chinese and English (facts: shared/domain.md)."""

from __future__ import annotations

import re

WHY_ZERO_ZH = """
<h1>为什么我的余额是 0？</h1>
<p>先别着急。社保卡上有<b>两个互不相干的账户</b>，余额是 0 很多时候是正常的，原因也能找到。</p>

<h2>一张卡，两个账户</h2>
<table border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th></th><th>医保个人账户</th><th>银行账户（金融功能）</th></tr>
<tr><td><b>谁管</b></td><td>医保经办机构（医保局）</td><td>发卡银行</td></tr>
<tr><td><b>钱从哪里来</b></td><td>职工医保缴费划入；退休人员定额划入；利息、转入</td>
    <td>存款、养老金和各种补贴、报销款</td></tr>
<tr><td><b>钱花到哪里</b></td><td>定点医院和药店看病买药；为家人付费（家庭共济）</td>
    <td>取款、转账、普通消费、缴费</td></tr>
<tr><td><b>在哪里查余额</b></td><td>国家医保服务平台 App、省级医保 App、定点药店或医院收费窗口</td>
    <td>ATM、银行 App、银行柜台</td></tr>
</table>
<p><b>两个账户的钱互不相抵。</b>ATM 上显示 0.00，说的只是银行账户，不代表医保个人账户没有钱；
反过来也一样。</p>

<h2>常见原因</h2>
<h3>1. 您看的是银行账户</h3>
<p>ATM、银行 App 和银行柜台显示的是社保卡的银行账户。医保个人账户的余额要在国家医保服务平台 App、
省级医保 App，或定点药店、医院的收费窗口查看。这是“卡里显示 0”最常见的原因。</p>
<h3>2. 钱已经花完了</h3>
<p>在定点医院和药店看病买药时，由个人账户支付的部分会从余额里扣除。一次住院的个人账户支付部分就可能
用完余额。在医保 App 里查看个人账户明细或消费记录，可以逐笔核对。</p>
<h3>3. 缴费停了，或参保信息没有传到医保部门</h3>
<p>职工医保个人账户的钱来自缴费：个人缴纳的部分（约 2%）划入个人账户，退休人员按规定定额划入。
2021 年门诊共济改革以后，单位缴费全部进入统筹基金，所以很多地方每月划入的钱变少了。
离职、灵活就业停缴、欠费，或者缴了费但参保登记没有从税务部门传到医保部门，都会让划入停止；
柜台可能提示“无参保信息”或“已暂停参保”。</p>
<h3>4. 城乡居民医保没有个人账户</h3>
<p>参加城乡居民医保的人没有个人账户，医保这边一直是 0，这是正常的，钱没有丢。
看病时由统筹基金直接结算。居民医保每年缴一次费：先在医保经办机构（或社区、村委、学校）登记，再通过税务渠道（微信、支付宝、
税务 App 或银行柜台）缴费。</p>
<h3>5. 家庭共济：为家人付了钱</h3>
<p>个人账户可以为近亲属在定点医院和药店的费用付款，也可以为他们缴纳居民医保费。家人用掉的钱从您的账户
扣除。在国家医保服务平台 App 的“家庭共济”里可以看到绑定了哪些家人，也可以解除绑定。</p>
<h3>6. 统筹基金的钱不经过个人账户</h3>
<p>看病结算时，费用分成几部分：统筹基金（以及大病保险、医疗救助等）支付的部分由医保基金直接付给医院，
不进也不出您的个人账户；只有“个人账户支付”这一部分会让余额减少；其余是现金自付。所以“医保报了很多钱”
和“个人账户是 0”可以同时成立。</p>
<h3>7. 先垫付的急诊费用还在等报销</h3>
<p>在非定点医院看急诊，或异地就医没有备案，通常要先自己全额付款，之后再申请零星（手工）报销。
报销款一般打到社保卡的<b>银行账户</b>，不会进医保个人账户。</p>
<h3>8. 换了工作地</h3>
<p>跨地区换工作时，原参保地的个人账户转出后余额为 0，新参保地会有一笔“转入”。
换卡不影响医保个人账户。</p>

<h2>去哪里问，带什么</h2>
<table border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th>情况</th><th>去哪里</th><th>带什么</th></tr>
<tr><td>第一次参保，或没有登记</td><td>社区（村委）、学校或医保经办机构登记，登记后通过税务渠道缴费</td>
    <td>身份证</td></tr>
<tr><td>缴了费却显示未参保、没有划入</td><td>税务部门：问参保登记是否已传到医保部门；
    没有传过去的，找当地医保（社保）部门</td><td>身份证、缴费凭证</td></tr>
<tr><td>暂停或终止参保</td><td>单位人事部门或医保经办机构：办理续保或补缴</td><td>身份证</td></tr>
<tr><td>某笔扣款看起来不对</td><td>先在医保 App 查消费记录，再问医保经办机构或社保局</td>
    <td>身份证、社保卡、对账单</td></tr>
<tr><td>先垫付的费用要报销</td><td>参保地的医保经办机构（零星报销）</td>
    <td>急诊病历、检查检验报告、发票、费用明细清单</td></tr>
<tr><td>银行账户的余额和明细</td><td>发卡银行柜台（柜台也可以帮您查医保个人账户余额）</td>
    <td>身份证、社保卡</td></tr>
</table>
<p>公开页面上常见的热线（仅供参考，各地可能不同）：<b>12393</b> 医疗保障，<b>12366</b> 税务，
<b>12333</b> 人力资源和社会保障。</p>

<h2>BalanceView 能帮什么忙</h2>
<p>从国家医保服务平台 App（或省级医保 App）导出“个人账户明细”，
从发卡银行的 App 导出社保卡的交易明细，再导入 BalanceView（Ctrl+I）。
它会逐笔说明每个账户的余额是怎么来的，说明可以打印出来带去柜台。
数据只保存在这台电脑上，BalanceView 从不联网。</p>
"""

WHY_ZERO_EN = """
<h1>Why is my balance zero?</h1>
<p>Don't worry yet. A social security card holds <b>two separate accounts</b>. A zero is often
normal, and its reason can be found.</p>

<h2>One card, two accounts</h2>
<table border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th></th><th>Medical insurance personal account (医保个人账户)</th>
    <th>Bank account (银行账户 / 金融功能)</th></tr>
<tr><td><b>Kept by</b></td><td>the medical insurance agency (医保局)</td>
    <td>the bank that issued the card</td></tr>
<tr><td><b>Money comes from</b></td><td>employee insurance contributions; a fixed amount for
    retirees; interest, transfers in</td>
    <td>deposits, pension and benefits, reimbursements</td></tr>
<tr><td><b>Money goes to</b></td><td>designated hospitals and pharmacies; relatives' bills
    (family mutual aid)</td><td>withdrawals, transfers, ordinary spending, payments</td></tr>
<tr><td><b>Balance shown in</b></td><td>the national medical insurance app (国家医保服务平台),
    provincial apps, pharmacy and hospital counters</td><td>ATMs, the bank's app, the bank
    counter</td></tr>
</table>
<p><b>The two never net against each other.</b> An ATM showing 0.00 speaks only of the bank
account; it says nothing about the medical account, and the other way round.</p>

<h2>The common reasons</h2>
<h3>1. You looked at the bank account</h3>
<p>ATMs, bank apps and bank counters show the card's bank account. The medical account's balance
is in the national medical insurance app, a provincial app, or at the counter of a designated
pharmacy or hospital. This is the most common reason for "my card shows 0".</p>
<h3>2. The money was spent</h3>
<p>At designated hospitals and pharmacies, the part paid from the personal account comes off the
balance. The personal-account share of a single hospital stay can empty it. The account detail or
consumption records in the medical insurance app let you check each payment.</p>
<h3>3. Contributions stopped, or the registration never reached the agency</h3>
<p>An employee's personal account is filled by contributions: your own share (about 2%) goes in;
retirees get a fixed amount. Since the 2021 outpatient reform the employer's share goes entirely
to the pooled fund, so monthly credits became smaller in many cities. Leaving a job, a flexible
worker who stopped paying, arrears, or a payment whose registration was never passed from the tax
authority to the medical insurance agency all stop the credits; a counter may say "no valid
insurance information" (无参保信息) or "insurance paused" (已暂停参保).</p>
<h3>4. Resident insurance has no personal account</h3>
<p>Urban-rural resident insurance (城乡居民医保) has no personal account: its balance is always 0,
which is normal; no money is missing. The pooled fund settles your bills directly. Resident
insurance is paid once a year: register with the medical insurance agency (or your community,
village committee or school), then pay through the tax channels (WeChat, Alipay, the tax app or a
bank counter).</p>
<h3>5. Family mutual aid: you paid for relatives</h3>
<p>The personal account can pay close relatives' bills at designated hospitals and pharmacies, and
their resident insurance premiums. What they spend is taken from your account. The "family mutual
aid" (家庭共济) page of the national medical insurance app shows who is linked, and lets you
unlink them.</p>
<h3>6. The pooled fund never passes through your account</h3>
<p>A hospital bill is split: the pooled fund (and serious-illness insurance or assistance) pays the
hospital directly and never touches your personal account; only the "personal account" part lowers
the balance; the rest is paid in cash. So "insurance paid a lot" and "my account is 0" can both be
true.</p>
<h3>7. An emergency bill paid in advance awaits reimbursement</h3>
<p>At a non-designated hospital in an emergency, or for care out of area without filing, you
usually pay everything first and claim it back later (零星/手工报销). The reimbursement normally
lands in the card's <b>bank account</b>, never in the medical account.</p>
<h3>8. You changed jobs across regions</h3>
<p>The old region's account shows 0 after the balance is transferred out; the new region shows a
transfer in. Replacing the card does not touch the medical account.</p>

<h2>Where to go and what to bring</h2>
<table border="1" cellspacing="0" cellpadding="6" width="100%">
<tr><th>Situation</th><th>Go to</th><th>Bring</th></tr>
<tr><td>First enrolment, or never registered</td><td>your community (社区/村委), school or the
    medical insurance agency; after registering, pay through the tax channels</td>
    <td>ID card</td></tr>
<tr><td>Paid, but shown as not insured, or no credits</td><td>the tax authority: was your
    registration passed on? If not, the local medical insurance (social security)
    department</td><td>ID card, payment receipt</td></tr>
<tr><td>Insurance paused or terminated</td><td>your employer's HR or the medical insurance
    agency: resume or make up the contributions</td><td>ID card</td></tr>
<tr><td>A payment looks wrong</td><td>the consumption records in the app first, then the medical
    insurance agency or the social security bureau</td><td>ID card, the card, the
    statement</td></tr>
<tr><td>A bill paid in advance, to claim back</td><td>the medical insurance agency where you are
    insured</td><td>emergency records, examination and lab reports, invoices, the itemised list of
    expenses</td></tr>
<tr><td>The bank account's balance and statement</td><td>the issuing bank's counter (it can also
    tell you the medical account balance)</td><td>ID card, the card</td></tr>
</table>
<p>Hotlines seen on public pages (hints only; local numbers and services may differ):
<b>12393</b> medical insurance, <b>12366</b> tax, <b>12333</b> human resources and social
security.</p>

<h2>How BalanceView helps</h2>
<p>Export the account detail (个人账户明细) from the national medical insurance app (or a provincial
app) and the card's statement from the bank's app, then import them into BalanceView (Ctrl+I).
It explains each balance payment by payment, and the explanation can be printed to take to the
counter. Your data stays on this computer; BalanceView never uses the network.</p>
"""


# HTML turns a line break into a space, which shows between two Chinese characters.
_CJK_BREAK = re.compile(r"(?<=[^\x00-\x7f])\n")


def why_zero(language: str) -> str:
    """The Chinese text for any Chinese locale, English for everything else."""
    return _CJK_BREAK.sub("", WHY_ZERO_ZH) if language.startswith("zh") else WHY_ZERO_EN
