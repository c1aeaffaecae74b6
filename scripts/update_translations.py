"""Update the translation files from the code, then compile them: ``.venv/bin/python scripts/update_translations.py``.

1. ``pyside6-lupdate`` reads every string marked for translation in ``ui/`` and ``annotator/`` (``tr()``,
   ``translate()``, ``QT_TRANSLATE_NOOP``, ``Name.tr()`` of :class:`ui.i18n.words.Words`) into
   ``resources/i18n/nisba_<lang>.ts``, keeping the translations already there; English keeps only the plural
   forms (``-pluralonly``: "%n claim(s)" → "1 claim" / "2 claims").
2. A translator opens the ``.ts`` in Qt Linguist (``.venv/bin/pyside6-linguist``) and translates what is new.
3. ``pyside6-lrelease`` compiles each ``.ts`` into the ``.qm`` the app loads (committed beside it;
   tests/test_translations.py checks that both are up to date).

``--check`` only says whether the files are up to date (exit status 1 if not), writing nothing.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
BIN = Path(sys.executable).parent
LANGUAGES = ("ar", "en")  # add "fa", "ur", "he" here to start a new translation


def sources() -> list[str]:
    """The Python files lupdate reads, relative to the repository (stable order)."""
    return sorted(str(p.relative_to(ROOT)) for folder in ("ui", "annotator") for p in (ROOT / folder).rglob("*.py"))


def tool(name: str) -> str:
    """A PySide6 tool from the environment's bin folder (else the PATH)."""
    path = BIN / name
    return str(path) if path.exists() else (shutil.which(name) or name)


def lupdate(ts: Path, lang: str) -> None:
    """Bring ``ts`` up to date with the code (created if missing)."""
    extra = ["-pluralonly"] if lang == "en" else []
    command = [tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-target-language", lang]
    command += ["-locations", "none", "-no-obsolete", "-silent", *extra]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    """Compile ``ts`` into ``qm``."""
    command = [tool("pyside6-lrelease"), str(ts), "-qm", str(qm), "-silent", "-removeidentical"]
    subprocess.run(command, cwd=ROOT, check=True, capture_output=True, text=True)


def main(argv: list[str] | None = None) -> int:
    """Update (or with --check, only compare) every language's .ts and .qm."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="write nothing; exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    stale: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGUAGES:
            ts, qm = I18N / f"nisba_{lang}.ts", I18N / f"nisba_{lang}.qm"
            fresh_ts, fresh_qm = Path(tmp) / ts.name, Path(tmp) / qm.name
            if ts.exists():
                shutil.copy(ts, fresh_ts)
            lupdate(fresh_ts, lang)
            lrelease(fresh_ts, fresh_qm)
            for made, kept in ((fresh_ts, ts), (fresh_qm, qm)):
                if not kept.exists() or made.read_bytes() != kept.read_bytes():
                    stale.append(kept.name)
                    if not args.check:
                        I18N.mkdir(parents=True, exist_ok=True)
                        shutil.copy(made, kept)
    if stale:
        print(("out of date: " if args.check else "updated: ") + ", ".join(stale))
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    raise SystemExit(main())
