"""Every pattern tried only at its anchors finds exactly what a scan of the whole text
finds: on edge cases, on real reports (whole and cut anywhere, as excerpts are) and on
text made of the anchors' own characters."""
from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from gxlint import anchors
from gxlint.check.kinds import e_version
from gxlint.parse import contacts, dates, stats_table, tables

SCANS = {
    "phone": (contacts._PHONE_LABEL, contacts._PHONE_ANCHORS),
    "address": (contacts._ADDRESS, contacts._ADDRESS_ANCHORS),
    "url": (contacts._URL, contacts._URL_ANCHORS),
    "e-version": (e_version._E_VERSION, e_version._E_VERSION_ANCHORS),
    "period": (dates._PERIOD_TRIGGER, dates._PERIOD_ANCHORS),
    "caption": (tables._CAPTION, tables._CAPTION_ANCHORS),
    "stat-table": (stats_table._ANCHOR, stats_table._ANCHOR_ANCHORS),
}
EDGES = [
    "", "电话：0571-12345678", "联系电话：12345678，传真：87654321", "咨询电话 (0571)8888 8888",
    "1电话2电话：3", "热线12345", "Tel: 010-12345678 tel:88", "TEL：13912345678",
    "通讯地址：某县某路1号；邮编：310000", "地址:北京", "邮政编码：100000", "办公地址 ： 某处",
    "网址：https://www.example.gov.cn/x?y=1 以及 www.a.cn、http://b.cn", "wwwhttp", "www.",
    "电" * 50 + "话" + "电话" * 3 + "：1234567", "电话：1电话：2 联系电话：3联系电话：", "地址：甲邮编：1地址：乙",
    "http://a.cnhttp://b.cn www.www.c.cn",
    "本报告电子版可在本机关门户网站下载", "可登录网站查阅。下载请到www", "查阅网址。网上浏览平台栏目专栏公开",
    "统计数据从2020年1月1日起", "数据统计截止日期为12月31日", "所列数据涵盖全年", "统计统计期限统计",
    "详见附表", "见附表1", "附表", "附件一：", "附件", "统计表\n附件2", "附件：\n", "详见详见附表",
    "统计指标名称", "指标名称 | 2020", "统计表统计指标",
    "统计" * 1200 + "统计期限",          # past the tries where the engine's own scan takes over
]
ROOT = Path(__file__).resolve().parents[1]
REAL = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("**/*.txt"))


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def _texts():
    yield from EDGES
    for p in REAL:
        text = p.read_text(encoding="utf-8", errors="replace")
        yield text
        yield text[len(text) // 2:]


@pytest.mark.parametrize("name", SCANS)
def test_anchored_scan_finds_what_a_whole_scan_finds(name):
    rx, at = SCANS[name]
    for text in _texts():
        assert _spans(anchors.finditer(rx, text, at)) == _spans(rx.finditer(text)), text[:80]


# Text made of the anchors' characters and the patterns' neighbours, so matches abound,
# overlap and sit right after one another.
_PIECES = sorted({lit for _, at in SCANS.values() for lit, _ in at} |
                 {"详", "见", "：", ":", "1", "一", "\n", " ", "。", "0571-8888888", "甲", "年", "期限", "下载", "名称"})


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
def test_anchored_scan_on_generated_text(text):
    for rx, at in SCANS.values():
        assert _spans(anchors.finditer(rx, text, at)) == _spans(rx.finditer(text))


def test_starts_are_ascending_and_unique():
    text = "见附表附表详见附表"
    got = list(anchors.starts(text, (("附表", 2), ("见", 0))))
    assert got == sorted(set(got)) == [0, 1, 2, 3, 5, 6, 7]      # 4 is in no window
