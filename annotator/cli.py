"""The ``annotator`` command: import articles and export a project without the GUI."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from .errors import AnnotatorError, DuplicateArticleError
from .importing import expand_paths, read_article
from .paths import default_project_path
from .project import Project

TEXT_SUFFIXES = (".txt", ".text")
"""Plain-text suffixes (kept for callers); folders are searched for every suffix in IMPORTABLE_SUFFIXES."""


def _cmd_import(args: argparse.Namespace) -> int:
    failed = imported = skipped = 0
    paths = expand_paths(args.files)
    total = len(paths)
    width = len(str(total))
    with Project.open(args.project) as project:
        for number, path in enumerate(paths, 1):
            progress = f"[{number:>{width}}/{total}]"
            try:
                draft = read_article(path, encoding=args.encoding)
                removed = len(draft.furniture) if args.clean else 0
                article = project.import_draft(draft.without_furniture() if args.clean else draft)
            except DuplicateArticleError as exc:
                skipped += 1
                print(f"{progress} skipped  {exc}", file=sys.stderr)
                continue
            except AnnotatorError as exc:
                failed += 1
                print(f"{progress} error    {exc}", file=sys.stderr)
                continue
            imported += 1
            cleaned = f", {removed} furniture line(s) removed" if removed else ""
            print(
                f"{progress} imported {path} -> article {article.id}: {article.title or '(untitled)'} "
                f"[{article.direction}, {len(article.text):,} characters, {article.encoding or draft.kind}{cleaned}]",
                flush=True,
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
    with Project.open(project_path) as project:
        project.export_xlsx(out)
        n = len(project.claims())
    print(f"exported {n} claims to {out}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of the ``annotator`` command."""
    parser = argparse.ArgumentParser(prog="annotator", description="Nisba: claims and their sources in news articles.")
    sub = parser.add_subparsers(dest="command", required=True)
    default = str(default_project_path())

    imp = sub.add_parser(
        "import",
        help="import article files: .txt (any common encoding), .html/.htm, .docx; folders are searched recursively",
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    imp.add_argument(
        "--clean", action="store_true", help="remove site furniture (section words, 'read also', share links)"
    )
    imp.add_argument("--encoding", help="decode plain-text files with this encoding instead of detecting it")
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
