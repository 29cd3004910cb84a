"""The pack cache: a second read skips parsing; an edited, corrupt or foreign entry is a
miss; a cache that cannot be written is no error."""
import pytest

from gxlint import cache
from gxlint.check import packs
from gxlint.check.packs import files

PACK = "pack: local\nextends: common\nregimes: [all]\nrules:\n  - code: GX501\n    severity: {sev}\n"


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    monkeypatch.setenv("GXLINT_CACHE_DIR", str(tmp_path / "cache"))
    files._read_pack.cache_clear()
    yield tmp_path
    files._read_pack.cache_clear()


def _severity(path):
    return next(r for r in packs.load_pack(path).rules if r.code == "GX501").severity


def test_a_second_run_reads_the_cache(fresh, monkeypatch):
    path = fresh / "local.yaml"
    path.write_text(PACK.format(sev="error"), encoding="utf-8")
    assert _severity(path) == "error"
    files._read_pack.cache_clear()                       # as in a new process

    def no_parse(*args):
        raise AssertionError("parsed again")
    monkeypatch.setattr(files, "_parse_pack", no_parse)
    assert _severity(path) == "error"


def test_an_edited_pack_is_read_again(fresh):
    path = fresh / "local.yaml"
    path.write_text(PACK.format(sev="error"), encoding="utf-8")
    assert _severity(path) == "error"
    files._read_pack.cache_clear()
    path.write_text(PACK.format(sev="info"), encoding="utf-8")
    assert _severity(path) == "info"
    assert len(list((fresh / "cache").glob("pack-checked-*"))) == 1     # one entry per file


def test_corrupt_entries_and_unwritable_caches_are_misses(fresh, monkeypatch):
    path = fresh / "local.yaml"
    path.write_text(PACK.format(sev="error"), encoding="utf-8")
    _severity(path)
    for entry in (fresh / "cache").glob("*.marshal"):
        entry.write_bytes(b"\x00garbage")
    files._read_pack.cache_clear()
    assert _severity(path) == "error"
    blocker = fresh / "file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("GXLINT_CACHE_DIR", str(blocker / "cache"))     # under a file: cannot be made
    files._read_pack.cache_clear()
    assert _severity(path) == "error"
    monkeypatch.setenv("GXLINT_NO_CACHE", "1")
    assert cache.directory() is None
