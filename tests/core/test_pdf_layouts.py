"""PDF statements laid out as three banks print them read back row for row, with page and
row, and with what is not a transaction (page numbers, repeated headers, totals) set aside."""

from __future__ import annotations

import pytest

from balanceview.core.statements.pdf import read_pdf
from tests.core.pdf_statements import Layout, Printed, print_statement

# 中国银行交易流水明细清单 (BOC debit card, printed from the app): a ruled grid of twelve
# columns on landscape pages. Modelled on jiegec/china_bean_importers boc_debit_card (a PDF
# table importer whose header's first cell is 记账日期; 交易区间 and 客户姓名 above it) and on
# the rows of deb-sig/double-entry-generator's example-boc-records.csv, converted from one.
BOC = Layout(
    widths=[62, 50, 36, 56, 56, 62, 70, 70, 90, 62, 80, 68],
    header=[["记账日期", "记账时间", "币别", "金额", "余额", "交易名称", "渠道", "网点名称",
             "附言", "对方账户名", "对方卡号/账号", "对方开户行"]],
    titles=["中国银行交易流水明细清单", "客户姓名：张三    借记卡号：6217850000123453167",
            "交易区间：2025-08-01 至 2025-08-22"],
    rules="grid", landscape=True, rows_per_page=12)
BOC_ROWS = [
    ["2025-08-22", "17:57:17", "人民币", "-71.89", "3,240.28", "无卡支付", "卡组织线上/无卡交易",
     "-------------------", "----------", "张三", "6226******5669", "-------------------"],
    ["2025-08-12", "16:49:29", "人民币", "-2,600.00", "3,973.11", "跨行转账", "手机银行",
     "-------------------", "张三17670961139美金数据有限公司", "上海十企业管理顾问有限公司",
     "3101******6787", "浙江泰隆商业银行"],
    ["2025-08-05", "16:00:44", "人民币", "5,771.00", "6,618.09", "工资", "柜台",
     "中国银行上海市十厦支行", "----------", "美金数据有限公司", "4520******1924",
     "中国银行上海市十厦支行"],
    ["2025-08-01", "08:57:00", "人民币", "1,000.00", "3,813.58", "银联入账", "卡组织线上/无卡交易",
     "-------------------", "转账", "张三", "6222******0258", "-------------------"],
]

# 招商银行交易流水 (CMB 一卡通, emailed from the app): no lines at all, a Chinese header over
# an English one whose "Transaction Amount" wraps, and the counterparty wrapped around the
# middle of its row, so its first line stands above the row's other cells. Modelled on the
# layout the public CMB importers read (jiegec/china_bean_importers cmb_debit_card: column
# offsets, ends at 合并统计; a Firefly III CMB importer that reads pdftotext's output and
# finds a wrapped counterparty's first line above its row).
CMB = Layout(
    widths=[70, 44, 66, 66, 84, 130, 70],
    header=[["记账日期", "货币", "交易金额", "联机余额", "交易摘要", "对手信息", "客户摘要"],
            ["Date", "Currency", "Transaction Amount", "Balance", "Transaction Type",
             "Counter Party", "Customer Type"]],
    titles=["招商银行交易流水", "Transaction Statement of China Merchants Bank",
            "户名：张三    账号：6214830123456789", "2024-01-01 -- 2024-03-31"],
    rules="none", middle=True, page_number="{page}/{pages}", rows_per_page=25,
    after=["合并统计", "温馨提示：本流水仅供参考，以我行系统记录为准。"])
CMB_ROWS = [
    ["2024-01-01", "CNY", "1,234.00", "1,271.66", "代发住房公积金", "北京住房公积金管理中心1111111111",
     "01月01日约定提取"],
    ["2024-01-01", "CNY", "-1,000.00", "271.66", "转账汇款", "张三 66666666666666", "转账"],
    ["2024-01-20", "CNY", "-1,000.00", "123.45", "银联ATM取款", "", "银联 ATM 取款，中国银行"],
    ["2024-01-23", "CNY", "-10.14", "113.31", "快捷支付", "抖音电商商家888888888", "抖音支付-抖音电商商家"],
    ["2024-01-27", "CNY", "-3.00", "110.31", "一网通支付", "国网电力有限公司99999999999999", "供电"],
]

