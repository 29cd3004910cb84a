"""The command line's help in Chinese: shown when --lang zh is given, or when the locale
is Chinese and --lang en is not. Click's help texts are written in English beside the
options; this table gives each its Chinese, looked up by the English text."""
from __future__ import annotations

import os

import click

ZH = {
    "Lint government information-disclosure annual reports.": "政府信息公开工作年度报告合规检查。",
    "Show the version of gxlint and of its rule packs, and exit.": "显示 gxlint 及各规则包的版本后退出。",
    "Show this message and exit.": "显示本帮助后退出。",
    "Lint report files and folders (- reads standard input).": "检查报告文件和目录（- 表示标准输入）。",
    "Output on stdout (default: text; github when GITHUB_ACTIONS=true).":
        "标准输出的格式（默认 text；在 GitHub Actions 中为 github）。",
    "Also write FORMAT to FILE (repeatable), e.g. -o sarif:gxlint.sarif -o jsonl:out.jsonl.":
        "另将 FORMAT 格式写入 FILE（可重复），如 -o sarif:gxlint.sarif -o jsonl:out.jsonl。",
    "Only these rules: codes, prefixes (GX3) or names; comma-separated.":
        "只用这些规则：代码、前缀（GX3）或名称，逗号分隔。",
    "Skip these rules: codes, prefixes or names; comma-separated.": "不用这些规则：代码、前缀或名称，逗号分隔。",
    "Write the --format output to this file instead of standard output.":
        "把 --format 的输出写入此文件，而不是标准输出。",
    "Fail (exit 1) on any finding, not only errors.": "有任何问题即失败（退出码 1），不只是错误。",
    "Exit 0 even with findings (still 2 when a file could not be checked).":
        "即使有问题也以 0 退出（文件无法检查时仍为 2）。",
    "Print the findings only, without the summary line.": "只输出问题，不输出汇总行。",
    "Progress bar on standard error (default: on a terminal, when the findings go elsewhere and the run takes a "
    "few seconds).": "在标准错误上显示进度条（默认：终端上、问题输出到别处且运行超过几秒时）。",
    "Print the findings' counts by rule and severity (instead of them).":
        "按规则和严重程度输出问题数量（代替问题本身）。",
    "Use this configuration for every file instead of the one found upward.": "所有文件都用此配置文件，不向上查找。",
    "Ignore every configuration file.": "不使用任何配置文件。",
    "Hide the findings recorded in this file.": "隐藏此基线文件中记录的问题。",
    "Record the current findings in the baseline file and exit 0.": "把当前问题记入基线文件，以 0 退出。",
    "Lint files plainly not annual reports too (skipped by default).": "显然不是年度报告的文件也检查（默认跳过）。",
    "The name standard input (-) is shown and configured by (editors pass it).":
        "标准输入（-）显示和查找配置所用的文件名（编辑器传入）。",
    "Apply exclude and .gitignore to files named on the command line too (for pre-commit).":
        "命令行上直接指定的文件也按 exclude 和 .gitignore 排除（供 pre-commit 使用）。",
    "Worker processes (default: all cores from 16 files on, else 1).":
        "并行进程数（默认：16 个文件起用全部核心，否则 1）。",
    "Seconds one file may take; a file past it is reported as not checked (0: no limit).":
        "单个文件最多用时（秒），超时的文件报告为未检查（0：不限）。",
    "Megabytes of memory one worker may use; a file past it is reported as not checked (0: no limit).":
        "单个进程最多使用的内存（MB），超出的文件报告为未检查（0：不限）。",
    "Override the regime chosen from the report year.": "指定适用的制度，不按报告年度选择。",
    "Override the report year.": "指定报告年度。",
    "Language of messages (default: the configuration's, else zh).": "消息语言（默认取配置，否则为 zh）。",
    "Force or disable colour (default: on a terminal).": "强制或关闭颜色（默认：终端上有颜色）。",
    "List every rule, each regime's variant and the local packs' rules included.":
        "列出全部规则，含各制度下的变体和本地规则包的规则。",
    "Take local packs from this configuration instead of the one found upward.":
        "从此配置文件取本地规则包，不向上查找。",
    "markdown: the rule reference, as in docs/rules.md.": "markdown：规则参考，即 docs/rules.md。",
    "Describe a rule (code or name): what it checks, its legal basis, examples.":
        "说明一条规则（代码或名称）：检查什么、依据和示例。",
    "Write the findings into a copy of the report: Word comments in a .docx (a .txt or .html becomes one), "
    "highlighted notes in a .pdf. The original is never modified.":
        "把检查结果写入报告副本：.docx 中为 Word 批注（.txt、.html 转为 .docx），.pdf 中为高亮批注。原文件不会被修改。",
    "Where to write the annotated copy (default: NAME.gxlint.docx, or .pdf for a PDF).":
        "批注副本的保存位置（默认：原名.gxlint.docx，PDF 为原名.gxlint.pdf）。",
    "Use this configuration.": "使用此配置文件。",
    "Serve a page to drop reports on and read their findings, and a JSON API.":
        "启动检查页面：拖入报告即可查看检查结果，另提供 JSON 接口。",
    "Address to listen on (0.0.0.0: every interface, for an intranet).": "监听地址（0.0.0.0：所有网卡，供内网访问）。",
    "Port to listen on.": "监听端口。",
    "Access token the page and the API require (default: $GXLINT_TOKEN; none: open).":
        "页面和接口所需的访问令牌（默认取 $GXLINT_TOKEN；不设则无需令牌）。",
    "Open the page in the browser when served on this machine.": "在本机启动时自动用浏览器打开页面。",
    "Largest file, in MB.": "单个文件的上限（MB）。",
    "Largest upload, in MB.": "一次上传的上限（MB）。",
    "Most files in one upload.": "一次上传的文件数上限。",
    "Seconds one file may take.": "单个文件最多用时（秒）。",
    "Files checked at once (default: cores, at most 4).": "同时检查的文件数（默认：核心数，最多 4）。",
    "Show the parsed model of one report: facts, sections, tables.": "显示一份报告的解析结果：基本信息、章节、表格。",
    "Print the text the checks read, with line numbers (for .docx/.html/.pdf: the extracted text).":
        "输出检查所读的文本及行号（.docx/.html/.pdf 为提取出的文本）。",
    "Audit a submission: lint every report in parallel, run the cross-report rules (GX701–GX706), print a summary "
    "and write Excel, CSV, a page and letters.":
        "批量审核：并行检查每份报告，运行跨报告规则（GX701–GX706），输出汇总并写出 Excel、CSV、网页和整改通知。",
    "A CSV of organs and the government they report under, for the roll-up check (GX706).":
        "机关与其上级人民政府的对照表（CSV），用于汇总数核对（GX706）。",
    "Keep the records in this SQLite file; a rerun re-checks only the files that changed.":
        "把审核记录保存在此 SQLite 文件中；再次审核时只重新检查有变化的文件。",
    "Write one Word letter per organ here: its findings, legal basis and fixes.":
        "在此目录为每个机关写出一份 Word 整改通知：问题、依据和整改建议。",
    "Worker processes (default: all cores).": "并行进程数（默认：全部核心）。",
    "Write an Excel workbook (reports, findings, rules).": "写出 Excel 工作簿（报告、问题、规则）。",
    "Write reports.csv, findings.csv, rules.csv here.": "在此目录写出 reports.csv、findings.csv、rules.csv。",
    "Write one self-contained page to read the audit.": "写出一个可离线查看审核结果的网页。",
    "Only these rules (as for a lint run).": "只用这些规则（同检查命令）。",
    "Skip these rules (as for a lint run).": "不用这些规则（同检查命令）。",
    "One configuration for every file.": "所有文件使用同一配置文件。",
    "Progress bar (default: on a terminal).": "进度条（默认：终端上显示）。",
    "Configuration files (.gxlint.yaml, [tool.gxlint] in pyproject.toml).":
        "配置文件（.gxlint.yaml，或 pyproject.toml 中的 [tool.gxlint]）。",
    "Print the configuration in force for PATH (a file or folder; default: here).":
        "输出 PATH（文件或目录，默认当前目录）适用的配置。",
    "Show this file instead of the one found.": "显示此配置文件，而不是查找到的。",
    "Show the defaults, as a run with --isolated uses.": "显示默认配置（即 --isolated 时所用）。",
}


