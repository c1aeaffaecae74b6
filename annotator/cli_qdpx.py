"""The ``annotator import-project`` command: bring in a REFI-QDA project (``.qdpx``) from QualCoder, MAXQDA,
NVivo, ATLAS.ti or Nisba.  (Exporting one is ``annotator export --out study.qdpx``.)"""

from __future__ import annotations

import argparse
from pathlib import Path

from annotator.errors import AnnotatorError
from annotator.exchange.qda_plan import ROLES


def _mapping(pairs: list[str] | None) -> dict[str, str]:
    mapping = {}
    for pair in pairs or ():
        folder, sep, role = pair.rpartition("=")
        if not sep or not folder or role not in ROLES:
            raise AnnotatorError(f"--map takes FOLDER=ROLE with ROLE one of {', '.join(ROLES)}, not {pair!r}")
        mapping[folder] = role
    return mapping


def _cmd_import_project(args: argparse.Namespace) -> int:
    from annotator.project import Project

    project_path = Path(args.project)
    if not project_path.exists():
        raise AnnotatorError(f"{project_path}: no such project file")
    mapping = _mapping(args.map)
    with Project.open(project_path, read_only=args.preview) as project:
        if args.preview:
            for line in project.preview_project_import(args.file, mapping).lines():
                print(line)
            return 0
        report = project.import_project(args.file, mapping)
    for line in report.lines():
        print(line)
    return 1 if report.unplaced else 0


def add_import_project(sub: argparse._SubParsersAction[argparse.ArgumentParser], default_project: str) -> None:
    """Register ``import-project`` on the ``annotator`` command's subcommands."""
    cmd = sub.add_parser(
        "import-project",
        help="add the articles and claims of a REFI-QDA project (.qdpx) from QualCoder, MAXQDA, NVivo, ATLAS.ti",
    )
    cmd.add_argument("file", metavar="FILE.qdpx")
    cmd.add_argument("--project", "-p", default=default_project, help=f"project file (default: {default_project})")
    cmd.add_argument(
        "--map",
        action="append",
        metavar="FOLDER=ROLE",
        help=f"what a top-level code folder's codes become: {', '.join(ROLES)} (repeatable; default: labels, "
        "or Nisba's own folders in a file Nisba wrote)",
    )
    cmd.add_argument("--preview", action="store_true", help="only say what would come in; change nothing")
    cmd.set_defaults(func=_cmd_import_project)
