"""Folder walks stay inside the folder: links out of it or in a loop, pipes and devices
with a report's name and folders that cannot be listed are each one line, not read and
not skipped in silence; links inside it are followed."""
import os
from pathlib import Path

from gxlint.read import SUFFIXES, collect
from gxlint.walk import walk


def _tree(tmp_path: Path) -> tuple[Path, Path]:
    root, outside = tmp_path / "submission", tmp_path / "elsewhere"
    (root / "sub").mkdir(parents=True)
    outside.mkdir()
    (root / "a.txt").write_text("报告", encoding="utf-8")
    (root / ".git").mkdir()
    (root / ".git" / "x.txt").write_text("内部", encoding="utf-8")
    (outside / "secret.txt").write_text("秘密", encoding="utf-8")
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "outdir").symlink_to(outside)
    (root / "sub" / "loop").symlink_to(root)
    (root / "sub" / "inside.txt").symlink_to(root / "a.txt")
    os.mkfifo(root / "pipe.txt")
    return root, outside


def test_what_is_read_and_what_is_said(tmp_path):
    root, _ = _tree(tmp_path)
    files, skipped = walk(root, SUFFIXES)
    assert files == [str(root / "a.txt"), str(root / "sub" / "inside.txt")]
    assert [(Path(s.path).name, s.why) for s in skipped] == [
        ("link.txt", "outside"), ("outdir", "outside"), ("pipe.txt", "special"), ("loop", "loop")]


def test_each_skipped_entry_is_an_error_line_naming_why(tmp_path):
    root, _ = _tree(tmp_path)
    _, errors = collect([str(root)])
    said = {Path(e.path).name: e.error for e in errors}
    assert said["link.txt"] == "链接指向检查范围之外，已跳过"
    assert said["pipe.txt"].startswith("不是普通文件")
    assert said["loop"] == "链接形成循环，已跳过"


def test_a_folder_that_cannot_be_listed_is_said(tmp_path, monkeypatch):
    root, _ = _tree(tmp_path)
    real = os.scandir

    def scandir(path):
        if str(path).endswith("sub"):
            raise PermissionError(13, "Permission denied")
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    files, skipped = walk(root, SUFFIXES)
    assert str(root / "a.txt") in files
    assert ("sub", "unreadable", "Permission denied") in [(Path(s.path).name, s.why, s.detail) for s in skipped]


def test_a_pipe_named_on_the_command_line_is_refused_not_waited_on(tmp_path):
    import subprocess
    import sys

    os.mkfifo(tmp_path / "r.txt")
    r = subprocess.run([sys.executable, "-m", "gxlint", str(tmp_path / "r.txt")], capture_output=True, text=True,
                       timeout=60, check=False)
    assert r.returncode == 2 and "不是普通文件" in r.stdout + r.stderr


def test_a_device_named_on_the_command_line_is_refused_not_read():
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-m", "gxlint", "/dev/zero"], capture_output=True, text=True, timeout=60,
                       check=False)
    assert r.returncode == 2 and "不是普通文件" in r.stdout + r.stderr
