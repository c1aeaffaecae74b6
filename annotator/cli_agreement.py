"""``annotator agreement -p P [--suggester [--annotator NAME]...] [--article ID]... [--json]``: agreement between
annotators, or between the suggester and annotators, as the window's Agreement dialog shows it.

Without ``--suggester``: every pair of annotators on each article two or more of them marked
(:meth:`Project.agreement`).  With it: the suggester against each ``--annotator`` (every annotator when none is
named) on the articles that annotator marked, or on each ``--article`` (:meth:`Project.suggester_agreement`).
The project is only read.  One row per article and pair, then the pooled row; ``--json`` prints the rows as
one JSON list (NaN, a kappa or alpha that is not defined, as null).
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError, ProjectFileError
from annotator.project import Project
from annotator.review.report import OVERALL, ArticleAgreement


def add_parser(sub: Any, default: str) -> None:
    """Register the ``agreement`` subcommand on the ``annotator`` command's subparsers."""
    parser = sub.add_parser(
        "agreement", help="agreement between annotators, or between the suggestions and an annotator (--suggester)"
    )
    parser.add_argument("--project", "-p", default=default, help=f"project file (default: {default})")
    parser.add_argument(
        "--suggester", action="store_true", help="compare the suggestions (all of them, rejected too) with annotators"
    )
    parser.add_argument(
        "--annotator", action="append", metavar="NAME", help="with --suggester: this annotator (repeatable)"
    )
    parser.add_argument(
        "--article", type=int, action="append", metavar="ID", help="with --suggester: this article (repeatable)"
    )
    parser.add_argument("--json", action="store_true", help="the rows as one JSON list")
    parser.set_defaults(func=run)


def _number(value: float) -> float | None:
    return None if math.isnan(value) else round(value, 4)


def _shown(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:.2f}"


def rows(report: list[ArticleAgreement]) -> list[dict[str, Any]]:
    """One plain row per article and pair (the pooled rows have ``article_id`` null)."""
    return [
        {
            "article_id": None if article.article_id == OVERALL else article.article_id,
            "title": article.title,
            "left": pair.left,
            "right": pair.right,
            "claims": [pair.exact.left, pair.exact.right],
            "exact_f1": _number(pair.exact.f1),
            "exact_matched": pair.exact.matched,
            "overlap_f1": _number(pair.overlap.f1),
            "overlap_matched": pair.overlap.matched,
            "both_marked": pair.paired,
            "kappa": _number(pair.kappa),
            "alpha": _number(article.alpha),
            "alpha_units": article.units,
        }
        for article in report
        for pair in article.pairs
    ]


def _print_table(report: list[ArticleAgreement]) -> None:
    print("article\tpair\tclaims\texact F1\toverlap F1\tboth marked\tkappa (source)\talpha (source)\ttitle")
    for article in report:
        where = "all" if article.article_id == OVERALL else str(article.article_id)
        for p in article.pairs:
            print(
                f"{where}\t{p.left} / {p.right}\t{p.exact.left} / {p.exact.right}\t"
                f"{_shown(p.exact.f1)} ({p.exact.matched})\t{_shown(p.overlap.f1)} ({p.overlap.matched})\t"
                f"{p.paired}\t{_shown(p.kappa)}\t{_shown(article.alpha)}\t{article.title}"
            )


def _open(path: str) -> Project:
    project_path = Path(path)
    if not project_path.exists():
        raise AnnotatorError(f"{project_path}: no such project file")
    try:  # only reads: it works while the app has the project open
        return Project.open(project_path, read_only=True)
    except ProjectFileError:  # an older schema, upgraded by a normal open (which says why if it cannot)
        return Project.open(project_path)


def run(args: argparse.Namespace) -> int:
    """Print the report; the exit status is 1 when a named annotator has marked nothing to compare."""
    if not args.suggester and (args.annotator or args.article):
        raise AnnotatorError("--annotator and --article go with --suggester")
    with _open(args.project) as project:
        if not args.suggester:
            report = project.agreement()
            missing: list[str] = []
        else:
            names = args.annotator or project.annotators()
            reports = {name: project.suggester_agreement(name, args.article) for name in names}
            missing = [name for name, found in reports.items() if not found]
            report = [row for found in reports.values() for row in found]
        known = project.annotators()
    if args.json:
        print(json.dumps(rows(report), ensure_ascii=False))
    elif report:
        _print_table(report)
    elif not missing:
        print("no article has claims by two or more annotators" if not args.suggester else "no annotator yet")
    for name in missing:
        print(
            f"error    {name!r} has marked no claims to compare (annotators: {', '.join(known) or 'none'})",
            file=sys.stderr,
        )
    return 1 if missing else 0
