import os
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
