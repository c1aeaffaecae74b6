"""Translations for code that is not a QObject: a module says ``ImportText = Words("ImportText")`` and
then ``ImportText.tr("%n file(s)", "", n)``.  lupdate reads ``Name.tr(...)`` as a message of the context
``Name``, so the variable's name and the context given here must be the same (tests/test_translations.py
checks it)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


class Words:
    """The translations of one context."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str:
        """``text`` in the interface's language (``%n`` replaced by ``n`` in the right plural form)."""
        return QCoreApplication.translate(self.context, text, disambiguation, n)
