"""Test set-up: offscreen Qt, and user folders that never touch the real home."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="nisba-test-home-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")

from annotator import Project  # noqa: E402
from annotator.paths import SAMPLE_ARTICLE  # noqa: E402


@pytest.fixture
def project(tmp_path: Path) -> Iterator[Project]:
    """A new, empty project in a temporary folder."""
    with Project.open(tmp_path / "test.nisba") as p:
        yield p


@pytest.fixture
def sample_text() -> str:
    """The bundled sample article as stored (UTF-8, LF)."""
    return SAMPLE_ARTICLE.read_text(encoding="utf-8")


def span_of(text: str, first: str, last: str) -> tuple[int, int]:
    """Code point span from the start of ``first`` to the end of ``last`` (searched after ``first``)."""
    start = text.index(first)
    end = text.index(last, start) + len(last)
    return start, end
