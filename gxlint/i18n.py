"""User-facing strings of the command line (rule messages live in the packs)."""
from __future__ import annotations

CATALOGUE: dict[str, dict[str, str]] = {
    "read.missing": {"zh": "文件不存在", "en": "no such file"},
    "read.oserror": {"zh": "无法读取文件：{reason}", "en": "cannot read the file: {reason}"},
    "read.too_large": {"zh": "文件超过 {limit} MB，不予读取", "en": "the file is larger than {limit} MB"},
    "read.empty": {"zh": "文件为空", "en": "the file is empty"},
    "read.binary": {"zh": "不是文本文件（二进制内容）", "en": "not a text file (binary content)"},
    "read.undecodable": {"zh": "无法识别文本编码（支持 UTF-8、UTF-16、GB18030/GBK、Big5）",
                         "en": "cannot recognise the text encoding (UTF-8, UTF-16, GB18030/GBK, Big5 are supported)"},
    "severity.error": {"zh": "错误", "en": "error"},
    "severity.warning": {"zh": "警告", "en": "warning"},
    "severity.info": {"zh": "提示", "en": "info"},
    "label.section": {"zh": "位置", "en": "section"},
    "label.cite": {"zh": "依据", "en": "basis"},
    "label.related": {"zh": "相关", "en": "see"},
    "label.hint": {"zh": "建议", "en": "hint"},
    "error.internal": {"zh": "检查时出现内部错误（{reason}），请报告此问题", "en": "internal error while checking ({reason}); please report it"},
    "error.file": {"zh": "无法检查：", "en": "cannot lint:"},
    "summary": {"zh": "共检查 {files} 个文件：错误 {error} 个，警告 {warning} 个，提示 {info} 个",
                "en": "{files} files checked: {error} errors, {warning} warnings, {info} infos"},
    "summary.unreadable": {"zh": "；{n} 个文件无法读取", "en": "; {n} files could not be read"},
    "cli.no_paths": {"zh": "请指定要检查的文件或目录（- 表示标准输入）", "en": "name the files or folders to lint (- for standard input)"},
    "cli.no_files": {"zh": "在指定路径中没有找到报告文件（.txt、.md）", "en": "no report files (.txt, .md) found in the given paths"},
    "cli.unknown_rule": {"zh": "未知规则：{rule}", "en": "unknown rule: {rule}"},
    "cli.bad_selector": {"zh": "--select/--ignore 中的“{sel}”不匹配任何规则", "en": "“{sel}” in --select/--ignore matches no rule"},
    "explain.severity": {"zh": "严重程度", "en": "severity"},
    "explain.regimes": {"zh": "适用", "en": "regimes"},
    "explain.kind": {"zh": "检查类型", "en": "check kind"},
    "explain.cite": {"zh": "依据", "en": "legal basis"},
    "explain.fail": {"zh": "不合格示例", "en": "failing example"},
    "explain.pass": {"zh": "合格示例", "en": "passing example"},
    "explain.fail_output": {"zh": "检查结果", "en": "findings"},
    "rules.header": {"zh": "代码|名称|严重程度|适用|说明", "en": "code|name|severity|regimes|description"},
}


def t(key: str, lang: str = "zh", **kw: object) -> str:
    entry = CATALOGUE.get(key, {})
    text = entry.get(lang) or entry.get("zh") or key
    return text.format(**kw) if kw else text
