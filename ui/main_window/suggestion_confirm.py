"""The one question before suggestions are accepted: which new sources the registry would gain (and, for the
whole article, whether to accept them all).  Enter says yes, Escape no; nothing is stored before the answer."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ui.i18n.vocabulary import kind_text
from ui.i18n.words import Words

ConfirmText = Words("ConfirmText")


def new_sources_text(new: list[tuple[str, str]]) -> str:
    """The new sources as a sentence and a list of "name (kind)" lines; '' when there are none.

    Each line starts with the interface's direction mark, so an Arabic name in an English sentence (or a Latin
    one in Arabic) does not turn the line round: the bullet, the quotes and the kind stay where the reader
    expects them.
    """
    if not new:
        return ""
    mark = "\u200f" if QApplication.isRightToLeft() else "\u200e"
    line = ConfirmText.tr("• “{name}” ({kind})")
    lines = [mark + line.format(name=name, kind=kind_text(kind)) for name, kind in new]
    lead = ConfirmText.tr("Accepting adds %n new source(s) to the registry:", "", len(new))
    return lead + "\n\n" + "\n".join(lines)


def confirm(parent: QWidget, title: str, question: str, new: list[tuple[str, str]], yes: str) -> bool:
    """Ask ``question`` (it may be '') followed by the new sources; True when the user says ``yes``."""
    text = "\n\n".join(t for t in (question, new_sources_text(new)) if t)
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("confirmSuggestions")
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is accept
