"""The window's actions as one declarative table: it drives the menus, the toolbar, the key scoping,
read-only mode and the shortcuts sheet (Help → Keyboard shortcuts).

Each row says what an action is called, its keys, its tooltip, whether it is a *reading key* (a single
key such as Enter, N or 1 that acts only where the user reads: the article, the claims table, the article
list; in a text box or a dialog it keeps its usual meaning), whether it changes the project (so a
read-only window disables it), and whether it is a checkbox.  What an action does comes from the parts of
the window (``slots``), by key; :mod:`ui.main_window.action_building` makes the actions, menus and toolbar.
"""

from __future__ import annotations

from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.main_window.action_spec import RECENT_TEXT, ActionSpec, StandardKey

RECENT_LIMIT = 9


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("new", QT_TRANSLATE_NOOP("Actions", "&New project…"), (StandardKey.New,)),
    ActionSpec("open", QT_TRANSLATE_NOOP("Actions", "&Open project…"), (StandardKey.Open,)),
    ActionSpec("open_server", QT_TRANSLATE_NOOP("Actions", "Open &server project…")),  # team mode (issue 17)
    ActionSpec("import", QT_TRANSLATE_NOOP("Actions", "&Import articles…"), ("Ctrl+I",), writes=True),
    ActionSpec(
        "clean_batches",
        QT_TRANSLATE_NOOP("Actions", "Remove site &furniture when importing many files"),
        checkable=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Batch imports drop section words, 'read also', share and 'back to top' lines before storing"
        ),
    ),
    ActionSpec("import_annotations", QT_TRANSLATE_NOOP("Actions", "Import &annotations…"), writes=True),
    ActionSpec(
        "import_project",
        QT_TRANSLATE_NOOP("Actions", "Import &project (.qdpx)…"),
        writes=True,
        tip=QT_TRANSLATE_NOOP("Actions", "REFI-QDA: QualCoder, MAXQDA, NVivo"),
    ),
    ActionSpec(
        "export",
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        ("Ctrl+E",),
        QT_TRANSLATE_NOOP("Actions", "Export claims to Excel, CSV or JSON"),
    ),
    ActionSpec(
        "save_copy",
        QT_TRANSLATE_NOOP("Actions", "Save a &copy…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Write a copy of the whole project to another file"),
    ),
    ActionSpec(
        "restore",
        QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"),
        writes=True,
        tip=QT_TRANSLATE_NOOP(
            "Actions", "Go back to one of this project's backups (the current file is kept as a safety copy)"
        ),
    ),
    ActionSpec("quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), (StandardKey.Quit,)),
    ActionSpec("undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), (StandardKey.Undo,), writes=True),
    ActionSpec("redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), (StandardKey.Redo,), writes=True),
    ActionSpec(
        "paste_article",
        QT_TRANSLATE_NOOP("Actions", "&Paste as new article"),
        ("Ctrl+Shift+V",),
        QT_TRANSLATE_NOOP("Actions", "Import the clipboard's text as a new article (Ctrl+Shift+V)"),
        writes=True,
    ),
    ActionSpec("find", QT_TRANSLATE_NOOP("Actions", "&Find in article…"), (StandardKey.Find,)),
    ActionSpec(
        "snap",
        QT_TRANSLATE_NOOP("Actions", "Snap selections to whole &words"),
        ("Ctrl+Shift+W",),
        QT_TRANSLATE_NOOP(
            "Actions", "Widen a new claim, mention or cue to whole words (Arabic clitics and diacritics understood)"
        ),
        writes=True,
        checkable=True,
    ),
    ActionSpec(
        "annotator",
        QT_TRANSLATE_NOOP("Actions", "Annotator &name…"),
        tip=QT_TRANSLATE_NOOP("Actions", "Who is annotating: recorded on each new claim"),
    ),
    ActionSpec(
        "mark",
        QT_TRANSLATE_NOOP("Actions", "&Mark claim…"),
        ("Return", "Enter", "Ctrl+M"),
        QT_TRANSLATE_NOOP("Actions", "Mark the selected text as a claim and attribute it to a source (Enter)"),
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "delete",
        QT_TRANSLATE_NOOP("Actions", "&Delete claim"),
        (StandardKey.Delete,),
        QT_TRANSLATE_NOOP("Actions", "Delete the current claim (Delete)"),
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "add_source",
        QT_TRANSLATE_NOOP("Actions", "&Add source to chain…"),
        ("S", "Ctrl+Shift+S"),
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "mention",
        QT_TRANSLATE_NOOP("Actions", "Mark source &mention"),
        ("M", "Ctrl+Shift+M"),
        QT_TRANSLATE_NOOP("Actions", "The selected text names the current claim's source (M)"),
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "cue",
        QT_TRANSLATE_NOOP("Actions", "Mark &cue"),
        ("C", "Ctrl+Shift+K"),
        QT_TRANSLATE_NOOP("Actions", "The selected text is the current claim's reporting cue, e.g. وقال (C)"),
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "bounds",
        QT_TRANSLATE_NOOP("Actions", "Set claim &boundaries to selection"),
        ("Ctrl+B",),
        reading=True,
        writes=True,
    ),
    ActionSpec(
        "labels",
        QT_TRANSLATE_NOOP("Actions", "Edit &labels"),
        ("L",),
        QT_TRANSLATE_NOOP("Actions", "Move to the current claim's labels (Space ticks one)"),
        reading=True,
        writes=True,
    ),
    ActionSpec("note", QT_TRANSLATE_NOOP("Actions", "Edit &note"), ("F2",), reading=True, writes=True),
    ActionSpec("next_claim", QT_TRANSLATE_NOOP("Actions", "&Next claim"), ("N", "Alt+Down"), reading=True),
    ActionSpec("prev_claim", QT_TRANSLATE_NOOP("Actions", "&Previous claim"), ("P", "Alt+Up"), reading=True),
    *(ActionSpec(f"recent_{n}", RECENT_TEXT, (str(n),), reading=True, writes=True) for n in range(1, RECENT_LIMIT + 1)),
    ActionSpec(
        "suggestions",
        QT_TRANSLATE_NOOP("Actions", "Show &suggestions"),
        ("Ctrl+Shift+G",),
        QT_TRANSLATE_NOOP(
            "Actions",
            "Outline the attributions found in the article (Tab: next, Enter: accept, X: reject)",
        ),
        checkable=True,
    ),
    ActionSpec(
        "next_suggestion", QT_TRANSLATE_NOOP("Actions", "Ne&xt suggestion"), ("Tab",), reading=True, article_only=True
    ),
    ActionSpec(
        "prev_suggestion",
        QT_TRANSLATE_NOOP("Actions", "Pre&vious suggestion"),
        ("Shift+Tab",),
        reading=True,
        article_only=True,
    ),
    ActionSpec(
        "reject_suggestion",
        QT_TRANSLATE_NOOP("Actions", "&Reject suggestion"),
        ("X", "Backspace"),
        QT_TRANSLATE_NOOP("Actions", "Not an attribution: it is not suggested again for this article"),
        reading=True,
        writes=True,
        article_only=True,
    ),
    ActionSpec(
        "accept_source_suggestions",
        QT_TRANSLATE_NOOP("Actions", "Accept the suggestions of this s&ource"),
        ("Shift+Return", "Shift+Enter"),
        QT_TRANSLATE_NOOP("Actions", "Accept every suggestion attributed to the current one's source (Shift+Enter)"),
        reading=True,
        writes=True,
        article_only=True,
    ),
    ActionSpec(
        "accept_all_suggestions",
        QT_TRANSLATE_NOOP("Actions", "Accept a&ll suggestions in the article…"),
        ("Ctrl+Shift+Return", "Ctrl+Shift+Enter"),
        reading=True,
        writes=True,
        article_only=True,
    ),
    ActionSpec(
        "attribution_words",
        QT_TRANSLATE_NOOP("Actions", "Attribution &words…"),
        tip=QT_TRANSLATE_NOOP(
            "Actions", "The project's own reporting verbs, titles and outlet nouns for the suggestions"
        ),
        writes=True,
    ),
    ActionSpec("next_article", QT_TRANSLATE_NOOP("Actions", "Ne&xt article"), ("Ctrl+PgDown",)),
    ActionSpec("prev_article", QT_TRANSLATE_NOOP("Actions", "Pre&vious article"), ("Ctrl+PgUp",)),
    ActionSpec("article_done", QT_TRANSLATE_NOOP("Actions", "Mark article &done / not done"), ("Ctrl+D",), writes=True),
    ActionSpec("article_details", QT_TRANSLATE_NOOP("Actions", "Article d&etails…"), ("Ctrl+Shift+D",), writes=True),
    ActionSpec("sources", QT_TRANSLATE_NOOP("Actions", "&Sources registry"), ("Ctrl+Shift+R",)),
    ActionSpec(
        "overview",
        QT_TRANSLATE_NOOP("Actions", "&Overview"),
        ("Ctrl+Shift+O",),
        QT_TRANSLATE_NOOP(
            "Actions", "The study at a glance: charts and the attribution network, each a way into the claims"
        ),
    ),
    ActionSpec("sessions", QT_TRANSLATE_NOOP("Actions", "Highlighting &sessions…")),
    ActionSpec("agreement", QT_TRANSLATE_NOOP("Actions", "&Agreement between annotators…")),
    ActionSpec("mine", QT_TRANSLATE_NOOP("Actions", "Show only &my claims"), checkable=True),
    ActionSpec(
        "curate",
        QT_TRANSLATE_NOOP("Actions", "Accept claim as &final (curated)"),
        ("Ctrl+Shift+A",),
        writes=True,
        checkable=True,
    ),
    ActionSpec(
        "guide",
        QT_TRANSLATE_NOOP("Actions", "&Getting started"),
        tip=QT_TRANSLATE_NOOP("Actions", "Show the three steps of marking a claim again"),
    ),
    ActionSpec(
        "western_digits",
        QT_TRANSLATE_NOOP("Actions", "&Western digits (0–9)"),
        tip=QT_TRANSLATE_NOOP("Actions", "Write numbers and dates with 0–9 instead of the language's own digits"),
        checkable=True,
    ),
    ActionSpec("shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard shortcuts"), ("F1",)),
    ActionSpec("about", QT_TRANSLATE_NOOP("Actions", "&About Nisba")),
)

SUBMENU = "@"
"""A menu entry starting with this is a submenu filled by the part of the window that owns it."""
SUBMENU_TITLES = (
    QT_TRANSLATE_NOOP("Actions", "Open &Recent"),
    QT_TRANSLATE_NOOP("Actions", "Mark with a &recent source"),
    QT_TRANSLATE_NOOP("Actions", "&Compare with"),
    QT_TRANSLATE_NOOP("Actions", "&Language"),
)
"""The submenus' titles as lupdate should find them (the menus below name them with the ``@`` mark)."""

MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    (
        QT_TRANSLATE_NOOP("Actions", "&File"),
        (
            "new",
            "open",
            "open_server",
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
    (
        QT_TRANSLATE_NOOP("Actions", "&Edit"),
        ("undo", "redo", None, "paste_article", None, "find", None, "snap", "annotator"),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Claim"),
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
            "attribution_words",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("Actions", "&Article"),
        ("next_article", "prev_article", None, "article_done", "article_details", None, "sources"),
    ),
    (QT_TRANSLATE_NOOP("Actions", "&View"), ("overview",)),
    (QT_TRANSLATE_NOOP("Actions", "&Review"), ("sessions", "agreement", "@&Compare with", "mine", None, "curate")),
    (QT_TRANSLATE_NOOP("Actions", "&Settings"), ("@&Language", "western_digits")),
    (QT_TRANSLATE_NOOP("Actions", "&Help"), ("guide", "shortcuts", "about")),
)
TOOLBAR: tuple[str | None, ...] = ("import", "export", None, "mark", "delete", None, "undo", "redo")
WRITING_KEYS = tuple(spec.key for spec in ACTIONS if spec.writes)
READING_KEYS = tuple(spec.key for spec in ACTIONS if spec.reading)
