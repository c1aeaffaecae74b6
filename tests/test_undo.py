"""Undo and redo in the core: every kind of operation is undone to the row, and redone to the row.

Each case runs one operation on a project holding an article, sources, a label and a claim; the whole
content of every journaled table is compared before, after, after undo and after redo.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import UndoConflictError, UndoError
from annotator.project import AttributionSpec
from annotator.storage import undo
from annotator.storage.journal import JOURNALED, Entry
from annotator.storage.undo import Step, UndoHistory
from tests.conftest import span_of, stored_rows

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)

TEXT = "وفقًا لما ذكرته صحيفة The Hill، وقال الرئيس بوتين إن الاتفاق تاريخي. وأضاف أن العلاقات قوية."


def _dump(project: Project) -> dict[str, list[tuple[object, ...]]]:
    return {t: stored_rows(project, t) for t in JOURNALED}


class Fixture:
    def __init__(self, project: Project, tmp_path: Path) -> None:
        self.p = project
        self.tmp = tmp_path
        self.article = project.add_article(TEXT, title="مقال")
        self.hill = project.add_source("The Hill", "media")
        self.putin = project.add_source("بوتين", "person")
        self.label = project.add_label("verifiable")
        self.claim = project.add_claim(self.article.id, *span_of(TEXT, "الاتفاق", "تاريخي"), [self.putin.id])


def _w3c_import(f: Fixture) -> None:
    with Project.open(f.tmp / "other.nisba") as other:
        other.annotator = "ليلى"
        a = other.add_article(TEXT)
        s = other.add_source("AP", "media")
        other.add_claim(a.id, *span_of(TEXT, "العلاقات", "قوية"), [s.id])
        other.add_label("opinion")
        exported = other.export(f.tmp / "other.json").path
    f.p.import_annotations(exported)


OPERATIONS: dict[str, Callable[[Fixture], object]] = {
    "mark": lambda f: f.p.add_claim(f.article.id, *span_of(TEXT, "العلاقات", "قوية"), [f.hill.id, f.putin.id]),
    "delete": lambda f: f.p.delete_claim(f.claim.id),
    "boundaries": lambda f: f.p.update_claim(f.claim.id, start=span_of(TEXT, "إن", "تاريخي")[0]),
    "chain": lambda f: f.p.set_chain(f.claim.id, [f.hill.id, f.putin.id]),
    "mention": lambda f: f.p.set_chain(f.claim.id, [AttributionSpec(f.putin.id, span_of(TEXT, "الرئيس", "بوتين"))]),
    "cue": lambda f: f.p.set_chain(f.claim.id, [AttributionSpec(f.putin.id, None, span_of(TEXT, "وقال", "وقال"))]),
    "quote type": lambda f: f.p.update_claim(f.claim.id, quote_type="indirect"),
    "labels": lambda f: f.p.set_claim_labels(f.claim.id, [f.label.id]),
    "note": lambda f: f.p.update_claim(f.claim.id, note="راجع المصدر"),
    "source create": lambda f: f.p.add_source("Associated Press", "media", ["أسوشيتد برس"]),
    "source edit": lambda f: f.p.update_source(f.putin.id, name="فلاديمير بوتين", aliases=["Putin"], colour="#123456"),
    "source merge": lambda f: f.p.merge_sources(f.hill.id, f.putin.id),
    "source delete detach": lambda f: f.p.delete_source(f.putin.id),
    "source delete claims": lambda f: f.p.delete_source(f.putin.id, claims="delete"),
    "article import": lambda f: f.p.import_file(_write(f.tmp / "new.txt", "قال المتحدث إن الاجتماع انتهى.")),
    "article details": lambda f: f.p.update_article(
        f.article.id, title="عنوان", outlet="الجزيرة", published="2024-06-20"
    ),
    "article status": lambda f: f.p.update_article(f.article.id, status="done"),
    "label create": lambda f: f.p.add_label("رأي"),
    "label delete": lambda f: f.p.delete_label(f.label.id),
    "curation": lambda f: f.p.set_curated(f.claim.id, True),
    "w3c import": _w3c_import,
}


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("kind", list(OPERATIONS))
def test_every_operation_is_undone_and_redone_to_the_row(project: Project, tmp_path: Path, kind: str) -> None:
    f = Fixture(project, tmp_path)
    if kind == "label delete":
        project.set_claim_labels(f.claim.id, [f.label.id])
    before = _dump(project)
    OPERATIONS[kind](f)
    after = _dump(project)
    assert after != before, "the operation changed nothing"
    assert project.can_undo() and (project.undo_text() or "").startswith("Undo ")
    undone = project.undo()
    assert _dump(project) == before
    assert undone.origin == "undo" and undone.changes
    assert project.can_redo() and (project.redo_text() or "").startswith("Redo ")
    project.redo()
    assert _dump(project) == after
    project.undo()
    assert _dump(project) == before


def test_undo_steps_go_back_in_order_and_a_new_operation_clears_redo(project: Project, tmp_path: Path) -> None:
    f = Fixture(project, tmp_path)
    start = _dump(project)
    project.update_claim(f.claim.id, note="one")
    project.update_claim(f.claim.id, note="two")
    project.undo()
    assert project.claim(f.claim.id).note == "one"
    project.undo()
    assert _dump(project) == start
    project.redo()
    project.add_label("new")
    assert not project.can_redo()
    with pytest.raises(UndoError, match="nothing to redo"):
        project.redo()


def test_a_step_whose_rows_moved_on_is_refused_and_leaves_the_history(project: Project, tmp_path: Path) -> None:
    f = Fixture(project, tmp_path)
    project.update_claim(f.claim.id, note="mine")
    with project._store.write() as s:  # another writer changes the same row meanwhile
        s.execute(__import__("sqlalchemy").text("UPDATE claim SET note = 'theirs' WHERE id = :i"), {"i": f.claim.id})
    label = project.undo_text()
    with pytest.raises(UndoConflictError, match="has changed since"):
        project.undo()
    assert project.claim(f.claim.id).note == "theirs"  # nothing overwritten
    assert project.undo_text() != label


def test_nested_calls_in_one_action_are_one_step(project: Project, tmp_path: Path) -> None:
    f = Fixture(project, tmp_path)
    before = _dump(project)
    seen = []
    project.subscribe(seen.append)
    with project.action("Mark claim with a new source"):
        source = project.add_source("AP", "media")
        project.add_claim(f.article.id, *span_of(TEXT, "العلاقات", "قوية"), [source.id])
    assert len(seen) == 1 and seen[0].ids("source", "added") == {source.id} and seen[0].ids("claim", "added")
    assert project.undo_text() == "Undo mark claim with a new source"
    project.undo()
    assert _dump(project) == before


def test_a_refused_operation_leaves_no_step(project: Project, tmp_path: Path) -> None:
    f = Fixture(project, tmp_path)
    text = project.undo_text()
    with pytest.raises(Exception, match="outside"):
        project.update_claim(f.claim.id, end=10_000)
    assert project.undo_text() == text


def test_an_operation_in_progress_belongs_to_its_own_thread(project: Project, tmp_path: Path) -> None:
    import threading

    f = Fixture(project, tmp_path)
    seen: list[str] = []
    with project.action("Edit note"):
        project.update_claim(f.claim.id, note="not yet committed")
        reader = threading.Thread(target=lambda: seen.append(project.claim(f.claim.id).note))
        reader.start()
        reader.join()
    assert seen == [""]  # another thread reads the committed state, not this operation's session
    assert project.claim(f.claim.id).note == "not yet committed"


def _step(size: int, name: str) -> Step:
    return Step(name, (Entry("claim", "i", None, {"text": "x" * size}),))


def test_the_history_keeps_its_bounds_and_its_count_of_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The running byte count equals the steps held after every kind of move, and the oldest steps go first
    when either bound is passed (the count is kept as steps come and go, never summed per operation)."""
    monkeypatch.setattr(undo, "MAX_STEPS", 5)
    monkeypatch.setattr(undo, "MAX_BYTES", 1000)
    history = UndoHistory()

    def held() -> list[Step]:
        steps = []
        while history.can_undo():
            step = history.next_undo()
            assert step is not None
            steps.append(step)
            history.drop_undo()
        return steps

    for n in range(8):
        history.done(_step(100, f"s{n}"))
    assert history.bytes_held == 500  # five steps of 100: the three oldest went
    history.undone(_step(100, "r7"))
    history.undone(_step(50, "r6"))
    assert history.bytes_held == 300 + 150
    history.redone(_step(100, "s6 again"))
    assert history.bytes_held == 400 + 100
    history.done(_step(700, "big"))  # redo cleared; 400 + 700 > 1000: the oldest go until it fits
    assert history.bytes_held <= 1000
    names = [s.label for s in held()]
    assert names[0] == "big" and "s3" not in names
    assert history.bytes_held == 0
    history.done(_step(5000, "huge"))  # one step over the bound is kept: it is the only one
    assert history.can_undo() and history.bytes_held == 5000
    history.clear()
    assert history.bytes_held == 0 and not history.can_undo()
