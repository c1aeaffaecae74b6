"""The marker for texts kept as data and translated where they are shown (the action table, column headers,
menus of choices): ``QT_TRANSLATE_NOOP("Context", "text")`` gives back ``text``, and lupdate finds it by the
name.  Qt's own marker is typed as returning ``object``; this one keeps the ``str``."""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # named as lupdate looks for it
    """``text`` itself, marked for translation in ``context``."""
    del context
    return text
