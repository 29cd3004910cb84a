import datetime as dt

import pytest

from gxlint.parse.dates import classify_dates, find_dates, find_periods
from gxlint.parse.numerals import cn_digits, cn_int


@pytest.mark.parametrize("text, start, end", [
    ("统计期限自2013年1月1日起至2013年12月31日止。", (2013, 1, 1), (2013, 12, 31)),
    ("统计期限为2022年1月1日至12月31日。", (2022, 1, 1), (2022, 12, 31)),
    ("统计期限从2017年1月1日起至2017年12月1日止。", (2017, 1, 1), (2017, 12, 1)),
    ("统计期限自202011日起,至20201231日止。", (2020, 1, 1), (2020, 12, 31)),
    ("统计时间为2020年1月1日至2020年12月31日。", (2020, 1, 1), (2020, 12, 31)),
    ("数据统计期限为2023年1月1日起至2023年12月31日止。", (2023, 1, 1), (2023, 12, 31)),
    ("统计期限自 2010 年 1 月 1 日起至2010  年 12 月 31 日止。", (2010, 1, 1), (2010, 12, 31)),
    ("统计期限为二〇一六年一月一日至二〇一六年十二月三十一日。", (2016, 1, 1), (2016, 12, 31)),
    # Broken over two lines, the range going on on the next.
    ("统计期限为2024年1月1日\n至2024年12月31日。", (2024, 1, 1), (2024, 12, 31)),
    ("统计期限自 2024 年 1 月 1 日\n起至 2024 年 12 月 31 日止。", (2024, 1, 1), (2024, 12, 31)),
])
def test_period_variants(text, start, end):
    (p,) = find_periods(text)
    assert (p.start, p.end) == (dt.date(*start), dt.date(*end))


def test_period_end_only():
    (p,) = find_periods("本报告统计数据截止日期为2017年12月31日。")
    assert p.start is None and p.end == dt.date(2017, 12, 31)


@pytest.mark.parametrize("text, date", [
    ("二〇一四年三月三日", (2014, 3, 3)),
    ("二O一一年5月16日", (2011, 5, 16)),
    ("2019-01-22", (2019, 1, 22)),
    ("2017年2月14日", (2017, 2, 14)),
])
def test_date_forms(text, date):
    assert find_dates(text)[0][0] == dt.date(*date)


def test_signature_and_published():
    text = "发布时间:2019-01-22 09:14\n2018年10月13日，召开会议。\n沙县高桥镇人民政府\n2019年1月10日\n"
    kinds = [(d.date.isoformat(), d.kind) for d in classify_dates(text, find_dates(text))]
    assert kinds == [("2019-01-22", "published"), ("2018-10-13", "text"), ("2019-01-10", "signature")]


def test_numerals():
    assert [cn_int(x) for x in ("一", "十", "十二", "二十", "二十三", "㈢")] == [1, 10, 12, 20, 23, 3]
    assert cn_digits("二〇一四") == 2014 and cn_digits("二O一一") == 2011


def test_a_period_ends_at_a_line_break_that_does_not_go_on_with_its_range():
    assert find_periods("统计期限为2024年1月1日\n2024年12月31日\n") == []


def test_a_date_of_the_statistics_period_is_no_signature():
    from gxlint.parse import parse
    from gxlint.text import Text

    r = parse("t", Text.from_decoded("某县人民政府2024年政府信息公开工作年度报告\n"
                                     "本报告所列数据统计期限为 2024年1月1日\n至2024年12月31日。\n"))
    assert [(d.date.isoformat(), d.kind) for d in r.dates] == [("2024-01-01", "text"), ("2024-12-31", "text")]
