"""Numbers and dates where the user reads them, in the interface's locale (Arabic-Indic digits in Arabic
unless Settings → Western digits)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def number(value: int | float) -> str:
    """``value`` with the locale's digits and grouping (12,345 · ١٢٬٣٤٥)."""
    return QLocale().toString(value)


def date_text(value: date | datetime | None, with_time: bool = False) -> str:
    """A date (and time) in the locale's short form; '' for None."""
    if value is None:
        return ""
    locale = QLocale()
    fmt = QLocale.FormatType.ShortFormat
    if isinstance(value, datetime):
        moment = QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute, value.second))
        return locale.toString(moment, fmt) if with_time else locale.toString(moment.date(), fmt)
    return locale.toString(QDate(value.year, value.month, value.day), fmt)
