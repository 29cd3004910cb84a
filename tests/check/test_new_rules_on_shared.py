"""The rules of issue 28 on every real report in ../shared (seeds, corpus, originals):
each finding they raise there was read and confirmed; a new one fails here until it is
read too."""
import json
import subprocess
import sys

NEW = ("GX109", "GX110", "GX111", "GX207", "GX306", "GX601", "GX602", "GX906")

# The seed's title calls the report a 工作报告; corpus 108's 总体情况 runs to 4,079
# characters (GX111, off by default, selected here with its default range of 200–1,500).
CONFIRMED = {("002_8153ceaf9edd8f05.txt", 1, "GX109"), ("108.txt", 1, "GX111")}


def test_the_new_rules_raise_only_what_was_confirmed(shared):
    folders = [shared / "seeds", shared / "corpus", shared / "originals"]
    r = subprocess.run([sys.executable, "-m", "gxlint", "--format", "json", "--select", ",".join(NEW),
                        *map(str, folders)], capture_output=True, text=True)
    found = {(f["path"].rsplit("/", 1)[-1], d["line"], d["rule"])
             for f in json.loads(r.stdout)["files"] for d in f["diagnostics"]}
    assert found == CONFIRMED
