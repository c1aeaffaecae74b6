"""Icons from qtawesome, applied after the window is on screen, and kept as PNG files for the next start.

Importing qtawesome costs ~0.25 s (it loads its fonts and qtpy's view of every Qt module); on the first start
the icons are drawn with it and saved in the user's cache folder, keyed by the icon names, their colour and
qtawesome's version, so later starts read a few small PNG files instead.
"""

from __future__ import annotations

import hashlib
import json
import logging
from importlib import metadata
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QTransform

log = logging.getLogger(__name__)

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
DIRECTIONAL = ("undo", "redo", "quit")
"""Icons that point a direction: mirrored when the interface is laid out right to left."""
COLOUR = "#37474f"
SIZES = (16, 20, 24, 32, 48, 64)  # toolbar and menus, at 1x and 2x screens


def icon(name: str, color: str = COLOUR) -> QIcon:
    """The qtawesome icon for one of :data:`ACTION_ICONS` (drawn now, not cached)."""
    import qtawesome

    result: QIcon = qtawesome.icon(ACTION_ICONS[name], color=color)
    return result


def cache_dir() -> Path:
    """Where the drawn icons are kept: a folder per set of names, colour and qtawesome version."""
    from platformdirs import user_cache_path

    try:
        version = metadata.version("qtawesome")
    except metadata.PackageNotFoundError:
        version = "?"
    key = json.dumps([ACTION_ICONS, COLOUR, SIZES, version], sort_keys=True).encode()
    return user_cache_path("Nisba", appauthor=False) / "icons" / hashlib.sha1(key).hexdigest()[:12]


def _cached(folder: Path, name: str) -> QIcon | None:
    files = [folder / f"{name}-{size}.png" for size in SIZES]
    if not all(f.is_file() for f in files):
        return None
    result = QIcon()
    for f in files:
        result.addFile(str(f))
    return None if result.isNull() else result


def _draw_and_keep(folder: Path, name: str) -> QIcon:
    drawn = icon(name)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for size in SIZES:
            drawn.pixmap(QSize(size, size)).save(str(folder / f"{name}-{size}.png"))
    except OSError as exc:  # a read-only home: draw again next time
        log.info("icons not cached: %s", exc)
    return drawn


def apply_icons(actions: dict[str, QAction]) -> None:
    """Give each action (keyed like :data:`ACTION_ICONS`) its icon, from the cache when it has them all."""
    folder = cache_dir()
    rtl = QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    for key, action in actions.items():
        if key in ACTION_ICONS:
            drawn = _cached(folder, key) or _draw_and_keep(folder, key)
            action.setIcon(mirrored(drawn) if rtl and key in DIRECTIONAL else drawn)


def mirrored(original: QIcon) -> QIcon:
    """``original`` flipped left to right, at every size (Undo points right in a right-to-left window)."""
    flip = QTransform.fromScale(-1, 1)
    result = QIcon()
    for size in SIZES:
        result.addPixmap(original.pixmap(QSize(size, size)).transformed(flip))
    return result
