"""Help in Chinese where the user reads Chinese (--lang zh, or a Chinese locale without
--lang en), English otherwise; every command's and option's help has its Chinese."""
import os
import subprocess
import sys

import click

from gxlint.cli import main
from gxlint.cli_help import ZH, help_lang


def _helps(command):
    if command.help:
        yield " ".join(command.help.split())
    for param in command.params:
        if getattr(param, "help", None):
            yield " ".join(param.help.split())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            yield from _helps(sub)


def test_every_help_text_has_its_chinese():
    assert [h for h in _helps(main) if h not in ZH] == []


def test_the_language_of_help():
    assert help_lang(["--help"], {"LANG": "zh_CN.UTF-8"}) == "zh"
    assert help_lang(["--lang", "en", "--help"], {"LANG": "zh_CN.UTF-8"}) == "en"
    assert help_lang(["check", "--lang", "zh", "--help"], {"LANG": "C"}) == "zh"
    assert help_lang(["--help"], {"LANG": "en_US.UTF-8"}) == "en"


def _help(args, lang_env):
    env = {**os.environ, "LANG": lang_env, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, text=True, env=env).stdout


def test_help_as_shown():
    shown = _help(["check", "--help"], "zh_CN.UTF-8")
    assert "检查报告文件和目录（- 表示标准输入）。" in shown and shown.startswith("用法：") and "显示本帮助后退出。" in shown
    assert "有任何问题即失败" in _help(["check", "--help", "--lang", "zh"], "C.UTF-8")
    english = _help(["check", "--help"], "C.UTF-8")
    assert "Lint report files and folders" in english and "检查报告文件" not in english
