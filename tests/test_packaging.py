"""The app as ``pip install .`` gives it with the pip that ships with Python (not upgraded) imports a saved page.

jusText (under trafilatura) asks for ``lxml[html_clean]``; lxml 6 spells that extra ``html-clean``, and the pip
bundled with Python 3.11 (23.2) does not normalise extra names, so it skips the extra with a warning and every
HTML import then fails with "lxml.html.clean module is now a separate project".  The project therefore names
``lxml_html_clean`` itself.  This test installs the project, not editable, with its dependencies as declared,
into a fresh ``python -m venv`` whose pip is left as shipped, and imports a saved page there.

The wheels come from a wheel folder kept in pytest's cache (``.pytest_cache``), filled once by the development
environment's pip (from its download cache, else the package index), so later runs need no network; the
install itself is ``--no-index``.  About 20 s.  Where the wheels cannot be fetched (no network on a first run)
the test is skipped, except in CI (``CI=true``), where it fails.
"""

from __future__ import annotations

import ensurepip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.corpus import HEADLINE, PARA_1, write_page

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ("pyproject.toml", "README.md", "annotator", "ui", "resources")
"""What building the project reads (the packages, their resources and the metadata's readme)."""

IMPORT_A_PAGE = """
import json, sys
import annotator
from annotator import Project
with Project.open(sys.argv[1]) as project:
    article = project.import_file(sys.argv[2])
    print(json.dumps({"module": annotator.__file__, "title": article.title, "text": article.text}))
from annotator.paths import RESOURCES, SAMPLE_ARTICLE
from annotator.suggestions import suggest_attributions
found = suggest_attributions("قال الرئيس بوتين إن الاتفاق تاريخي.")
files = sorted(str(p.relative_to(RESOURCES)) for p in RESOURCES.rglob("*") if p.is_file())
here = {"resources": str(RESOURCES), "files": files, "sample": SAMPLE_ARTICLE.is_file(), "found": len(found)}
print(json.dumps(here))
"""


def _pip_env() -> dict[str, str]:
    """The environment for pip: the real user cache (the tests move XDG_CACHE_HOME to a temporary home)."""
    env = dict(os.environ)
    env.pop("XDG_CACHE_HOME", None)
    env.pop("PYTHONPATH", None)
    return env


def _copy_sources(target: Path) -> Path:
    """The project's buildable sources copied to ``target`` (so building leaves nothing in the work tree)."""
    target.mkdir()
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, target / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target / name)
    return target


def _wheelhouse(cache: pytest.Cache, sources: Path) -> Path:
    """A folder of wheels for the project's declared dependencies and its build backend (made once per pyproject)."""
    key = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()[:16]
    folder = cache.mkdir(f"wheelhouse-{key}")
    for stale in folder.parent.glob("wheelhouse-*"):  # made for an earlier pyproject.toml
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)
    if (folder / "complete").exists():
        return folder
    fetch = subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--dest", str(folder), str(sources), "setuptools>=77"],
        capture_output=True,
        text=True,
        env=_pip_env(),
        check=False,
    )
    if fetch.returncode:
        reason = f"the wheels to install could not be fetched:\n{fetch.stderr[-2000:]}"
        if os.environ.get("CI") == "true":
            pytest.fail(reason)
        pytest.skip(reason)
    (folder / "complete").touch()
    return folder


def _run(
    command: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run ``command``; its output is in the assertion message if it fails."""
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd=cwd, env=env)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
    return result


@pytest.mark.skipif(sys.platform == "win32", reason="the venv layout used here is POSIX (bin/)")
def test_pip_install_with_the_shipped_pip_gives_a_working_html_import(
    tmp_path: Path, pytestconfig: pytest.Config
) -> None:
    assert pytestconfig.cache is not None
    sources = _copy_sources(tmp_path / "nisba")
    wheels = _wheelhouse(pytestconfig.cache, sources)
    venv = tmp_path / "venv"
    _run([sys.executable, "-m", "venv", str(venv)])
    python = str(venv / "bin" / "python")
    pip_version = _run([python, "-c", "import pip; print(pip.__version__)"]).stdout.strip()
    assert pip_version == ensurepip.version()  # the pip Python ships, not upgraded
    offline = ["--quiet", "--no-cache-dir", "--no-index", "--find-links", str(wheels)]
    _run([python, "-m", "pip", "install", *offline, str(sources)], env=_pip_env())

    page = write_page(tmp_path)
    outside = tmp_path / "elsewhere"  # not the work tree, so the installed package is the one imported
    outside.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = _run([python, "-c", IMPORT_A_PAGE, str(tmp_path / "p.nisba"), str(page)], cwd=outside, env=env)
    imported = json.loads(result.stdout.splitlines()[-2])
    assert Path(imported["module"]).is_relative_to(venv)
    assert imported["title"] == HEADLINE
    assert PARA_1 in imported["text"]
    # The installed app has its resources (not only an editable install): the sample article of the first run,
    # the attribution lexicon the suggestions read, the fonts and the compiled translations.
    installed = json.loads(result.stdout.splitlines()[-1])
    assert Path(installed["resources"]).is_relative_to(venv) and installed["sample"] and installed["found"] >= 1
    expected = {"ar-news-putin-kim.txt", "attribution_lexicon.json", "fonts/NotoNaskhArabic-Regular.ttf"}
    assert expected | {"i18n/nisba_ar.qm", "fonts/OFL.txt"} <= set(installed["files"])
