"""The action table made real: the window's QActions connected to their slots, the menu bar and the toolbar."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence, QPixmap
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QWidget

from ui.i18n.language_menu import digits_checked, fill_language_menu, language_slots
from ui.i18n.layout_keys import LayoutKeys
from ui.main_window.action_spec import Key, StandardKey, action_text, translated
from ui.main_window.action_table import ACTIONS, MENUS, SUBMENU, TOOLBAR


def _sequence(key: Key) -> list[QKeySequence]:
    return QKeySequence.keyBindings(key) if isinstance(key, StandardKey) else [QKeySequence(key)]


def make_actions(window: QMainWindow) -> dict[str, QAction]:
    """Every action of the table, named, with its keys and tips, not connected yet (:func:`connect_actions`):
    the menus and the toolbar can be drawn before the parts that do the work exist."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        action = QAction(action_text(spec), window)
        action.setObjectName(f"action_{spec.key}")
        action.setShortcuts([s for key in spec.keys for s in _sequence(key)])
        action.setToolTip(translated(spec.tip) if spec.tip else action_text(spec).replace("&", "").replace("…", ""))
        action.setStatusTip(action.toolTip())
        action.setCheckable(spec.checkable)
        if spec.reading:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            window.addAction(action)
        actions[spec.key] = action
    actions["western_digits"].setChecked(digits_checked())
    return actions


def connect_actions(
    window: QMainWindow,
    actions: Mapping[str, QAction],
    slots: Mapping[str, Callable[..., object]],
    reading_widgets: Sequence[QWidget],
) -> None:
    """Connect each action to its slot; reading keys act only in ``reading_widgets`` (the first is the article)."""
    slots = {**language_slots(window), **slots}
    for spec in ACTIONS:
        action, slot = actions[spec.key], slots[spec.key]
        if spec.checkable:
            action.triggered.connect(slot)  # by the user only (not by setChecked), with the new state
        elif spec.reading:
            action.triggered.connect(lambda _checked=False, run=slot: _unless_a_dialog_is_open(window, run))
        else:
            action.triggered.connect(lambda _checked=False, run=slot: run())
        if spec.reading:
            for widget in reading_widgets[:1] if spec.article_only else reading_widgets:
                widget.addAction(action)
    reading = {spec.key: spec.reading for spec in ACTIONS}
    LayoutKeys(window, actions, reading, reading_widgets)  # the same keys from an Arabic keyboard layout


def _unless_a_dialog_is_open(window: QWidget, run: Callable[[], object]) -> None:
    modal = QApplication.activeModalWidget()
    if modal is None or modal is window:
        run()


def build_menus(
    window: QMainWindow, actions: Mapping[str, QAction], submenus: Mapping[str, Callable[[QMenu], None]]
) -> dict[str, QMenu]:
    """The menu bar and the toolbar from :data:`MENUS` and :data:`TOOLBAR`; ``submenus`` fill the ``@`` entries."""
    submenus = {"&Language": fill_language_menu(window), **submenus}
    made: dict[str, QMenu] = {}
    for title, keys in MENUS:
        menu = window.menuBar().addMenu(translated(title))
        menu.setObjectName(f"menu_{title.replace('&', '').lower()}")
        made[title] = menu
        for key in keys:
            if key is None:
                menu.addSeparator()
            elif key.startswith(SUBMENU):
                sub = menu.addMenu(translated(key[1:]))
                sub.setObjectName(f"menu_{key[1:].replace('&', '').lower().replace(' ', '_')}")
                sub.aboutToShow.connect(lambda sub=sub, fill=submenus[key[1:]]: fill(sub))
                made[key[1:]] = sub
            else:
                menu.addAction(actions[key])
    toolbar = window.addToolBar(QCoreApplication.translate("Actions", "Main toolbar"))
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
