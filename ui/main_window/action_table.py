"""The window's actions as one declarative table: it drives the menus, the toolbar, the key scoping,
read-only mode and the shortcuts sheet (Help → Keyboard shortcuts).

Each row says what an action is called, its keys, its tooltip, whether it is a *reading key* (a single
key such as Enter, N or 1 that acts only where the user reads: the article, the claims table, the article
list; in a text box or a dialog it keeps its usual meaning), whether it changes the project (so a
read-only window disables it), and whether it is a checkbox.  What an action does comes from the parts of
the window (``slots``), by key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

Key = str | QKeySequence.StandardKey
StandardKey = QKeySequence.StandardKey
RECENT_LIMIT = 9


@dataclass(frozen=True)
class ActionSpec:
    """One action of the main window."""

    key: str
    text: str
    keys: tuple[Key, ...] = ()
    tip: str = ""
    reading: bool = False
    writes: bool = False
    checkable: bool = False
    article_only: bool = False
    """A reading key that acts in the article alone (Tab keeps moving the focus elsewhere)."""


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", "&New project…", (StandardKey.New,)),
    ActionSpec("open", "&Open project…", (StandardKey.Open,)),
    ActionSpec("import", "&Import articles…", ("Ctrl+I",), writes=True),
    ActionSpec(
        "clean_batches",
        "Remove site &furniture when importing many files",
        checkable=True,
        tip="Batch imports drop section words, 'read also', share and 'back to top' lines before storing",
    ),
    ActionSpec("import_annotations", "Import &annotations…", writes=True),
    ActionSpec("import_project", "Import &project (.qdpx)…", writes=True, tip="REFI-QDA: QualCoder, MAXQDA, NVivo"),
    ActionSpec("export", "&Export…", ("Ctrl+E",), "Export claims to Excel, CSV or JSON"),
    ActionSpec("save_copy", "Save a &copy…", tip="Write a copy of the whole project to another file"),
    ActionSpec(
        "restore",
        "&Restore from backup…",
        writes=True,
        tip="Go back to one of this project's backups (the current file is kept as a safety copy)",
    ),
    ActionSpec("quit", "&Quit", (StandardKey.Quit,)),
    ActionSpec("undo", "&Undo", (StandardKey.Undo,), writes=True),
    ActionSpec("redo", "&Redo", (StandardKey.Redo,), writes=True),
    ActionSpec(
        "paste_article",
        "&Paste as new article",
        ("Ctrl+Shift+V",),
        "Import the clipboard's text as a new article (Ctrl+Shift+V)",
        writes=True,
    ),
    ActionSpec("find", "&Find in article…", (StandardKey.Find,)),
    ActionSpec(
        "snap",
        "Snap selections to whole &words",
        ("Ctrl+Shift+W",),
        "Widen a new claim, mention or cue to whole words (Arabic clitics and diacritics understood)",
        writes=True,
        checkable=True,
    ),
    ActionSpec("annotator", "Annotator &name…", tip="Who is annotating: recorded on each new claim"),
    ActionSpec(
        "mark",
        "&Mark claim…",
        ("Return", "Enter", "Ctrl+M"),
        "Mark the selected text as a claim and attribute it to a source (Enter)",
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "delete", "&Delete claim", (StandardKey.Delete,), "Delete the current claim (Delete)", reading=True, writes=True
    ),
    ActionSpec("add_source", "&Add source to chain…", ("S", "Ctrl+Shift+S"), reading=True, writes=True),
    ActionSpec(
        "mention",
        "Mark source &mention",
        ("M", "Ctrl+Shift+M"),
        "The selected text names the current claim's source (M)",
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "cue",
        "Mark &cue",
        ("C", "Ctrl+Shift+K"),
        "The selected text is the current claim's reporting cue, e.g. وقال (C)",
        reading=True,
        writes=True,
    ),
    ActionSpec("bounds", "Set claim &boundaries to selection", ("Ctrl+B",), reading=True, writes=True),
    ActionSpec(
        "labels",
        "Edit &labels",
        ("L",),
        "Move to the current claim's labels (Space ticks one)",
        reading=True,
        writes=True,
    ),
    ActionSpec("note", "Edit &note", ("F2",), reading=True, writes=True),
    ActionSpec("next_claim", "&Next claim", ("N", "Alt+Down"), reading=True),
    ActionSpec("prev_claim", "&Previous claim", ("P", "Alt+Up"), reading=True),
    *(
        ActionSpec(f"recent_{n}", f"Mark with recent source {n}", (str(n),), reading=True, writes=True)
        for n in range(1, RECENT_LIMIT + 1)
    ),
    ActionSpec(
        "suggestions",
        "Show &suggestions",
        ("Ctrl+Shift+G",),
        "Outline the attributions Nisba finds in the article: Tab goes through them, Enter accepts, X rejects",
        checkable=True,
    ),
    ActionSpec("next_suggestion", "Ne&xt suggestion", ("Tab",), reading=True, article_only=True),
    ActionSpec(
        "prev_suggestion", "Pre&vious suggestion", ("Backtab", "Shift+Backtab"), reading=True, article_only=True
    ),
    ActionSpec(
        "reject_suggestion",
        "&Reject suggestion",
        ("X", "Backspace"),
        "Not an attribution: it is not suggested again for this article",
        reading=True,
        writes=True,
        article_only=True,
    ),
    ActionSpec("accept_source_suggestions", "Accept the suggestions of this s&ource", writes=True),
    ActionSpec("accept_all_suggestions", "Accept a&ll suggestions in the article…", writes=True),
    ActionSpec("next_article", "Ne&xt article", ("Ctrl+PgDown",)),
    ActionSpec("prev_article", "Pre&vious article", ("Ctrl+PgUp",)),
    ActionSpec("article_done", "Mark article &done / not done", ("Ctrl+D",), writes=True),
    ActionSpec("article_details", "Article d&etails…", ("Ctrl+Shift+D",), writes=True),
    ActionSpec("sources", "&Sources registry", ("Ctrl+Shift+R",)),
    ActionSpec("sessions", "Highlighting &sessions…"),
    ActionSpec("agreement", "&Agreement between annotators…"),
    ActionSpec("mine", "Show only &my claims", checkable=True),
    ActionSpec("curate", "Accept claim as &final (curated)", ("Ctrl+Shift+A",), writes=True, checkable=True),
    ActionSpec("guide", "&Getting started", tip="Show the three steps of marking a claim again"),
    ActionSpec("shortcuts", "&Keyboard shortcuts", ("F1",)),
    ActionSpec("about", "&About Nisba"),
)

SUBMENU = "@"
"""A menu entry starting with this is a submenu filled by the part of the window that owns it."""

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        "&File",
        (
            "new",
            "open",
            "@Open &Recent",
            None,
            "import",
            "clean_batches",
            "import_annotations",
            "import_project",
            "export",
            None,
            "save_copy",
            "restore",
            None,
            "quit",
        ),
    ),
    ("&Edit", ("undo", "redo", None, "paste_article", None, "find", None, "snap", "annotator")),
    (
        "&Claim",
        (
            "mark",
            "delete",
            None,
            "add_source",
            "mention",
            "cue",
            "bounds",
            "labels",
            "note",
            None,
            "next_claim",
            "prev_claim",
            "@Mark with a &recent source",
            None,
            "suggestions",
            "next_suggestion",
            "prev_suggestion",
            "reject_suggestion",
            "accept_source_suggestions",
            "accept_all_suggestions",
        ),
    ),
    ("&Article", ("next_article", "prev_article", None, "article_done", "article_details", None, "sources")),
    ("&Review", ("sessions", "agreement", "@&Compare with", "mine", None, "curate")),
    ("&Help", ("guide", "shortcuts", "about")),
)
TOOLBAR: tuple[str | None, ...] = ("import", "export", None, "mark", "delete", None, "undo", "redo")
WRITING_KEYS = tuple(spec.key for spec in ACTIONS if spec.writes)
READING_KEYS = tuple(spec.key for spec in ACTIONS if spec.reading)


def _sequence(key: Key) -> list[QKeySequence]:
    return QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]


def build_actions(
    window: QMainWindow, slots: Mapping[str, Callable[..., object]], reading_widgets: Sequence[QWidget]
) -> dict[str, QAction]:
    """Every action of the table, connected to its slot; reading keys act only in ``reading_widgets`` (the
    first is the article)."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(spec.text, window)
        action.setObjectName(f"action_{spec.key}")
        action.setShortcuts([s for key in spec.keys for s in _sequence(key)])
        action.setToolTip(spec.tip or spec.text.replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.setCheckable(spec.checkable)
        slot = slots[spec.key]
        if spec.checkable:
            action.triggered.connect(slot)  # by the user only (not by setChecked), with the new state
        elif spec.reading:
            action.triggered.connect(lambda _checked=False, run=slot: _unless_a_dialog_is_open(window, run))
        else:
            action.triggered.connect(lambda _checked=False, run=slot: run())
        if spec.reading:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            for widget in reading_widgets[:1] if spec.article_only else reading_widgets:
                widget.addAction(action)
        else:
            window.addAction(action)
        actions[spec.key] = action
    return actions


def _unless_a_dialog_is_open(window: QWidget, run: Callable[[], object]) -> None:
    modal = QApplication.activeModalWidget()
    if modal is None or modal is window:
        run()


def build_menus(
    window: QMainWindow, actions: Mapping[str, QAction], submenus: Mapping[str, Callable[[QMenu], None]]
) -> dict[str, QMenu]:
    """The menu bar and the toolbar from :data:`MENUS` and :data:`TOOLBAR`; ``submenus`` fill the ``@`` entries."""
    made: dict[str, QMenu] = {}
    for title, keys in MENUS:
        menu = window.menuBar().addMenu(title)
        menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
        made[title] = menu
        for key in keys:
            if key is None:
                menu.addSeparator()
            elif key.startswith(SUBMENU):
                sub = menu.addMenu(key[1:])
                sub.setObjectName(f"menu_{key[1:].replace('&', '').lower().replace(' ', '_')}")
                sub.aboutToShow.connect(lambda sub=sub, fill=submenus[key[1:]]: fill(sub))
                made[key[1:]] = sub
            else:
                menu.addAction(actions[key])
    toolbar = window.addToolBar("Main")
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    # The icons are drawn after the first paint: a blank one of their size keeps the toolbar (and the article
    # below it) from growing when they arrive.
    blank = QPixmap(toolbar.iconSize())
    blank.fill(Qt.GlobalColor.transparent)
    for key in TOOLBAR:
        if key is None:
            toolbar.addSeparator()
            continue
        if actions[key].icon().isNull():
            actions[key].setIcon(QIcon(blank))
        toolbar.addAction(actions[key])
    return made
