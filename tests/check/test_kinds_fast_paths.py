"""Fast paths in the check kinds must answer exactly as the general code would."""
import regex

from gxlint.check.kinds import invalid_cell
from gxlint.check.kinds.required_rows import _first
from gxlint.check.regexes import literal as _literal
from gxlint.check.packs import all_rules

KEYS = ["本年新收", "上年结转", "予以公开", "不予公开", "不予公开.1", "不予公开x2", "其他处理.3", "总计", "a|b", "a\\b"]


def test_required_rows_patterns_find_the_row_a_regex_would():
    patterns = [p for r in all_rules() if r.kind == "required_rows" for t in r.params["tables"] for p in t["rows"]]
    patterns += ["不予公开\\.2", "a\\|b", "a\\\\b", "不予公开.2", "(?:行政)?规范性文件", "总计$"]
    assert any(_literal(p) is not None for p in patterns) and any(_literal(p) is None for p in patterns)
    for p in patterns:
        expected = next((i for i, k in enumerate(KEYS) if regex.fullmatch(p, k)), None)
        assert _first(KEYS, p) == expected, p


def test_invalid_cell_passes_over_exactly_the_cells_that_open_with_neither_digit_nor_minus():
    import sys

    opens = regex.compile(r"[-−－\d]")
    for c in map(chr, range(sys.maxunicode + 1)):
        assert invalid_cell._numeric_start(c) == (opens.match(c) is not None), hex(ord(c))


def test_section_patterns_are_found_where_a_regex_search_finds_them():
    from gxlint.check.regexes import found

    patterns = [p for r in all_rules() if r.kind == "required_sections" for item in r.params["items"]
                for p in item["aliases"] + item.get("exclude", []) + item.get("content", [])]
    titles = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况",
              "五、存在的主要问题及改进情况", "六、其他需要报告的事项", "未收到行政复议申请", "(一)概述", "a.b|c"]
    assert any(_literal(p) is not None for p in patterns)
    for p in patterns + ["a\\.b", "a.b", "b\\|c"]:
        for title in titles:
            assert found(p, title) == bool(regex.search(p, title)), (p, title)


def test_fingerprint_squeezes_white_space_as_the_regex_does():
    import sys

    from gxlint.check.fingerprint import _SPACE, _squeeze

    spaces = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace() or _SPACE.fullmatch(chr(c))]
    samples = [" 总计 |\u3000 12\t\n", "", "\u3000", "a\x1cb \x1f", "本年新收" + "".join(spaces) + "上年结转"]
    samples += [f"x{s}y{s}{s}" for s in spaces]
    for text in samples:
        assert _squeeze(text) == _SPACE.sub(" ", text).strip(), repr(text)


def test_fingerprint_is_the_hash_of_the_sorted_values_as_str_writes_them():
    import hashlib

    from gxlint.check.fingerprint import fingerprint

    args = {"total": "12件", "lhs": 12.0, "n": 3, "ok": True, "line": 9, "column": 2,
            "cells": ["not", "hashed"], "diff": 0.1 + 0.2, "row": "（三）不予公开"}
    kept = sorted((k, str(v)) for k, v in args.items()
                  if k not in ("line", "column") and isinstance(v, (str, int, float)))
    text = "\x1f".join(["GX404", "default", "总计 12"] + [f"{k}={v}" for k, v in kept])
    assert fingerprint("GX404", "default", " 总计\n 12 ", args) == hashlib.sha256(text.encode()).hexdigest()[:32]
    # Baselines written before keep matching: the value for this input is fixed.
    assert fingerprint("GX101", "default", "一、总体情况", {"part": "总体情况"}) == \
        hashlib.sha256("GX101\x1fdefault\x1f一、总体情况\x1fpart=总体情况".encode()).hexdigest()[:32]


def test_a_template_without_placeholders_is_taken_as_format_map_would_give_it():
    from gxlint.check.engine import _Args, fill

    for template in ["无占位符", "a}}b", "{{字面}}", "值{n}与{missing}", "{n:>3}", ""]:
        assert fill(template, {"n": 7}) == template.format_map(_Args({"n": 7})), template


def test_duplicated_paragraphs_are_the_ones_whose_keys_match():
    """Only paragraphs that share their counts of common characters with another are
    stripped of their noise; the findings are those of comparing every key."""
    import random

    from gxlint.check.kinds import duplicated_paragraph as dp
    from gxlint.lint import build_report, Options
    from gxlint.read import Source

    def reference(report, min_chars=30):
        first, out = {}, []
        for p in report.paragraphs:
            key = dp._NOISE.sub("", p.text)
            if len(p.text) < min_chars or len(key) < min_chars:
                continue
            if key in first:
                out.append((p.span, first[key].span))
            else:
                first[key] = p
        return out

    rule = next(r for r in all_rules() if r.kind == "duplicated_paragraph")
    pieces = ["加强政府信息公开工作", "，", "。", " ", "完善制度", "的", "公开", "信息", "2021年", "“", "”", "政务公开"]
    rng, total = random.Random(5), 0
    for _ in range(60):
        base = ["".join(rng.choice(pieces) for _ in range(rng.randint(6, 14))) for _ in range(6)]
        paragraphs = [rng.choice(base) + rng.choice(["", "。", "，", " "]) for _ in range(10)]
        report = build_report(Source("x", "\n".join(paragraphs)), Options())
        found = [(f.span, f.related[0][0]) for f in dp.check(report, rule)]
        assert found == reference(report)
        total += len(found)
    assert total > 20


def test_patterns_on_the_standard_engine_hold_nothing_the_engines_read_differently():
    """Some patterns of literal characters run on `re` (cheaper a call); \\s, \\d, \\w,
    \\b and \\p mean slightly different things there, so none of them may appear."""
    import importlib
    import pkgutil
    import re

    import gxlint

    found = []
    for info in pkgutil.walk_packages(gxlint.__path__, "gxlint."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        found += [(info.name, name, v.pattern) for name, v in vars(module).items() if isinstance(v, re.Pattern)]
    assert len(found) >= 8
    for where, name, pattern in found:
        assert not regex.search(r"\\[sSdDwWbBp]", pattern), (where, name)


def test_invalid_cell_skips_only_lines_without_a_cell_its_patterns_match():
    import random
    import sys

    from gxlint.parse.grid import split_cells

    # The skip reads white space as str.split does (digits as matching.maybe_digit does,
    # tests/test_matching.py): it must hold every character the patterns' \s matches.
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    for c in regex.findall(r"\s", every):
        assert len(f"a{c}b".split()) == 2, hex(ord(c))
    parts = ["1", "23", "０", "٣", "\U00010d40", ".", "．", "-", "−", "－", " ", "\u3000", "\xa0", "\x85", "本年", "1.属于",
             "（一）", "%", "|", "|", " | ", " | ", "\t", "万元"]
    rng, flagged = random.Random(7), 0
    for _ in range(20000):
        line = "".join(rng.choice(parts) for _ in range(rng.randint(1, 12)))
        cells = [c.strip() for c in split_cells(line)]
        hit = any(p.match(c) for c in cells for p in (invalid_cell._SPLIT_DIGITS, invalid_cell._NEGATIVE,
                                                      invalid_cell._FRACTION))
        flagged += hit
        if hit:
            assert invalid_cell._may_flag(line), repr(line)
    assert flagged > 300
