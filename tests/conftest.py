import os
import pty
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

# The pack cache (gxlint/cache.py) of a test run stays out of the user's home, and is
# shared with the gxlint subprocesses the tests start.
os.environ.setdefault("GXLINT_CACHE_DIR", tempfile.mkdtemp(prefix="gxlint-cache-"))

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.fixture
def browser():
    """Debian's headless Chromium under Playwright (no browser download); .ci/run installs it."""
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed; .ci/run installs it")
        pytest.skip("chromium is not installed (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield b
        b.close()


def on_terminal(*args, env=None, stdout=None) -> bytes:
    """What a terminal shows of a run: its standard error, and its output unless `stdout`
    (a file) takes that."""
    master, slave = pty.openpty()
    p = subprocess.Popen([sys.executable, "-m", "gxlint", *map(str, args)], stdout=stdout or slave, stderr=slave,
                         env={**os.environ, **(env or {})})
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:
            break
        if not chunk:
            break
        out += chunk
    p.wait(timeout=60)
    os.close(master)
    return out
