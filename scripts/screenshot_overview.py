"""Make docs/overview.png and docs/overview-ar.png: the Overview (issue 18) in English and in Arabic, over a
demo project built from the sample article (six copies from four outlets over four months, claims with chains).

Each picture shows three of its tabs: claims per source, the outlet x source heat map and the network.
Run with ``QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_overview.py [en|ar]`` (both without an
argument).  Uses a throwaway project and settings, never the user's own.
"""

from __future__ import annotations

import random
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

from PySide6.QtGui import QColor, QImage, QPainter
from shot_setup import ROOT, application  # first: the repository on the path, throwaway settings

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE

SOURCES = (
    ("ذا هيل", "media"),
    ("فلاديمير بوتين", "person"),
    ("كيم جونغ أون", "person"),
    ("أسوشيتد برس", "media"),
    ("أنتوني بلينكن", "government"),
    ("وزارة الخارجية الروسية", "government"),
    ("مسؤول كوري جنوبي", "anonymous"),
    ("رويترز", "media"),
    ("البيت الأبيض", "government"),
    ("خبراء", "other"),
)
OUTLETS = ("الجزيرة", "العربية", "BBC عربي", "سكاي نيوز عربية")


def build(path: Path) -> Project:
    """The demo project: the sample six times, claims in sentences, chains of one to three sources."""
    rng = random.Random(18)
    base = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    project = Project.open(path)
    sources = [project.add_source(name, kind) for name, kind in SOURCES]
    weights = [9, 8, 5, 4, 4, 3, 2, 2, 1, 1]
    for i in range(6):
        text = f"{base}\n({i + 1})"
        article = project.add_article(
            text,
            title=f"روسيا وكوريا الشمالية ({i + 1})",
            outlet=OUTLETS[i % 4],
            published=date(2024, 6 + i % 4, 3 + i),
        )
        project.annotator = ("ليلى", "Omar")[i % 2]
        stops = [n for n, ch in enumerate(text) if ch == "."]
        with project.action("Demo claims"):
            for n, end in enumerate(stops[:-1]):
                if rng.random() < 0.35:
                    continue
                start = next(k for k in range(end - 1, 0, -1) if text[k] in ".\n") + 1
                while text[start] in " \n":
                    start += 1
                if end - start < 10:
                    continue
                chain = rng.choices(sources, weights, k=rng.choice((1, 1, 2, 2, 3)))
                ids = list(dict.fromkeys(s.id for s in chain))
                project.add_claim(article.id, start, end, ids, rng.choice(("direct", "indirect", "indirect", "mixed")))
                del n
        if i % 3 == 0:
            project.update_article(article.id, status="done")
    return project


def shoot(lang: str) -> Path:
    """The three tabs in one picture, in ``lang``."""
    from ui.main_window import MainWindow

    app = application(lang)
    project = build(Path(tempfile.mkdtemp(prefix="nisba-shot-overview-")) / f"demo-{lang}.nisba")
    window = MainWindow(project)
    window.show()
    overview = window.overview.open()
    overview.resize(1100, 640)
    shots = []
    for key in ("source", "matrix", "network"):
        overview.tabs.setCurrentIndex([k for k, _c in overview.charts].index(key))
        for _ in range(5):
            app.processEvents()
        shots.append(overview.grab().toImage())
    width = max(s.width() for s in shots)
    sheet = QImage(width, sum(s.height() for s in shots) + 8 * (len(shots) - 1), QImage.Format.Format_ARGB32)
    sheet.fill(QColor("#d0d0d0"))
    painter = QPainter(sheet)
    y = 0
    for shot in shots:
        painter.drawImage(0, y, shot)
        y += shot.height() + 8
    painter.end()
    out = ROOT / "docs" / ("overview.png" if lang == "en" else f"overview-{lang}.png")
    sheet.save(str(out))
    overview.close()
    window.close()
    project.close()
    return out


def main() -> None:
    """One language per process (the interface's language is set once per application)."""
    if len(sys.argv) > 1:
        print(shoot(sys.argv[1]))
        return
    for lang in ("en", "ar"):
        subprocess.run([sys.executable, __file__, lang], check=True)


if __name__ == "__main__":
    main()
