"""Icons from qtawesome, loaded after the window is on screen (importing qtawesome costs ~0.35 s)."""

from __future__ import annotations

from PySide6.QtGui import QAction, QIcon

ACTION_ICONS: dict[str, str] = {
    "mark": "mdi6.marker",
    "delete": "mdi6.delete-outline",
    "import": "mdi6.file-import-outline",
    "paste_article": "mdi6.content-paste",
    "export": "mdi6.microsoft-excel",
    "open": "mdi6.folder-open-outline",
    "new": "mdi6.file-plus-outline",
    "undo": "mdi6.undo",
    "redo": "mdi6.redo",
    "quit": "mdi6.exit-to-app",
    "source": "mdi6.account-voice",
    "about": "mdi6.information-outline",
    "save_copy": "mdi6.content-save-move-outline",
    "restore": "mdi6.backup-restore",
}


def icon(name: str, color: str = "#37474f") -> QIcon:
    """The qtawesome icon for one of :data:`ACTION_ICONS`."""
    import qtawesome

    result: QIcon = qtawesome.icon(ACTION_ICONS[name], color=color)
    return result


def apply_icons(actions: dict[str, QAction]) -> None:
    """Give each action (keyed like :data:`ACTION_ICONS`) its icon."""
    for key, action in actions.items():
        if key in ACTION_ICONS:
            action.setIcon(icon(key))
