"""The ``annotator`` command: import articles, export a project, suggest attributions and report agreement without
the GUI."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from annotator.cli_agreement import add_parser as add_agreement_parser
from annotator.cli_qdpx import add_import_project
from annotator.cli_suggest import add_parser as add_suggest_parser
from annotator.cli_team import add_team_commands
from annotator.errors import AnnotatorError, DuplicateArticleError, ProjectFileError
from annotator.exports.data import ExportOptions, Scope
from annotator.exports.files import counted
from annotator.exports.header_names import HEADER_LANGUAGES
from annotator.importers.reading import expand_paths, read_article
from annotator.paths import default_project_path
from annotator.project import Project
from annotator.project.reading import EXPORT_FORMATS


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


def _existing_project(path: str) -> Path:
    project_path = Path(path)
    if not project_path.exists():
        raise AnnotatorError(f"{project_path}: no such project file")
    return project_path


def _cmd_export(args: argparse.Namespace) -> int:
    project_path = _existing_project(args.project)
    scope: Scope = "selected" if args.article else ("done" if args.done else "all")
    options = ExportOptions(
        scope=scope,
        article_ids=tuple(args.article or ()),
        include_context=not args.no_context,
        curated_only=args.curated,
        headers=args.headers,
    )
    out = Path(args.out)

    def progress(done: int, total: int) -> bool:
        print(f"\r{done:,} / {total:,} claims", end="", file=sys.stderr, flush=True)
        return True

    try:  # exporting only reads: it works while the app has the project open
        project = Project.open(project_path, read_only=True)
    except ProjectFileError:  # e.g. an older schema, upgraded by a normal open (which says why if it cannot)
        project = Project.open(project_path)
    with project:
        summary = project.export(out, args.format, options, progress if sys.stderr.isatty() else None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    claims, articles = counted(summary.claims, "claim", "claims"), counted(summary.articles, "article", "articles")
    print(f"exported {claims} from {articles} to {out}")
    for note in summary.notes:
        print(f"note     {note}", file=sys.stderr)
    return 0


def _cmd_import_annotations(args: argparse.Namespace) -> int:
    with Project.open(_existing_project(args.project)) as project:
        report = project.import_annotations(args.file)
    for line in report.lines():
        print(line)
    return 1 if report.unplaced else 0


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

    exp = sub.add_parser(
        "export", help="export claims to Excel (.xlsx), CSV (.csv), W3C Web Annotation JSON (.json) or REFI-QDA (.qdpx)"
    )
    exp.add_argument("--project", "-p", default=default, help=f"project file (default: {default})")
    exp.add_argument("--out", "-o", required=True, metavar="FILE", help="output file; its extension picks the format")
    exp.add_argument("--format", "-f", choices=EXPORT_FORMATS, help="format, when the extension does not say")
    which = exp.add_mutually_exclusive_group()
    which.add_argument("--article", type=int, action="append", metavar="ID", help="only this article (repeatable)")
    which.add_argument("--done", action="store_true", help="only articles marked done")
    exp.add_argument("--no-context", action="store_true", help="leave out the text before and after each claim")
    exp.add_argument("--curated", action="store_true", help="only claims accepted as final by an adjudicator")
    exp.add_argument(
        "--headers",
        choices=HEADER_LANGUAGES,
        default="en",
        help="language of column headers and sheet names (default: en, what scripts expect; ar: Arabic)",
    )
    exp.set_defaults(func=_cmd_export)

    ann = sub.add_parser(
        "import-annotations", help="add the claims of a W3C Web Annotation JSON file or of another .nisba project"
    )
    ann.add_argument("file", metavar="FILE")
    ann.add_argument("--project", "-p", default=default, help=f"project file (default: {default})")
    ann.set_defaults(func=_cmd_import_annotations)
    add_import_project(sub, default)

    add_suggest_parser(sub)
    add_agreement_parser(sub, default)
    add_team_commands(sub)  # server init, server add-user, copy (issue 17)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args))
    except AnnotatorError as exc:
        print(f"error    {exc}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader went away (`annotator suggest ... | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no second error when Python flushes
        return 141
