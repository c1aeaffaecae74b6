"""``annotator suggest FILE... [--project P] --json``: the suggested attributions of article files.

Each file is read as ``import_file`` would store it (any supported format, site furniture kept), so the
offsets match the stored text.  With ``--project`` the project's sources and aliases are the known names and
its attribution words join the lexicon (the project is opened read-only).  ``--json`` prints one JSON object
per file, one per line, in the shape of the development set's gold.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.suggestions.model import KnownSource, Suggestion


def add_parser(sub: Any) -> None:
    """Register the ``suggest`` subcommand on the ``annotator`` command's subparsers."""
    parser = sub.add_parser("suggest", help="suggest the claims, sources and cues in article files (nothing is stored)")
    parser.add_argument("files", nargs="+", metavar="FILE")
    parser.add_argument("--project", "-p", help="known sources and aliases from this project (opened read-only)")
    parser.add_argument("--json", action="store_true", help="one JSON object per file, in the shape of gold.json")
    parser.set_defaults(func=run)


def of_project(path: str) -> tuple[list[KnownSource], dict[str, Any]]:
    """The known sources (kinds and aliases) and the attribution words of the project at ``path``, read without
    changing it."""
    from annotator.project import Project

    project_path = Path(path)
    if not project_path.exists():
        raise AnnotatorError(f"{project_path}: no such project file")
    with Project.open(project_path, read_only=True) as project:
        known = [KnownSource(x.name, x.kind, tuple(x.aliases or ())) for x in project.sources()]
        return known, project.attribution_lexicon()


def stored_text(path: Path) -> str:
    """The article text exactly as ``Project.import_file`` stores it (furniture kept, line ends LF)."""
    from annotator.importers.reading import read_article
    from annotator.importers.text_file import normalize_text

    return normalize_text(read_article(path).text)


def _print_table(name: str, suggestions: list[Suggestion]) -> None:
    print(f"{name}: {len(suggestions)} suggestion(s)")
    for s in suggestions:
        cue = f" [{s.cue}]" if s.cue else ""
        chain = " > ".join(link.source for link in s.chain)
        via = f" (via {chain})" if chain else ""
        print(f"  {s.start:>6}-{s.end:<6} {s.score:.2f} {s.source or '?'}{via}{cue}: {s.claim}")


def run(args: argparse.Namespace) -> int:
    """Suggest for each file; the exit status is 1 if any file could not be read."""
    from annotator.suggestions.engine import suggest_attributions

    known, words = of_project(args.project) if args.project else ([], {})
    failed = 0
    for raw in args.files:
        path = Path(raw)
        try:
            text = stored_text(path)
        except AnnotatorError as exc:
            failed += 1
            print(f"error    {exc}", file=sys.stderr)
            continue
        suggestions = suggest_attributions(text, known, extra_words=words or None)
        if args.json:
            document = {"article": path.name, "claims": [s.to_json() for s in suggestions]}
            print(json.dumps(document, ensure_ascii=False), flush=True)
        else:
            _print_table(path.name, suggestions)
    return 1 if failed else 0