# ICBC 明细 over three pages: the bank's name on top of each page, the header repeated, a
# line over and under it, 本页合计 under each page's rows and 第 1 页 共 3 页 at the foot.
# Modelled on deb-sig/double-entry-generator's example-icbc-debit-v2-records.csv (income and
# expense columns, 人民币合计 at the end, newest first).
ICBC = Layout(
    widths=[62, 70, 100, 56, 56, 62, 90],
    header=[["交易日期", "摘要", "交易场所", "收入", "支出", "余额", "对方户名"]],
    page_header=["中国工商银行"], titles=["卡号: 6222020200112233445    子账户类别: 活期"],
    rules="frame", rows_per_page=8, page_totals=True, after=["人民币合计"])


def icbc_rows() -> list[list[str]]:
    places = ["广东三元麦当劳食品有限公司", "手机银行", "财付通-微信红包", "支付宝"]
    rows = []
    for day in range(20, 0, -1):
        income = day % 4 == 0
        rows.append([f"2023-05-{day:02d}", "工资" if income else "消费", places[day % 4],
                     "1,234.56" if income else "", "" if income else f"{day}.40",
                     f"{9000 + day * 10:,}.00", "深圳市财付通支付科技有限公司" if day % 3 else "李四"])
    return rows


def read_back(printed: Printed) -> tuple[list[tuple[int, int, list[str]]], list]:
    table = read_pdf(printed.data, "流水.pdf")
    return [(r.page, r.row, r.cells) for r in table.records], table.skipped


@pytest.mark.parametrize(("layout", "rows"), [(BOC, BOC_ROWS), (CMB, CMB_ROWS), (ICBC, icbc_rows())],
                         ids=["boc-ruled", "cmb-unruled", "icbc-three-pages"])
def test_each_row_reads_back_with_its_page_and_row(layout: Layout, rows: list[list[str]]) -> None:
    printed = print_statement(layout, rows)
    records, skipped = read_back(printed)
    assert records == printed.records
    assert skipped == printed.skipped


def test_a_wrapped_cell_reads_as_one_cell_in_a_ruled_table() -> None:
    records, _ = read_back(print_statement(BOC, BOC_ROWS))
    transfer = next(r for r in records if r[2][0] == "2025-08-12")
    assert transfer[2][8:10] == ["张三17670961139美金数据有限公司", "上海十企业管理顾问有限公司"]
    assert (transfer[0], transfer[1]) == (1, 3)  # the header is row 1


def test_a_counterparty_wrapped_around_its_row_joins_that_row() -> None:
    records, _ = read_back(print_statement(CMB, CMB_ROWS))
    data = [cells for _, row, cells in records if row > 2]
    assert [row[5] for row in data] == [row[5] for row in CMB_ROWS]
    assert records[5][2] == CMB.header[1]  # the English header stays a record of its own


def test_the_title_lines_come_first_as_records_for_the_card_and_period() -> None:
    records, _ = read_back(print_statement(CMB, CMB_ROWS))
    titles = [cells for page, row, cells in records if row == 0]
    assert titles[2] == ["户名：张三", "账号：6214830123456789"]
    assert records[4][2][:3] == ["记账日期", "货币", "交易金额"]


def test_three_pages_give_the_header_once_and_no_totals_or_page_numbers() -> None:
    rows = icbc_rows()
    records, skipped = read_back(print_statement(ICBC, rows))
    data = [cells for _, row, cells in records if row > 1]
    assert data == rows
    assert sum(1 for _, _, cells in records if cells[0] == "交易日期") == 1
    reasons = {reason for _, _, reason in skipped}
    assert reasons == {"page header", "repeated header", "totals line", "page number"}
    assert [(p, r) for p, r, why in skipped if why == "repeated header"] == [(2, 1), (3, 1)]
