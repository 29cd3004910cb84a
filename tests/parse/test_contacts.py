"""Contacts: phones, e-mail, addresses and web addresses in order; e-mail addresses found
as a scan of the whole text finds them, in time linear in the text."""
from __future__ import annotations

from pathlib import Path

from gxlint.parse import contacts as c

EDGES = [
    "", "电话：0571-12345678", "联系电话：12345678，传真：87654321", "咨询电话 (0571)8888 8888",
    "1电话2电话：3", "热线12345", "Tel: 010-12345678 tel:88", "TEL：13912345678",
    "邮箱：a.b-c@example.com。x@y", "ab@c", "@", "foo＠bar.cn", "a@b.comx@y.cn", "gov.cn@", "前文123456@qq.com",
    "通讯地址：某县某路1号；邮编：310000", "地址:北京", "邮政编码：100000", "办公地址 ： 某处",
    "网址：https://www.example.gov.cn/x?y=1 以及 www.a.cn、http://b.cn", "wwwhttp", "www.",
    "电" * 50 + "话" + "电话" * 3 + "：1234567",
    "a@b.cn_x@y.cn", "a@@b.cn", "x.@y", "电话：1电话：2 联系电话：3联系电话：", "地址：甲邮编：1地址：乙",
    "http://a.cnhttp://b.cn www.www.c.cn",
]
ROOT = Path(__file__).resolve().parents[2]
REAL = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("**/*.txt"))


def _texts():
    yield from EDGES
    for p in REAL:
        text = p.read_text(encoding="utf-8", errors="replace")
        yield text
        yield text[len(text) // 2:]          # cut anywhere, as the excerpts are


def _spans(matches):
    return [(m.start(), m.end(), m.group()) for m in matches]


def test_email_addresses_are_what_a_scan_of_the_text_finds():
    for text in _texts():
        assert _spans(c._emails(text)) == _spans(c._EMAIL.finditer(text)), text[:80]


def test_a_long_run_of_address_characters_is_read_in_linear_time():
    import time

    def took(n: int) -> float:
        text = "a" * n + "@" + "b" * n + "@"
        began = time.perf_counter()
        c.find_contacts(text)
        return time.perf_counter() - began

    small, large = min(took(20_000) for _ in range(3)), min(took(200_000) for _ in range(3))
    assert large < 30 * max(small, 1e-4)


def test_contacts_are_found_in_order():
    found = c.find_contacts("办公地址 ： 某处\n电话：0571-12345678\n邮箱：a.b-c@example.com。x@y")
    assert [(x.kind, x.value) for x in found] == [
        ("address", "某处"), ("phone", "0571-12345678"), ("email", "a.b-c@example.com"), ("email", "x@y")]


def test_a_file_of_nothing_but_labels_is_scanned_without_listing_every_offset():
    import tracemalloc

    text = "电话" * 50_000
    tracemalloc.start()
    found = c.find_contacts(text)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert found == [] and peak < 1_000_000       # a set of the 150,000 offsets: ~8 MB


def test_a_text_dense_with_labels_finds_what_a_whole_scan_finds():
    text = "联系电话：0571-8888888，" * 600 + "地址：某处；" * 1200
    assert [(x.kind, x.span) for x in c.find_contacts(text)] == \
        sorted([("phone", c.Span(m.start("v"), m.end("v"))) for m in c._PHONE_LABEL.finditer(text)] +
               [("address", c.Span(m.start(), m.end())) for m in c._ADDRESS.finditer(text)], key=lambda x: x[1].start)
