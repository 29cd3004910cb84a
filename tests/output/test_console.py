"""No output stream encoding can crash a run: on a GBK/GB18030 stream (a Chinese Windows
console or redirect) or an ASCII one, every command finishes, text keeps what the
stream can hold, and JSON, SARIF and JUnit stay valid by escaping."""
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import ROOT

REPORT = ROOT / "examples" / "2017-bureau-defects.txt"
ENCODINGS = ["utf-8", "gbk", "gb18030", "ascii"]
COMMANDS = {
    "text": [str(REPORT)], "concise": ["--format", "concise", str(REPORT)], "github": ["--format", "github", str(REPORT)],
    "json": ["--format", "json", str(REPORT)], "sarif": ["--format", "sarif", str(REPORT)],
    "jsonl": ["--format", "jsonl", str(REPORT)], "junit": ["--format", "junit", str(REPORT)],
    "rules": ["rules"], "explain": ["explain", "GX301"], "inspect": ["inspect", str(REPORT)],
    "inspect-json": ["inspect", "--format", "json", str(REPORT)], "inspect-text": ["inspect", "--text", str(REPORT)],
    "audit": ["audit", str(ROOT / "examples"), "--no-progress"], "help": ["check", "--help"],
    "config": ["config", "show", str(REPORT)], "version": ["--version"],
    "statistics": ["--statistics", str(REPORT)], "rules-json": ["rules", "--format", "json"],
    "rules-markdown": ["rules", "--format", "markdown"],
}


def _run(args, encoding):
    env = {**os.environ, "PYTHONIOENCODING": encoding}
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, env=env, timeout=120)


@pytest.mark.parametrize("encoding", ENCODINGS)
@pytest.mark.parametrize("name", COMMANDS)
def test_every_command_on_every_stream(name, encoding):
    r = _run(COMMANDS[name], encoding)
    err = r.stderr.decode(encoding, "replace")
    assert r.returncode in (0, 1), err
    assert "Traceback" not in err and "Error" not in err
    if name in ("json", "sarif", "inspect-json", "rules-json"):
        json.loads(r.stdout)                      # as bytes: UTF-8, or ASCII with escapes
    elif name == "jsonl":
        [json.loads(line) for line in r.stdout.splitlines()]     # JSON Lines are UTF-8 by definition
    elif name == "junit":
        ET.fromstring(r.stdout)                   # declared UTF-8, and it is
    else:
        assert r.stdout.decode(encoding).strip()


def test_json_on_an_ascii_stream_keeps_every_character():
    doc = json.loads(_run(COMMANDS["json"], "ascii").stdout)
    direct = json.loads(_run(COMMANDS["json"], "utf-8").stdout)
    assert doc == direct


def test_text_on_a_gbk_stream_keeps_the_chinese():
    out = _run(COMMANDS["text"], "gbk").stdout.decode("gbk")
    assert "错误 GX202 统计期限不完整" in out and "统计期限2017年1月1日至2017年12月1日" in out
