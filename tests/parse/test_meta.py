import pytest

from gxlint.parse import parse
from gxlint.parse.meta import organ_kind
from gxlint.regimes import regime_for
from gxlint.text import Text


@pytest.mark.parametrize("organ, kind", [
    ("孟津县人民政府办公室", "government"), ("沙县高桥镇人民政府", "government"), ("塔城地区", "government"),
    ("蓬莱市统计局", "department"), ("上海市人民政府参事室", "department"),
    ("湛江市人民政府地方志办公室", "department"), (None, "unknown"),
])
def test_organ_kind(organ, kind):
    assert organ_kind(organ) == kind


@pytest.mark.parametrize("year, regime", [(2007, None), (2008, "reg-2007"), (2018, "reg-2007"),
                                          (2019, "format-2019"), (2020, "format-2019"), (2021, "format-2021")])
def test_regime(year, regime):
    assert regime_for(year) == regime


def test_year_from_title_then_period_then_text():
    assert parse("t", Text.from_decoded("苍南县人民政府2013年政府信息公开工作报告\n正文2014年。\n")).year == 2013
    r = parse("t", Text.from_decoded("本报告统计期限为2016年1月1日至2016年12月31日。\n2017年工作打算。\n"))
    assert (r.year, r.year_source) == (2016, "period")
    r = parse("t", Text.from_decoded("2016年，我市推进公开。2016年全年。2017年计划。\n"))
    assert (r.year, r.year_source) == (2016, "text")


def test_title_glued_to_the_text():
    r = parse("t", Text.from_decoded("2024年丽水市政府信息公开工作年度报告根据《条例》编制。\n"))
    assert r.title == "2024年丽水市政府信息公开工作年度报告" and r.year == 2024


@pytest.mark.parametrize("line", ["现将我县2016年度政府信息公开工作报告如下:", "特将本局2016年政府信息公开工作年度报告公布如下。",
                                  "我局2016年政府信息公开工作年度报告如下："])
def test_the_sentence_announcing_the_report_is_not_its_title(line):
    # A PDF line break can put it at the start of a line, where a title would be.
    assert parse("t", Text.from_decoded("本报告依据《条例》编制。\n" + line + "\n一、概述\n")).title is None


@pytest.mark.parametrize("organ, township", [
    ("沙县高桥镇人民政府", True), ("某乡人民政府", True), ("某街道办事处", True),
    ("孟津县人民政府", False), ("蓬莱市统计局", False), (None, False)])
def test_township(organ, township):
    from gxlint.parse.meta import is_township
    assert is_township(organ) is township


def _title(text: str):
    r = parse("t", Text.from_decoded(text))
    return r.title, (r.text.plain[r.title_span.start:r.title_span.end] if r.title_span else None), r.organ


@pytest.mark.parametrize("text, title, organ", [
    # As a PDF sets a title over two lines: the organ above the rest, or the last words below.
    ("某市某区人民政府\n2024 年政府信息公开工作年度报告\n本报告由区政府办公室编制。\n",
     "某市某区人民政府2024 年政府信息公开工作年度报告", "某市某区人民政府"),
    ("正文\n2024 年某市科委政府信息公开工作\n年度报告\n根据《条例》要求编制。\n",
     "2024 年某市科委政府信息公开工作年度报告", "某市科委"),
    # A page's first words above a whole title are not its organ.
    ("正文\n某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n",
     "某县人民政府2024年政府信息公开工作年度报告", "某县人民政府"),
    # A sentence naming the report: its lead-in words are not the organ's.
    ("根据《条例》要求,特编制某市人民政府地方志办公室2023年政府信息公开工作年度报告。本报告包括六部分。\n",
     "某市人民政府地方志办公室2023年政府信息公开工作年度报告", "某市人民政府地方志办公室"),
    ("根据《条例》规定,现公布区统计局2023年政府信息公开工作年度报告。\n", "区统计局2023年政府信息公开工作年度报告", "区统计局"),
    # The organ set apart by a space; the report called by a shorter name.
    ("某县工商质监局 2017年信息公开年度报告\n本报告是根据《条例》编制。\n", "某县工商质监局2017年信息公开年度报告", "某县工商质监局"),
    ("某县人民医院2017年政务信息公开报告\n一、主动公开情况\n", "某县人民医院2017年政务信息公开报告", "某县人民医院"),
    # A title typed or set with spaces between its words.
    ("河西县人民政府 2021年政府信息 公开工作 年度报告\n本报告依据《条例》编制。\n",
     "河西县人民政府2021年政府信息公开工作年度报告", "河西县人民政府"),
    ("河 西 县 人 民 政 府 2021 年 政 府 信 息 公 开 工 作 年 度 报 告\n正文。\n",
     "河西县人民政府2021年政府信息公开工作年度报告", "河西县人民政府"),
    # The year without 年; a longer run of digits is no year.
    ("某县电商中心2017政府信息公开工作年度报告\n一、主动公开情况\n", "某县电商中心2017政府信息公开工作年度报告", "某县电商中心"),
    ("某县统计局22017政府信息公开工作年度报告\n一、主动公开情况\n", None, None),
])
def test_titles_as_copies_set_them(text, title, organ):
    found, span_text, found_organ = _title(text)
    assert (found, found_organ) == (title, organ)
    if title:
        assert span_text.replace("\n", "").replace(" ", "") == title.replace(" ", "")


def test_the_title_says_whose_report_it_is():
    # An office compiles and signs its government's report: the government's, by its title.
    r = parse("t", Text.from_decoded("某县人民政府2020年政府信息公开工作年度报告\n正文。\n某县人民政府办公室\n2021年1月20日\n"))
    assert (r.organ, r.organ_kind) == ("某县人民政府办公室", "government")
    # A report whose title names the office is the office's own: a department's.
    r = parse("t", Text.from_decoded("某市人民政府办公室2020年政府信息公开工作年度报告\n正文。\n"))
    assert (r.organ, r.organ_kind) == ("某市人民政府办公室", "department")
