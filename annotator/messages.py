"""Messages the core shows its users: English text that keeps its template and arguments, so the interface
can say it in the user's language.  No Qt here: the UI looks each template up in Qt's catalogue
(:mod:`ui.i18n.core_text`), and Qt's ``lupdate`` finds the templates by the marker's name.

    raise OffsetError(QT_TRANSLATE_NOOP("Core", "offsets {start}–{end} lie outside the text").format(start=s, end=e))

``str()`` of the result is the English sentence, so the CLI, logs and tests read it as before.
"""

from __future__ import annotations

from collections.abc import Mapping

CONTEXT = "Core"
"""The one translation context of the core's messages."""


class Message(str):
    """An English sentence that remembers the template it was made from and the values put into it."""

    template: str
    values: dict[str, object]

    def __new__(cls, template: str, values: Mapping[str, object] | None = None) -> Message:
        text = template.format(**values) if values else template
        made = super().__new__(cls, text)
        made.template = template
        made.values = dict(values or {})
        return made

    def format(self, *args: object, **values: object) -> Message:
        """The template with ``values`` put in (by name only); still a Message."""
        if args:
            raise TypeError("a Message takes its values by name")
        return Message(self.template, values)


def QT_TRANSLATE_NOOP(context: str, template: str) -> Message:  # named as lupdate looks for it
    """Mark ``template`` for translation in ``context`` (always :data:`CONTEXT`); fill it with ``.format()``."""
    if context != CONTEXT:
        raise ValueError(f"core messages are in the {CONTEXT!r} context, not {context!r}")
    return Message(template)
