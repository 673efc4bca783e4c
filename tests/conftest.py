from __future__ import annotations

from pathlib import Path

import pytest

from support import SEED


@pytest.fixture
def seed_path() -> Path:
    """The original report; only on machines that have ../shared (never in a user's clone)."""
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    return SEED
