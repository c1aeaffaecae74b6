"""The team-mode subcommands of ``annotator``: ``server init``, ``server add-user`` and ``copy``."""

from __future__ import annotations

import argparse

ROLE_CHOICES = ("annotator", "curator", "reader")


def add_team_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register ``server`` and ``copy`` on the ``annotator`` command's subparsers."""
    server = sub.add_parser("server", help="set up a project on a PostgreSQL server for a team")
    actions = server.add_subparsers(dest="server_command", required=True)
    init = actions.add_parser("init", help="create the project's schema and the annotator, curator and reader roles")
    init.add_argument("url", metavar="URL", help="libpq URL or connection string of an empty database")
    init.set_defaults(func=_cmd_init)
    add = actions.add_parser("add-user", help="give a server user (created if missing, without a password) a role")
    add.add_argument("url", metavar="URL")
    add.add_argument("name", metavar="NAME")
    add.add_argument("--role", choices=ROLE_CHOICES, required=True)
    add.set_defaults(func=_cmd_add_user)
    copy = sub.add_parser("copy", help="copy a whole project between a .nisba file and a server, either way")
    copy.add_argument("source", metavar="FROM", help="a .nisba file or a server URL")
    copy.add_argument("target", metavar="TO", help="a new .nisba file or an empty server project")
    copy.set_defaults(func=_cmd_copy)


def _server(url: str) -> object:
    from annotator.errors import InvalidValueError
    from annotator.storage.postgres import is_server_address

    if not is_server_address(url):
        raise InvalidValueError(f"{url}: is not a PostgreSQL URL or connection string (postgresql://user@host/db)")
    return url


def _cmd_init(args: argparse.Namespace) -> int:
    from annotator.project import Project
    from annotator.storage import server_roles

    _server(args.url)
    with Project.open(args.url) as project, project._store.flavour.engine.begin() as conn:
        server_roles.install(conn)
        print(f"ready    {project.location}: schema and roles (annotator, curator, reader) in place")
    return 0


def _cmd_add_user(args: argparse.Namespace) -> int:
    from annotator.project import Project
    from annotator.storage import server_roles

    _server(args.url)
    with Project.open(args.url) as project, project._store.flavour.engine.begin() as conn:
        created = server_roles.add_user(conn, args.name, args.role)
        print(
            f"{'created' if created else 'updated'}  {args.name} is now {args.role} on {project.location}"
            + ("; set a password on the server (psql: \\password) or use its own authentication" if created else "")
        )
    return 0


def _cmd_copy(args: argparse.Namespace) -> int:
    from annotator.project.copying import copy_project

    report = copy_project(args.source, args.target)
    print(f"copied   {report}")
    return 0
