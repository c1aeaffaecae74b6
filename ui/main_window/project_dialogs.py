"""The window's dialogs about projects: new, open, open recent, import annotations, about; who is annotating."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from annotator.errors import AnnotatorError
from annotator.paths import PROJECT_SUFFIX
from ui.i18n.core_text import error_text, say
from ui.i18n.words import Words

if TYPE_CHECKING:
    from annotator import Project

DialogText = Words("DialogText")


def annotator_name() -> str:
    """The annotator remembered in the settings, else the account's user name."""
    saved = QSettings().value("annotator/name", "")
    if isinstance(saved, str) and saved.strip():
        return saved
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "annotator"


def ask_annotator(parent: QWidget, project: Project) -> bool:
    """Ask who is annotating; True when the name changed (it is remembered)."""
    name, ok = QInputDialog.getText(
        parent,
        DialogText.tr("Annotator"),
        DialogText.tr("Your name (recorded on each claim you mark):"),
        text=project.annotator or "",
    )
    if not ok or not name.strip():
        return False
    project.annotator = " ".join(name.split())
    QSettings().setValue("annotator/name", project.annotator)
    return True


def new_project_path(parent: QWidget, project: Project) -> Path | None:
    """File → New project: where to create it (None: cancelled)."""
    target, _ = QFileDialog.getSaveFileName(
        parent,
        DialogText.tr("New project"),
        str(project.path.parent),
        DialogText.tr("Nisba project (*{suffix})").format(suffix=PROJECT_SUFFIX),
    )
    if not target:
        return None
    path = Path(target)
    return path if path.suffix else path.with_suffix(PROJECT_SUFFIX)


def open_project_path(parent: QWidget, project: Project) -> Path | None:
    """File → Open project: which file (None: cancelled)."""
    target, _ = QFileDialog.getOpenFileName(
        parent,
        DialogText.tr("Open project"),
        str(project.path.parent),
        DialogText.tr("Nisba project (*{suffix});;All files (*)").format(suffix=PROJECT_SUFFIX),
    )
    return Path(target) if target else None


def import_annotations(parent: QWidget, project: Project) -> None:
    """File → Import annotations: a W3C file or another project merged in (one undoable action)."""
    path, _ = QFileDialog.getOpenFileName(
        parent,
        DialogText.tr("Import annotations"),
        str(Path.home()),
        DialogText.tr("W3C Web Annotation JSON or Nisba project (*.json *.jsonld *.nisba);;All files (*)"),
    )
    if not path:
        return
    try:
        report = project.import_annotations(path)
    except AnnotatorError as exc:
        QMessageBox.warning(parent, DialogText.tr("Import of annotations failed"), error_text(exc))
        return
    icon = QMessageBox.Icon.Warning if report.unplaced else QMessageBox.Icon.Information
    lines = "\n".join(say(line) for line in report.lines()[:40])
    QMessageBox(icon, DialogText.tr("Import annotations"), lines, parent=parent).exec()


def about(parent: QWidget, project: Project) -> None:
    """Help → About."""
    QMessageBox.about(
        parent,
        DialogText.tr("About Nisba"),
        DialogText.tr(
            "<b>Nisba</b> (نسبة, “attribution”)<br>Highlight the claims in news articles and attribute each "
            "to its source.<br><br>Project: {path}"
        ).format(path=project.path),
    )


RECENT_PROJECTS_KEY = "projects/recent"
RECENT_PROJECTS_LIMIT = 8


def recent_projects() -> list[Path]:
    """The projects opened last, newest first (those still on disk)."""
    saved = QSettings().value(RECENT_PROJECTS_KEY, [])
    paths = [saved] if isinstance(saved, str) else list(saved) if isinstance(saved, list | tuple) else []
    return [Path(p) for p in paths if isinstance(p, str) and Path(p).is_file()]


def remember_project(path: Path) -> None:
    """``path`` becomes the first of File → Open Recent."""
    paths = [str(path), *(str(p) for p in recent_projects() if p != path)]
    QSettings().setValue(RECENT_PROJECTS_KEY, paths[:RECENT_PROJECTS_LIMIT])


def fill_recent_projects(
    menu: QMenu,
    current: Path,
    open_path: Callable[[Path], None],
    open_server: Callable[[str], None] | None = None,
    location: str = "",
) -> None:
    """File → Open Recent: the last project files (not the open one), then the last server projects (their
    addresses, never a password; not ``location``, the open one), then Clear list."""
    from ui.main_window.server_dialog import RECENT_KEY, recent_servers

    menu.clear()
    others = [p for p in recent_projects() if p != current]
    for n, path in enumerate(others, start=1):
        action = menu.addAction(f"&{n}  {path.name}")
        action.setToolTip(str(path))
        action.setStatusTip(str(path))
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    servers = [a for a in recent_servers() if a != location] if open_server is not None else []
    if servers:
        menu.addSection(DialogText.tr("Server projects"))
    for address in servers:
        action = menu.addAction(address)
        action.setStatusTip(address)
        action.triggered.connect(lambda _checked=False, a=address: open_server(a) if open_server else None)
    if not others and not servers:
        menu.addAction(DialogText.tr("(no other project yet)")).setEnabled(False)
    menu.addSeparator()
    clear = menu.addAction(DialogText.tr("&Clear list"))
    clear.setEnabled(bool(others or servers))

    def forget() -> None:
        QSettings().setValue(RECENT_PROJECTS_KEY, [str(current)])
        QSettings().setValue(RECENT_KEY, [a for a in recent_servers() if a == location])

    clear.triggered.connect(forget)
