"""A file's share of every output is rendered where it is linted; whatever the number
of jobs, the documents, the baseline's accounting and the exit status are the same."""
import io
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from gxlint import cli
from gxlint.lint import lint_text
from gxlint.output import Context, Digest
from gxlint.output.text_format import Writer as TextWriter
from gxlint.pool import SERIAL_BELOW

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
FORMATS = ("text", "json", "sarif", "github", "junit", "jsonl", "concise")


@pytest.fixture()
def folder(tmp_path):
    reports = tmp_path / "reports"
    reports.mkdir()
    sources = sorted(EXAMPLES.glob("*.txt"))
    for i in range(SERIAL_BELOW + 2):        # enough for a pool
        shutil.copy(sources[i % len(sources)], reports / f"{i:02d}-{sources[i % len(sources)].name}")
    (reports / "empty.txt").write_text("", encoding="utf-8")
    return reports


def outputs(folder: Path, out: Path, jobs: str, *extra: str) -> tuple[int, dict[str, str]]:
    out.mkdir()
    args = [str(folder), str(folder / "missing.txt"), "--jobs", jobs, "--color", "--isolated", *extra]
    for fmt in FORMATS:
        args += ["-o", f"{fmt}:{out / fmt}"]
    result = CliRunner().invoke(cli.main, args)
    return result.exit_code, {fmt: (out / fmt).read_text(encoding="utf-8") for fmt in FORMATS}


def test_every_format_reads_the_same_whatever_the_jobs(folder, tmp_path):
    one = outputs(folder, tmp_path / "one", "1")
    two = outputs(folder, tmp_path / "two", "2")
    assert one[0] == two[0] == 2            # the empty and the missing file
    assert "\x1b[" in one[1]["text"]         # colour forced: the parts carry the console's codes
    for fmt in FORMATS:
        assert one[1][fmt] == two[1][fmt], fmt


def test_the_baseline_hides_and_counts_the_same_whatever_the_jobs(folder, tmp_path):
    baseline = tmp_path / "baseline.json"
    first = sorted(folder.glob("0*.txt"))[:5]
    runner = CliRunner()
    runner.invoke(cli.main, [*map(str, first), "--baseline", str(baseline), "--update-baseline", "--isolated"])
    one = outputs(folder, tmp_path / "one", "1", "--baseline", str(baseline))
    two = outputs(folder, tmp_path / "two", "2", "--baseline", str(baseline))
    assert '"hidden"' in one[1]["json"]
    assert one == two


def test_a_text_part_is_what_the_writers_own_console_prints():
    res = lint_text((EXAMPLES / "2017-bureau-defects.txt").read_text(encoding="utf-8"), path="r.txt").slim()
    assert res.diagnostics
    for color in (True, False):
        stream = io.StringIO()
        writer = TextWriter(stream, Context(color=color))
        writer.put(Digest.of(res), res)          # the main process's own console writes it
        assert TextWriter.part(res, writer.spec) == stream.getvalue()
