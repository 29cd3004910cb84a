"""The real published originals in ../shared/originals (a PDF drawn with boxes, portal
pages) read as a person reads them: no false alarm of expected.yaml fires, every
expected rule is found, and the PDF's tables read as its text copy's do."""
import json
import subprocess
import sys

import yaml


def _lint(paths):
    r = subprocess.run([sys.executable, "-m", "gxlint", "--format", "json", *map(str, paths)],
                       capture_output=True, text=True)
    return {f["path"].rsplit("/", 1)[-1]: f for f in json.loads(r.stdout)["files"]}


def test_no_false_alarm_and_every_expected_rule(shared):
    folder = shared / "originals"
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    r = subprocess.run([sys.executable, str(shared / "tools" / "check_expected.py"), str(folder / "expected.yaml"),
                        "--cmd", f"{sys.executable} -m gxlint"], capture_output=True, text=True)
    assert " must_not 0/" in r.stdout.splitlines()[-1], r.stdout
    # Some musts describe themselves in English ("about"), which no Chinese message
    # contains: those are held to their rule.
    results = _lint(folder / name for name in expected)
    for name, spec in expected.items():
        rules = {d["rule"] for d in results[name]["diagnostics"]}
        assert {m["rule"] for m in spec.get("must") or []} <= rules, name
        assert all(results[name]["report"][k] == v for k, v in (spec.get("report") or {}).items()), name


def test_the_pdf_reads_its_tables_as_its_text_copy(shared):
    def valued(path):
        r = subprocess.run([sys.executable, "-m", "gxlint", "inspect", "--format", "json", str(path)],
                           capture_output=True, text=True, check=True)
        return [(t["kind"], row["key"], tuple(c["raw"] for c in row["cells"]))
                for t in json.loads(r.stdout)["stat_tables"] for row in t["rows"]
                if any(c["raw"] for c in row["cells"])]

    pdf = valued(shared / "originals" / "hz2024.pdf")
    assert len(pdf) == 32 and pdf == valued(shared / "corpus" / "103.txt")


def test_corpus_expectations(shared):
    r = subprocess.run([sys.executable, str(shared / "tools" / "check_expected.py"),
                        str(shared / "corpus" / "expected.yaml"), "--cmd", f"{sys.executable} -m gxlint"],
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
