"""PySide6 6.12.0 on Python 3.11 aborts after ~5,000 calls of void methods; the pinned version must not."""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument


def test_twenty_thousand_void_calls_do_not_crash() -> None:
    doc = QTextDocument()
    doc.setPlainText("وقال بوتين إن الاتفاق تاريخي 😀 " * 50)
    cursor = QTextCursor(doc)
    length = doc.characterCount() - 1
    for i in range(10_000):
        cursor.setPosition(i % length)  # returns nothing
        cursor.clearSelection()  # returns nothing
    assert cursor.position() == 9_999 % length
