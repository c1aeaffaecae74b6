"""Column headers and sheet names of the exports in English (the default, what scripts expect) or Arabic.

The writers name every header and sheet in English and pass it through :func:`heading`, which answers in the
language chosen for the export (``ExportOptions.headers``, ``--headers`` on the command line, the export
dialog's option) while :func:`headings_in` is in force.  Cell values (source kinds, quote types, statuses,
the Curated column's "yes") stay as stored, so filters and scripts written for one language keep working on
the other; the few texts the app itself writes in cells (the Sessions' Closed column, the Agreement's overall
row, "(no source)", its notes on a long or cleaned cell: :func:`cell_text`) follow the headers.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP, Message

HEADER_LANGUAGES = ("en", "ar")

ARABIC: dict[str, str] = {
    # sheets
    "Claims": "الادعاءات",
    "Attributions": "الإسنادات",
    "Sources": "المصادر",
    "Articles": "المقالات",
    "Summary": "ملخص",
    "Sessions": "الجلسات",
    "Agreement": "الاتفاق",
    "Overflow": "النصوص الطويلة",
    # Claims columns
    "Claim ID": "رقم الادعاء",
    "Article ID": "رقم المقال",
    "Article": "المقال",
    "Outlet": "الوسيلة الإعلامية",
    "Published": "تاريخ النشر",
    "Paragraph": "الفقرة",
    "Claim text": "نص الادعاء",
    "Text before": "النص السابق",
    "Text after": "النص اللاحق",
    "Primary source": "المصدر الأساسي",
    "Attribution chain (first to last)": "سلسلة الإسناد (من الأول إلى الأخير)",
    "Source kinds": "أنواع المصادر",
    "Cue": "عبارة الإسناد",
    "Source mention": "ذكر المصدر",
    "Quote type": "نوع الاقتباس",
    "Labels": "الوسوم",
    "Note": "ملاحظة",
    "Start": "البداية",
    "End": "النهاية",
    "Annotator": "المُرمِّز",
    "Curated": "معتمد",
    "Origin": "المنشأ",
    "Created at": "أُنشئ في",
    "Updated at": "عُدّل في",
    "Export notes": "ملاحظات التصدير",
    # Attributions
    "Order in chain": "الترتيب في السلسلة",
    "Source": "المصدر",
    "Source kind": "نوع المصدر",
    "Added by": "أضافه",
    # Sources
    "Source ID": "رقم المصدر",
    "Name": "الاسم",
    "Kind": "النوع",
    "Aliases": "الأسماء البديلة",
    "Colour": "اللون",
    "As primary source": "بوصفه مصدرًا أساسيًا",
    # Articles
    "Title": "العنوان",
    "URL": "الرابط",
    "Language": "اللغة",
    "Direction": "الاتجاه",
    "Status": "الحالة",
    "Characters": "عدد الأحرف",
    "Imported from": "مستورد من",
    "Imported at": "تاريخ الاستيراد",
    # Overflow
    "Column": "العمود",
    "Part": "الجزء",
    "Text": "النص",
    # Summary
    "Claims per source, source kind and outlet": "الادعاءات حسب المصدر ونوع المصدر والوسيلة الإعلامية",
    "Claims per source (top sources)": "الادعاءات حسب المصدر (أبرز المصادر)",
    # Sessions
    "Session ID": "رقم الجلسة",
    "Started (UTC)": "البدء (بالتوقيت العالمي)",
    "Ended (UTC)": "الانتهاء (بالتوقيت العالمي)",
    "Closed": "أُغلقت",
    "Minutes": "الدقائق",
    "Claims made": "الادعاءات المُنشأة",
    # Agreement
    "Annotator 1": "المُرمِّز ١",
    "Annotator 2": "المُرمِّز ٢",
    "Claims 1": "ادعاءات ١",
    "Claims 2": "ادعاءات ٢",
    "Exact matches": "التطابقات التامة",
    "Exact F1": "F1 (تطابق تام)",
    "Overlapping": "المتداخلة",
    "Overlap F1": "F1 (تداخل)",
    "Cohen's kappa (source)": "معامل كابا لكوهين (المصدر)",
    "Annotators": "المُرمِّزون",
    "Krippendorff's alpha (source)": "معامل ألفا لكريبندورف (المصدر)",
    "Units": "الوحدات",
    # Overview sheet (issue 18)
    "Overview": "نظرة عامة",
    "Claims per source": "الادعاءات لكل مصدر",
    "Attributions per source kind": "الإسنادات لكل نوع مصدر",
    "Claims per quote type": "الادعاءات لكل نوع اقتباس",
    "Claims per outlet": "الادعاءات لكل وسيلة إعلامية",
    "Claims per label": "الادعاءات لكل وسم",
    "Label": "الوسم",
    "Share": "النسبة",
    "Claims per outlet and source (top 50 sources)": "الادعاءات لكل وسيلة إعلامية ومصدر (أكثر ٥٠ مصدرًا)",
    "Attribution network: who relays whom": "شبكة الإسناد: من ينقل عمّن",
    "Relays": "ينقل عن",
    "Claims per month of publication, by source kind": "الادعاءات لكل شهر نشر، حسب نوع المصدر",
    "Claims per month of publication, by quote type": "الادعاءات لكل شهر نشر، حسب نوع الاقتباس",
    "Month": "الشهر",
    "Articles per status": "المقالات لكل حالة",
    "(other sources)": "(مصادر أخرى)",
    "(other outlets)": "(وسائل إعلامية أخرى)",
    "(no source)": "(بلا مصدر)",
    "(no outlet)": "(بلا وسيلة إعلامية)",
    "(no label)": "(بلا وسم)",
    "Claims made per session": "الادعاءات المُنشأة في كل جلسة",
    # cell texts the app writes (not data: names of the app's own, and its notes on a cell)
    "All articles": "كل المقالات",
    "yes": "نعم",
    "running": "جارية",
    "interrupted: ended at last action": "انقطعت: انتهت عند آخر إجراء",
    " […] {count} characters; whole text in sheet {sheet}, row {row}": (
        " […] عدد الأحرف {count}؛ النص كاملًا في ورقة {sheet}، الصف {row}"
    ),
    "{column}: {count} character(s) Excel cannot store replaced by {marker}": (
        "{column}: استُبدل بـ {marker} ما لا يستطيع Excel حفظه من الأحرف (عددها {count})"
    ),
    "{column} longer than an Excel cell: whole text in {sheet} row {row}": (
        "{column} أطول مما تتسع له خلية Excel: النص كاملًا في {sheet}، الصف {row}"
    ),
}
"""Every English header and sheet name the exports write, in Arabic (a test checks none is missing)."""

_LANGUAGE: ContextVar[str] = ContextVar("export_header_language", default="en")


def check_header_language(lang: str) -> str:
    """``lang`` if exports can write headers in it; InvalidValueError otherwise."""
    if lang not in HEADER_LANGUAGES:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown header language {language}; use one of {choices}").format(
                language=repr(lang), choices=", ".join(HEADER_LANGUAGES)
            )
        )
    return lang


@contextmanager
def headings_in(lang: str) -> Iterator[None]:
    """Headers and sheet names written meanwhile are in ``lang``."""
    token = _LANGUAGE.set(check_header_language(lang))
    try:
        yield
    finally:
        _LANGUAGE.reset(token)


def cell_text(text: str) -> str:
    """``text`` in the export's header language when it is a message of the app's own (its template among
    :data:`ARABIC`, the values that are messages too); anything else as it is."""
    if _LANGUAGE.get() != "ar" or not isinstance(text, Message) or text.template not in ARABIC:
        return str(text)
    values = {name: cell_text(v) if isinstance(v, Message) else v for name, v in text.values.items()}
    return ARABIC[text.template].format(**values)


def heading(english: str) -> str:
    """A header or sheet name in the export's header language (English when it has no translation)."""
    if _LANGUAGE.get() == "ar":
        return ARABIC.get(english, english)
    return english