def help_lang(argv: list[str], environ=os.environ) -> str:
    """--lang if given, else the locale's language (zh for a Chinese locale, else en)."""
    if "--lang" in argv:
        value = argv[argv.index("--lang") + 1:][:1]
        return value[0] if value and value[0] in ("zh", "en") else "en"
    locale = environ.get("LC_ALL") or environ.get("LC_MESSAGES") or environ.get("LANG") or ""
    return "zh" if locale.lower().startswith("zh") else "en"


def _key(text: str) -> str:
    return " ".join(text.split())


# Click's own words, which it looks up with gettext as it formats the help.
_CLICK = {"Usage:": "用法：", "Options": "选项", "Commands": "命令",
          "Show this message and exit.": "显示本帮助后退出。"}


def _click_words(message: str) -> str:
    return _CLICK.get(message, message)


def chinese(command: click.Command) -> None:
    """Put the Chinese help in place, on `command` and everything below it, and have
    Click say its own words (用法, 选项, 命令) in Chinese."""
    import click.core
    import click.decorators
    import click.formatting

    for module in (click.core, click.decorators, click.formatting):
        module._ = _click_words  # type: ignore[attr-defined]
    _translate(command)


def _translate(command: click.Command) -> None:
    if command.help:
        command.help = ZH.get(_key(command.help), command.help)
        command.short_help = None
    for param in command.params:
        help_text = getattr(param, "help", None)
        if help_text:
            param.help = ZH.get(_key(help_text), help_text)
    for sub in getattr(command, "commands", {}).values():
        _translate(sub)
