"""The first `make run` says what it is doing, and on a failed install shows why instead of pip's noise."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _fake_python(folder: Path, pip_fails: bool) -> Path:
    """A stand-in for python3: `-m venv DIR` makes DIR/bin/python, whose pip succeeds or fails."""
    inner = folder / "inner-python"
    failing = 'echo "ERROR: No matching distribution found for lxml_html_clean" >&2\nexit 1\n'
    inner.write_text("#!/usr/bin/env bash\necho some pip chatter\n" + (failing if pip_fails else ""), encoding="utf-8")
    inner.chmod(0o755)
    fake = folder / "python3"
    fake.write_text(
        '#!/usr/bin/env bash\nif [ "$1 $2" = "-m venv" ]; then mkdir -p "$3/bin"; cp "'
        + str(inner)
        + '" "$3/bin/python"; fi\n',
        encoding="utf-8",
    )
    fake.chmod(0o755)
    return fake


def _run(tmp_path: Path, pip_fails: bool) -> subprocess.CompletedProcess[str]:
    python = _fake_python(tmp_path, pip_fails)
    script = ROOT / "scripts" / "setup-venv.sh"
    return subprocess.run(
        ["bash", str(script), str(python), str(tmp_path / "venv"), "dev"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_a_first_install_says_each_step_and_keeps_pips_output_in_a_log(tmp_path: Path) -> None:
    done = _run(tmp_path, pip_fails=False)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Nisba: creating the Python environment") and lines[-1] == "Nisba: ready."
    assert "pip chatter" not in done.stdout + done.stderr
    assert "some pip chatter" in (tmp_path / "venv" / "install.log").read_text(encoding="utf-8")


def test_a_failed_install_shows_the_end_of_the_log_and_fails(tmp_path: Path) -> None:
    failed = _run(tmp_path, pip_fails=True)
    assert failed.returncode == 1
    assert "the installation failed" in failed.stderr and "lxml_html_clean" in failed.stderr
    assert "Nisba: ready." not in failed.stdout
