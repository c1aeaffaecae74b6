"""The ``annotator`` command: import articles and export a project without the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

from .errors import AnnotatorError, DuplicateArticleError, ProjectFileError
from .paths import default_project_path
from .project import Project

TEXT_SUFFIXES = (".txt", ".text")


def _expand(paths: Sequence[str]) -> Iterator[Path]:
    """Files as given; folders are walked recursively for text files, in name order."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in TEXT_SUFFIXES)
        else:
            yield p


def _cmd_import(args: argparse.Namespace) -> int:
    failed = imported = skipped = 0
    with Project.open(args.project) as project:
        for path in _expand(args.files):
            try:
                article = project.import_file(path)
            except DuplicateArticleError as exc:
                skipped += 1
                print(f"skipped  {exc}", file=sys.stderr)
                continue
            except AnnotatorError as exc:
                failed += 1
                print(f"error    {exc}", file=sys.stderr)
                continue
            imported += 1
            print(
                f"imported {path} -> article {article.id}: {article.title or '(untitled)'} "
                f"[{article.direction}, {len(article.text):,} characters, {article.encoding}]"
            )
    print(f"{imported} imported, {skipped} skipped, {failed} failed", file=sys.stderr)
    return 1 if failed else 0


def _cmd_export(args: argparse.Namespace) -> int:
    project_path = Path(args.project)
    if not project_path.exists():
        raise AnnotatorError(f"{project_path}: no such project file")
    out = Path(args.out)
    if out.suffix.lower() != ".xlsx":
        raise AnnotatorError(f"{out}: only .xlsx export is supported")
    try:  # exporting only reads: it works while the app has the project open
        project = Project.open(project_path, read_only=True)
    except ProjectFileError:  # e.g. an older schema, upgraded by a normal open (which says why if it cannot)
        project = Project.open(project_path)
    with project:
        project.export_xlsx(out)
        n = len(project.claims())
    print(f"exported {n} claims to {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``annotator`` command."""
    parser = argparse.ArgumentParser(prog="annotator", description="Nisba: claims and their sources in news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    default = str(default_project_path())

    imp = sub.add_parser("import", help="import plain-text article files (folders are searched for .txt files)")
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument("--project", "-p", default=default, help=f"project file (default: {default})")
    imp.set_defaults(func=_cmd_import)

    exp = sub.add_parser("export", help="export every claim to an Excel workbook")
    exp.add_argument("--project", "-p", default=default, help=f"project file (default: {default})")
    exp.add_argument("--out", "-o", required=True, metavar="OUT.xlsx")
    exp.set_defaults(func=_cmd_export)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AnnotatorError as exc:
        print(f"error    {exc}", file=sys.stderr)
        return 1
