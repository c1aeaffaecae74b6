"""The core's messages in the interface's language: the core keeps each message's English template and
values (:class:`annotator.messages.Message`), and this looks the template up in Qt's catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from annotator.messages import CONTEXT, Message


def say(text: object) -> str:
    """``text`` in the interface's language when it is a core message (values that are messages too);
    anything else as it is."""
    if not isinstance(text, Message):
        return str(text)
    template = QCoreApplication.translate(CONTEXT, text.template)
    values = {name: say(value) if isinstance(value, Message) else value for name, value in text.values.items()}
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation that lost a placeholder: the English, whole
        return str(text)


def error_text(error: BaseException) -> str:
    """What to show the user for ``error``: its message in the interface's language."""
    return say(error.args[0]) if len(error.args) == 1 else str(error)
