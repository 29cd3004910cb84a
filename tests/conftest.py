from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture
def shared() -> Path:
    if not (SHARED / "seeds").is_dir():
        pytest.skip("../shared is not present")
    return SHARED
