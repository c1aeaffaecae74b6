"""The Overview window (issue 18) driven through the menu, the shortcut and mouse clicks on its charts."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolButton
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from ui.main_window import MainWindow
from ui.overview.chart import Chart

WindowFactory = Callable[[Project], MainWindow]
FIRST = "قالَ الرئيسُ الروسيّ إنّ الاتفاقيةَ تاريخيةٌ. وأضاف مسؤول أن المحادثات مستمرة."
SECOND = "وذكرت صحيفة The Hill أن إسرائيل لم تُعلّق. وقال بوتين إن الاتفاقية مهمة للبلدين."


def _study(project: Project) -> dict[str, int]:
    first = project.add_article(FIRST, title="المقال الأول", outlet="الجزيرة", published="2024-05-02").id
    second = project.add_article(SECOND, title="المقال الثاني", outlet="BBC", published="2024-06-11").id
    putin = project.add_source("بوتين", "person").id
    hill = project.add_source("The Hill", "media").id
    return {
        "first": first,
        "second": second,
        "putin": putin,
        "hill": hill,
        "treaty": project.add_claim(first, *span_of(FIRST, "الاتفاقيةَ", "تاريخيةٌ"), [putin]).id,
        "talks": project.add_claim(first, *span_of(FIRST, "المحادثات", "مستمرة"), [hill]).id,
        "israel": project.add_claim(second, *span_of(SECOND, "إسرائيل", "تُعلّق"), [hill, putin]).id,
    }


def _shown_claims(window: MainWindow) -> set[int]:
    model = window.project_claims.model
    return {model.claim_at(r).id for r in range(model.rowCount())}


def _click_bar(chart: Chart, index: int) -> None:
    point = chart.marks[index].rect.center().toPoint()
    QTest.mouseClick(chart, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_the_overview_opens_from_the_view_menu_and_a_bar_shows_its_claims(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = _study(project)
    window = make_window(project)
    view_menu = window.menus["&View"]
    (action,) = [a for a in view_menu.actions() if a.objectName() == "action_overview"]
    action.trigger()
    overview = window.overview.window
    assert overview is not None and overview.isVisible()
    qtbot.waitExposed(overview)
    chart = overview.bars["source"]
    qtbot.waitUntil(lambda: len(chart.marks) == 2)
    assert [(b.label, b.count) for b in chart.data.bars] == [("The Hill", 2), ("بوتين", 2)]  # type: ignore[union-attr]
    _click_bar(chart, 1)  # بوتين (a tie: by name)
    assert window.claims_filter.all_articles
    qtbot.waitUntil(lambda: _shown_claims(window) == {ids["treaty"], ids["israel"]})
    assert window.claims_filter.chosen.isVisible()
    assert window.article_panel.ids() == [ids["first"], ids["second"]]
    clear = window.claims_filter.findChild(QToolButton, "claimsChosenClear")
    QTest.mouseClick(clear, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(_shown_claims(window)) == 3)  # every claim again
    assert not window.claims_filter.chosen.isVisible()
    QTest.mouseClick(window.article_panel.show_all, Qt.MouseButton.LeftButton)
    assert not window.article_panel.show_all.isVisible()


def test_the_shortcut_opens_it_and_a_heat_map_cell_or_node_filters_the_claims(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    ids = _study(project)
    window = make_window(project)
    QTest.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    overview = window.overview.window
    assert overview is not None
    keys = [k for k, _c in overview.charts]
    overview.tabs.setCurrentIndex(keys.index("matrix"))
    qtbot.waitUntil(lambda: bool(overview.heat_map.marks))
    (cell,) = [m for m in overview.heat_map.marks if m.slice.outlet == "BBC" and m.slice.source_id == ids["hill"]]
    QTest.mouseClick(
        overview.heat_map, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, cell.rect.center().toPoint()
    )
    qtbot.waitUntil(lambda: _shown_claims(window) == {ids["israel"]})
    assert window.article_panel.ids() == [ids["second"]]
    overview.tabs.setCurrentIndex(keys.index("network"))
    net = overview.network
    qtbot.waitUntil(lambda: net.node_point(ids["hill"]) is not None)
    assert [(e.relayer, e.relayed, e.claims) for e in net.data.edges] == [(ids["hill"], ids["putin"], 1)]  # type: ignore[union-attr]
    point = net.node_point(ids["hill"])
    assert point is not None
    QTest.mouseClick(net.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point.toPoint())
    qtbot.waitUntil(lambda: _shown_claims(window) == {ids["talks"], ids["israel"]})


def test_the_charts_redraw_when_a_claim_is_added(project: Project, make_window: WindowFactory, qtbot: QtBot) -> None:
    ids = _study(project)
    window = make_window(project)
    overview = window.overview.open()
    chart = overview.bars["source"]
    qtbot.waitUntil(lambda: chart.data is not None and chart.data.total == 3)
    project.add_claim(ids["second"], *span_of(SECOND, "الاتفاقية", "للبلدين"), [ids["putin"]])
    qtbot.waitUntil(lambda: chart.data is not None and chart.data.total == 4)
    assert chart.data.bars[0].label == "بوتين" and chart.data.bars[0].count == 3


def test_each_chart_exports_as_png_at_print_resolution_and_as_svg(
    project: Project, make_window: WindowFactory, qtbot: QtBot, tmp_path: Path
) -> None:
    _study(project)
    window = make_window(project)
    overview = window.overview.open()
    for index, (key, _chart) in enumerate(overview.charts):
        overview.tabs.setCurrentIndex(index)
        png = overview.export_current(tmp_path / f"{key}.png")
        svg = overview.export_current(tmp_path / f"{key}.svg")
        image = QImage(str(png))
        assert not image.isNull() and image.width() >= 640 * 3 and round(image.dotsPerMeterX() * 0.0254) == 300
        assert image.pixelColor(image.width() // 2, image.height() // 2).isValid()
        content = svg.read_text(encoding="utf-8")
        assert content.startswith("<?xml") and "<svg" in content and content.rstrip().endswith("</svg>")
    assert "بوتين" in (tmp_path / "source.svg").read_text(encoding="utf-8")


def test_the_workbook_has_the_overview_sheet(project: Project, tmp_path: Path) -> None:
    _study(project)
    path = project.export_xlsx(tmp_path / "study.xlsx")
    sheet = load_workbook(path, read_only=True)["Overview"]
    rows = [tuple(c for c in row if c is not None) for row in sheet.iter_rows(values_only=True)]
    assert ("Source", "Claims", "Share") in rows
    assert ("بوتين", 2, pytest.approx(2 / 3)) in rows
    assert ("BBC", "بوتين", 1) in rows or any(r[:3] == ("BBC", "بوتين", 1) for r in rows)


def test_opening_the_window_loads_no_chart_library() -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import ui.main_window.window\n"
        "print(','.join(n for n in ('networkx', 'numpy', 'ui.overview.window') if n in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def _ink_centre(image: QImage, top: int, bottom: int) -> float:
    """The mean x of the dark pixels between rows ``top`` and ``bottom`` (the title's band)."""
    xs = [x for y in range(top, bottom) for x in range(image.width()) if image.pixelColor(x, y).lightness() < 100]
    assert xs, "nothing drawn there"
    return sum(xs) / len(xs) / image.width()


def test_a_chart_mirrors_whole_in_right_to_left_its_title_where_reading_starts(
    project: Project, make_window: WindowFactory, qtbot: QtBot
) -> None:
    _study(project)
    window = make_window(project)
    overview = window.overview.open()
    chart = overview.bars["source"]
    qtbot.waitUntil(lambda: chart.data is not None and chart.data.total == 3)
    chart.resize(800, 300)
    assert _ink_centre(chart.grab().toImage(), 4, 24) < 0.3  # left to right: the title at the left
    chart.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # as the Arabic interface lays it out
    assert _ink_centre(chart.grab().toImage(), 4, 24) > 0.7  # at the right (a right-to-left painter swapped it)
