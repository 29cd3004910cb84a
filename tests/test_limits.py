"""Limits on what is read, each a one-line error for that file (exit 2) while the
other files of the run are still linted; and a local pack's runaway pattern stops
its own rule, not the run."""
import json
import subprocess
import sys

import pytest

from gxlint import extract
from gxlint.lint import Options, lint_path

BAD = "某县人民政府2016年政府信息公开工作年度报告\n全年共受理申请60件，其中网络申请72件。\n"


def gxlint(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "gxlint", *args], capture_output=True, text=True,
                          encoding="utf-8", cwd=cwd)


def test_a_file_over_the_size_limit_is_refused_and_the_others_are_linted(tmp_path):
    big = tmp_path / "big.txt"
    with open(big, "wb") as f:
        f.truncate(21 * 1024 * 1024)           # sparse: costs no disk
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    r = gxlint(str(tmp_path), "--format", "json")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(r.stdout)["files"]}
    assert "20 MB" in files["big.txt"]["error"]
    assert any(d["rule"] == "GX303" for d in files["bad.txt"]["diagnostics"])
    assert [line for line in r.stderr.splitlines() if "big.txt" in line] == [f"{big}: {files['big.txt']['error']}"]


def test_a_table_over_the_cell_limit_is_refused(tmp_path, monkeypatch):
    monkeypatch.setattr(extract, "MAX_CELLS", 50)
    rows = "".join(f"<tr>{'<td>1</td>' * 10}</tr>" for _ in range(6))
    page = tmp_path / "r.html"
    page.write_text(f"<html><body><p>某县2021年政府信息公开工作年度报告</p><table>{rows}</table></body></html>",
                    encoding="utf-8")
    result = lint_path(str(page), Options())
    assert result.report is None and "50" in result.error and "单元格" in result.error


EVIL = """\
pack: evil
description: a pattern that backtracks for ever on a long run of 年
extends: common
regimes: [all]
rules:
  - code: EV001
    name: evil
    kind: pattern
    severity: warning
    regimes: [all]
    params: {patterns: [{regex: "(?:年|年年)+$"}]}
    messages: {default: {zh: "坏"}}
    cite: {zh: "无"}
    description: {zh: "灾难性回溯"}
    examples: {fail: "x", pass: "y"}
"""


def test_a_runaway_pattern_stops_its_rule_and_nothing_else(tmp_path):
    (tmp_path / "evil.yaml").write_text(EVIL, encoding="utf-8")
    (tmp_path / ".gxlint.yaml").write_text("packs: [evil.yaml]\n", encoding="utf-8")
    (tmp_path / "r.txt").write_text(BAD + "年" * 60 + "!\n", encoding="utf-8")
    (tmp_path / "bad.txt").write_text(BAD, encoding="utf-8")
    r = gxlint("r.txt", "bad.txt", "--format", "json", cwd=tmp_path)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    files = {f["path"]: f for f in json.loads(r.stdout)["files"]}
    assert "EV001" in files["r.txt"]["error"] and "1 秒" in files["r.txt"]["error"]
    assert any(d["rule"] == "GX303" for d in files["r.txt"]["diagnostics"])     # the other rules ran
    assert files["bad.txt"]["error"] is None


# What a hostile submission does to its worker, from the command line: each file past a
# limit, or whose worker dies, is reported with its reason and the run goes on.

def _reports(folder, n: int = 6) -> None:
    for i in range(n):
        (folder / f"r{i}.txt").write_text(BAD, encoding="utf-8")


def _big_text(path, chars: int) -> None:
    line = "全年共主动公开政府信息300条，其中网站公开210条，微信公开60条，公示栏公开30条。\n"
    path.write_text(line * (chars // len(line)), encoding="utf-8")


def _cpu_time(pid: int) -> int:
    """Clock ticks the process has run (user + system), from /proc."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except OSError:
        return -1
    return int(fields[11]) + int(fields[12])


def _children(pid: int) -> list[int]:
    """The processes whose parent is `pid`."""
    import os

    out = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="ascii", errors="replace") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry))
    return out


@pytest.mark.parametrize("name, size, options, reason", [
    ("huge.txt", 6_000_000, ("--memory-limit", "150", "--jobs", "2"), "超出内存限制（150 MB）"),
    ("slow.txt", 4_000_000, ("--timeout", "0.5", "--memory-limit", "0"), "超时（超过 0.5 秒）"),
])
def test_a_file_past_a_limit_is_reported_and_the_others_are_linted(tmp_path, name, size, options, reason):
    _reports(tmp_path)
    _big_text(tmp_path / name, size)
    r = gxlint(str(tmp_path), "--format", "json", *options)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    files = {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(r.stdout)["files"]}
    assert files[name]["error"].startswith(reason)
    assert all(files[f"r{i}.txt"]["error"] is None and files[f"r{i}.txt"]["diagnostics"] for i in range(6))


def test_a_worker_killed_mid_audit_costs_its_file_only(tmp_path):
    import csv
    import os
    import signal
    import time

    _reports(tmp_path, 30)
    _big_text(tmp_path / "slow.txt", 3_000_000)
    out = tmp_path.parent / (tmp_path.name + "-out")
    proc = subprocess.Popen([sys.executable, "-m", "gxlint", "audit", str(tmp_path), "--csv", str(out), "--jobs", "2",
                             "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    killed = None
    for _ in range(400):
        workers = _children(proc.pid)
        if len(workers) == 2 and proc.poll() is None:
            # The other worker is through the 30 small reports in well under two seconds
            # and waits; the one still working is on slow.txt: the one with more CPU time.
            time.sleep(2.0)
            killed = max(_children(proc.pid), key=_cpu_time)
            os.kill(killed, signal.SIGKILL)
            break
        time.sleep(0.02)
    _, stderr = proc.communicate(timeout=120)
    assert killed is not None and "Traceback" not in stderr and "BrokenProcessPool" not in stderr
    with open(out / "reports.csv", encoding="utf-8-sig") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 31
    died = [row for row in rows if "检查进程异常退出" in "".join(row.values())]
    assert len(died) == 1 and proc.returncode == 2


def test_ctrl_c_exits_130_and_leaves_no_worker_behind(tmp_path):
    import signal
    import time

    _reports(tmp_path, 4)
    _big_text(tmp_path / "slow.txt", 6_000_000)
    proc = subprocess.Popen([sys.executable, "-m", "gxlint", str(tmp_path), "--jobs", "2", "--memory-limit", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for _ in range(400):
        workers = _children(proc.pid)
        if workers:
            break
        time.sleep(0.02)
    time.sleep(0.3)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "Traceback" not in stderr
    time.sleep(0.5)
    assert not [w for w in workers if _alive(w)]


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


def test_workers_end_when_the_main_process_is_killed(tmp_path):
    import signal
    import time

    _big_text(tmp_path / "slow1.txt", 6_000_000)
    _big_text(tmp_path / "slow2.txt", 6_000_000)
    for sig in (signal.SIGTERM, signal.SIGKILL):
        proc = subprocess.Popen([sys.executable, "-m", "gxlint", str(tmp_path), "--jobs", "2", "--memory-limit", "0"],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        workers: list[int] = []
        for _ in range(400):
            workers = _children(proc.pid)
            if len(workers) == 2:
                break
            time.sleep(0.02)
        assert workers
        proc.send_signal(sig)
        proc.wait(timeout=30)
        for _ in range(100):
            if not [w for w in workers if _alive(w)]:
                break
            time.sleep(0.05)
        assert not [w for w in workers if _alive(w)], sig
