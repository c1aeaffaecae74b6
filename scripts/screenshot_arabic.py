"""Make docs/screenshot-ar.png (the main window in Arabic, mirrored, on the sample article with a few claims)
and docs/source-picker-ar.png (the source picker in Arabic, typing «بو»).

Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_arabic.py`` (or under Xvfb).
Uses a throwaway project and settings, never the user's own.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor
from shot_setup import ROOT, application  # first: the repository on the path, throwaway settings

from annotator.first_run import open_default_project
from annotator.project import AttributionSpec
from annotator.text.offsets import OffsetMap
from ui.main_window import MainWindow
from ui.sources.source_picker import SourcePicker


def main() -> None:
    """Build the demo window in Arabic and save the two screenshots."""
    app = application("ar")
    project = open_default_project()
    project.annotator = "ليلى"
    article = project.articles()[0]
    text = article.text
    hill = project.add_source("ذا هيل", "media", aliases=["The Hill"])
    putin = project.add_source("فلاديمير بوتين", "person", aliases=["بوتين", "Vladimir Putin"])
    ap = project.add_source("أسوشيتد برس", "media", aliases=["Associated Press"])
    blinken = project.add_source("أنتوني بلينكن", "government", aliases=["بلينكن", "Antony Blinken"])
    window = MainWindow(project)
    window.resize(1400, 860)
    window.show()
    offsets = OffsetMap(text)

    def select(first: str, last: str) -> None:
        start = text.index(first)
        end = text.index(last, start) + len(last)
        cursor = QTextCursor(window.view.document())
        cursor.setPosition(offsets.to_utf16(start))
        cursor.setPosition(offsets.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        window.view.setTextCursor(cursor)

    def mark(first: str, last: str, source_id: int) -> None:
        select(first, last)
        window.mark_selection_as_claim([source_id])

    mark("وقع الرئيس", "ضد أعدائهما", hill.id)
    mark("وثيقة اختراق", "وثيقة اختراق", putin.id)
    mark("موسكو وبيونغ يانغ", "صداقة نارية", putin.id)
    mark("كوريا الشمالية والاتحاد", "ذات تدابير أمنية أقل", ap.id)
    mark("الاتفاق بين روسيا وكوريا الشمالية يظهر", "مواصلة الحرب", blinken.id)
    hill_claim = project.claims(article.id)[0]
    mention = (text.index("صحيفة"), text.index("The Hill") + len("The Hill"))
    cue = (text.index("وفقًا"), text.index("ذكرته") + len("ذكرته"))
    project.set_chain(hill_claim.id, [AttributionSpec(hill.id, mention, cue)])
    project.set_claim_labels(hill_claim.id, [project.add_label("قابل للتحقق").id])
    project.add_label("رأي")
    window.claims_table.select_row(0)
    window.view.collapse_selection()
    window.view.verticalScrollBar().setValue(0)
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "screenshot-ar.png"
    window.grab().save(str(out))
    print(out)

    select("بوتين والزعيم", "كيم جونغ أون")
    window.marking.remember(putin.id)
    picker = SourcePicker(project.sources(), window.marking.recent, text[text.index("بوتين والزعيم") :][:60], window)
    picker.show()
    picker.query.setText("بو")
    for _ in range(5):
        app.processEvents()
    out = ROOT / "docs" / "source-picker-ar.png"
    picker.grab().save(str(out))
    print(out)
    picker.close()
    project.close()


if __name__ == "__main__":
    main()
