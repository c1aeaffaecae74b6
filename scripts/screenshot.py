"""Make docs/screenshot.png (the main window on the sample article with a few claims) and
docs/all-articles.png (the claims panel searching every article).

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot.py`` (or under Xvfb).
Uses a throwaway project and settings, never the user's own.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from shot_setup import ROOT, application  # first: the repository on the path, throwaway settings

from annotator.first_run import open_default_project
from annotator.project import AttributionSpec
from annotator.text.offsets import OffsetMap
from ui.main_window import MainWindow


def main() -> None:
    """Build the demo window and save the screenshot."""
    app = application("en")
    project = open_default_project()
    project.annotator = "Layla"
    article = project.articles()[0]
    text = article.text
    hill = project.add_source("The Hill", "media", aliases=["ذا هيل"])
    putin = project.add_source("Vladimir Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    ap = project.add_source("Associated Press", "media", aliases=["أسوشيتد برس"])
    blinken = project.add_source("Antony Blinken", "government", aliases=["أنتوني بلينكن"])
    window = MainWindow(project)
    window.resize(1400, 860)
    window.show()
    offsets = OffsetMap(text)

    def mark(first: str, last: str, source_id: int) -> None:
        start = text.index(first)
        end = text.index(last, start) + len(last)
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        window.view.setTextCursor(cursor)
        window.mark_selection_as_claim([source_id])

    mark("وقع الرئيس", "ضد أعدائهما", hill.id)
    mark("وثيقة اختراق", "وثيقة اختراق", putin.id)
    mark("موسكو وبيونغ يانغ", "صداقة نارية", putin.id)
    mark("كوريا الشمالية والاتحاد", "ذات تدابير أمنية أقل", ap.id)
    mark("الاتفاق بين روسيا وكوريا الشمالية يظهر", "مواصلة الحرب", blinken.id)
    # The Hill claim: its source mention and its cue, then an overlapping claim inside it.
    hill_claim = project.claims(article.id)[0]
    mention = (text.index("صحيفة"), text.index("The Hill") + len("The Hill"))
    cue = (text.index("وفقًا"), text.index("ذكرته") + len("ذكرته"))
    project.set_chain(hill_claim.id, [AttributionSpec(hill.id, mention, cue)])
    mark("بوتين والزعيم", "كيم جونغ أون", putin.id)
    project.set_claim_labels(hill_claim.id, [project.add_label("verifiable").id])
    project.add_label("opinion")
    window.claims_table.select_row(0)
    window.view.collapse_selection()
    window.view.verticalScrollBar().setValue(0)
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "screenshot.png"
    window.grab().save(str(out))
    print(out)

    # A second article, then the panel's All articles scope searching both for Putin.
    second = project.add_article(
        "موسكو - قال المتحدث باسم الكرملين ديمتري بيسكوف إن بوتين سيزور بيونغ يانغ قريبًا.\n"
        "وأضاف بيسكوف أن المحادثات ستتناول التعاون العسكري، وفقًا لوكالة تاس.",
        title="الكرملين: بوتين يزور بيونغ يانغ قريبًا",
        outlet="تاس",
    )
    peskov = project.add_source("Dmitry Peskov", "government", aliases=["بيسكوف", "ديمتري بيسكوف"])
    second_text = project.article(second.id).text
    start = second_text.index("بوتين سيزور")
    project.add_claim(second.id, start, second_text.index("قريبًا") + len("قريبًا"), [peskov.id], "indirect")
    scope = window.claims_filter.scope
    scope.setCurrentIndex(scope.findData(True))
    window.claims_filter.text.setText("بوتين")
    window.claims_filter.apply_now()
    for _ in range(10):
        app.processEvents()
    out = ROOT / "docs" / "all-articles.png"
    window.grab().save(str(out))
    print(out)
    project.close()


if __name__ == "__main__":
    main()
