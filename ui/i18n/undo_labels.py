"""The Undo and Redo menu texts in the interface's language.

The core names each step in English ("Mark claim", "New source “بوتين”"); the labels the window gives its
own steps are already translated.  This reads the core's names by their known forms and says them in the
interface's language; a name it does not know is shown as the core wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import status_text
from ui.i18n.words import Words

CONTEXT = "UndoLabels"
UndoLabels = Words(CONTEXT)  # for the step names with a number in them
_FIXED = {
    "Mark claim": QT_TRANSLATE_NOOP("UndoLabels", "Mark claim"),
    "Delete claim": QT_TRANSLATE_NOOP("UndoLabels", "Delete claim"),
    "Edit source": QT_TRANSLATE_NOOP("UndoLabels", "Edit source"),
    "Merge sources": QT_TRANSLATE_NOOP("UndoLabels", "Merge sources"),
    "Delete source": QT_TRANSLATE_NOOP("UndoLabels", "Delete source"),
    "Delete label": QT_TRANSLATE_NOOP("UndoLabels", "Delete label"),
    "Edit attribution chain": QT_TRANSLATE_NOOP("UndoLabels", "Edit attribution chain"),
    "Set labels": QT_TRANSLATE_NOOP("UndoLabels", "Set labels"),
    "Accept claim as final": QT_TRANSLATE_NOOP("UndoLabels", "Accept claim as final"),
    "Un-accept claim": QT_TRANSLATE_NOOP("UndoLabels", "Un-accept claim"),
    "Edit article": QT_TRANSLATE_NOOP("UndoLabels", "Edit article"),
    "Set claim boundaries": QT_TRANSLATE_NOOP("UndoLabels", "Set claim boundaries"),
    "Set quote type": QT_TRANSLATE_NOOP("UndoLabels", "Set quote type"),
    "Edit note": QT_TRANSLATE_NOOP("UndoLabels", "Edit note"),
    "Add article": QT_TRANSLATE_NOOP("UndoLabels", "Add article"),
    "Accept suggestion": QT_TRANSLATE_NOOP("UndoLabels", "Accept suggestion"),
}
_NAMED = (
    (re.compile(r"Mark claim “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "Mark claim “{name}”")),
    (re.compile(r"Delete claim “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "Delete claim “{name}”")),
    (re.compile(r"Edit source “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "Edit source “{name}”")),
    (
        re.compile(r"Import annotations from “(?P<name>.*)”", re.S),
        QT_TRANSLATE_NOOP("UndoLabels", "Import annotations from “{name}”"),
    ),
    (re.compile(r"Import “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "Import “{name}”")),
    (re.compile(r"New source “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "New source “{name}”")),
    (re.compile(r"New label “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "New label “{name}”")),
    (re.compile(r"Add article “(?P<name>.*)”", re.S), QT_TRANSLATE_NOOP("UndoLabels", "Add article “{name}”")),
    (
        re.compile(r"Reject suggestion “(?P<name>.*)”", re.S),
        QT_TRANSLATE_NOOP("UndoLabels", "Reject suggestion “{name}”"),
    ),
    (
        re.compile(r"Add attribution word “(?P<name>.*)”", re.S),
        QT_TRANSLATE_NOOP("UndoLabels", "Add attribution word “{name}”"),
    ),
    (
        re.compile(r"Remove attribution word “(?P<name>.*)”", re.S),
        QT_TRANSLATE_NOOP("UndoLabels", "Remove attribution word “{name}”"),
    ),
)
_ACCEPTED = re.compile(r"Accept (?P<n>\d+) suggestions")
_STATUS = re.compile(r"Set article status to (?P<status>\w+)")


def step_label(label: str) -> str:
    """One step's name (as the core or the window gave it) in the interface's language."""
    if label in _FIXED:
        return QCoreApplication.translate(CONTEXT, _FIXED[label])
    for pattern, template in _NAMED:
        found = pattern.fullmatch(label)
        if found:
            return QCoreApplication.translate(CONTEXT, template).format(**found.groupdict())
    found = _ACCEPTED.fullmatch(label)
    if found:
        return UndoLabels.tr("Accept %n suggestion(s)", "", int(found["n"]))
    found = _STATUS.fullmatch(label)
    if found:
        template = QCoreApplication.translate("UndoLabels", "Set article status to {status}")
        return template.format(status=status_text(found["status"]))
    return label


def menu_text(what: str, core_text: str | None) -> str:
    """The Undo (``what`` "undo") or Redo menu text for the core's ``undo_text()`` / ``redo_text()``."""
    if core_text is None:
        return (
            QCoreApplication.translate("UndoLabels", "Undo")
            if what == "undo"
            else QCoreApplication.translate("UndoLabels", "Redo")
        )
    prefix = "Undo " if what == "undo" else "Redo "
    label = core_text[len(prefix) :] if core_text.startswith(prefix) else core_text
    label = label[:1].upper() + label[1:]
    named = step_label(label)
    if what == "undo":
        return QCoreApplication.translate("UndoLabels", "Undo {step}").format(step=_lower_first(named, label))
    return QCoreApplication.translate("UndoLabels", "Redo {step}").format(step=_lower_first(named, label))


def _lower_first(named: str, english: str) -> str:
    """English reads "Undo mark claim"; a translated name is left as its translation wrote it."""
    return named[:1].lower() + named[1:] if named == english else named
