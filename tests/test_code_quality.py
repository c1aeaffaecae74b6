"""Lint, types and the layering contract run with the tests, so CI enforces them too."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent


def _run(*cmd: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)


def _tool(name: str) -> str:
    path = BIN / name
    if not path.exists():
        found = shutil.which(name)
        if found is None:
            pytest.fail(f"{name} is not installed: run the README's test command, which installs it")
        return found
    return str(path)


def test_ruff_lint_and_format() -> None:
    result = _run(_tool("ruff"), "check", "annotator", "ui", "tests", "benchmarks", "scripts", "main.py")
    assert result.returncode == 0, result.stdout + result.stderr
    result = _run(_tool("ruff"), "format", "--check", "annotator", "ui", "tests", "benchmarks", "scripts", "main.py")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_strict() -> None:
    result = _run(sys.executable, "-m", "mypy")
    assert result.returncode == 0, result.stdout + result.stderr


def test_import_linter_contract() -> None:
    result = _run(_tool("lint-imports"), "--no-cache")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout
    assert "Layers: the UI above the CLI" in result.stdout  # the layers contract, with no exceptions listed
