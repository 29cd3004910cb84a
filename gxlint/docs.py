"""docs/rules.md, written from the packs (`gxlint rules --format markdown`), so the page
a rule's `url` points at says what the pack says. Each rule's examples are linted
while the page is written: the findings shown are real output."""
from __future__ import annotations

from .catalogue import anchor
from .i18n import t

HEADER = """\
# gxlint 规则 · Rules

<!-- 由 `gxlint rules --format markdown > docs/rules.md` 从 rules/ 下的规则包生成，请勿手工编辑；
     tests/test_docs.py 检查二者一致。 Generated from the packs; do not edit by hand. -->

每条规则有固定的代码和名称，二者在 `--select`、`--ignore`、配置文件中通用。严重程度为默认值，
可在配置文件的 `severity` 或地方规则包中调整。
Each rule has a fixed code and name, both accepted by `--select`, `--ignore` and the
configuration. Severities are defaults; `severity` in the configuration or a local pack changes them.

"""


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _both(rule, field: str) -> list[str]:
    zh, en = rule.text(field, "zh"), rule.text(field, "en")
    return [x for x in (zh, en if en != zh else "") if x]


def _index(rules, regimes_of) -> list[str]:
    lines = ["| 代码 code | 名称 name | 严重程度 severity | 适用 regimes | 说明 |", "|---|---|---|---|---|"]
    for r in rules:
        lines.append(f"| [{r.code}](#{anchor(r.code, r.name)}) | {r.name} | {r.severity} | "
                     f"{', '.join(regimes_of[r.code])} | {_cell(r.text('description', 'zh'))} |")
    return lines


def _example(rule, regimes, which: str) -> list[str]:
    from .explain import run_example

    label = {"fail": "不合格示例 · failing example", "pass": "合格示例 · passing example"}[which]
    text = rule.examples[which].rstrip("\n")
    out = [f"**{label}**", "", "```text", text, "```", ""]
    if rule.cross_report:       # needs a submission of reports; tests/audit plants real cases
        return out
    found = run_example(rule, regimes, rule.examples[which], "zh")
    out.append("检查结果 · findings:" + ("" if found else " —"))
    out += [f"- `{d.line}:{d.column}` {d.rule} {d.message}" for d in found]
    return out + [""]


def _definition(rule, regimes) -> list[str]:
    out = [f"**{' · '.join(_both(rule, 'title'))}**", ""] if rule.title else []
    out += [line for text in _both(rule, "description") for line in (text, "")]
    out.append(f"- 严重程度 · severity: `{rule.severity}`")
    out.append(f"- 适用 · regimes: {', '.join(regimes)}")
    out.append(f"- 检查类型 · kind: `{rule.kind}`")
    out.append(f"- 依据 · legal basis: {' / '.join(_both(rule, 'cite'))}")
    if rule.hint:
        out.append(f"- 建议 · hint: {' / '.join(_both(rule, 'hint'))}")
    if rule.cross_report:
        out += ["", t("explain.cross_report", "zh"), t("explain.cross_report", "en")]
    out.append("")
    return out + _example(rule, regimes, "fail") + _example(rule, regimes, "pass")


def markdown() -> str:
    from .check.packs import all_rules, definitions

    rules = all_rules()
    variants_of = {r.code: definitions(r.code) or [(r.regimes, r)] for r in rules}
    regimes_of = {code: [x for regimes, _ in v for x in regimes] for code, v in variants_of.items()}
    lines = HEADER.splitlines() + _index(rules, regimes_of) + [""]
    for rule in rules:
        lines += [f"## {rule.code} {rule.name}", ""]
        variants = variants_of[rule.code]
        for regimes, variant in variants:
            if len(variants) > 1:
                lines += [f"### {rule.code} · {', '.join(regimes)}", ""]
            lines += _definition(variant, regimes)
    return "\n".join(lines).rstrip("\n") + "\n"
