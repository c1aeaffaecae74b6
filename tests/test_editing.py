"""Editing claims, chains, sources and articles through the core, and undoing it exactly."""

from __future__ import annotations

import pytest

from annotator import Project
from annotator.errors import InvalidValueError, OffsetError
from annotator.project import AttributionSpec
from annotator.storage.changes import Change, ChangeRecord
from tests.conftest import span_of

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)


@pytest.fixture
def article_text(sample_text: str) -> str:
    return sample_text


def _chain(project: Project, claim_id: int) -> list[tuple[int, tuple[int, int] | None, tuple[int, int] | None]]:
    return [(spec.source_id, spec.mention, spec.cue) for spec in project.chain_of(claim_id)]


def test_update_claim_boundaries_type_and_note(project: Project, sample_text: str) -> None:
    article = project.add_article(sample_text)
    start, end = span_of(sample_text, "وقع الرئيس", "ضد أعدائهما")
    claim = project.add_claim(article.id, start, end)
    seen: list[ChangeRecord] = []
    project.subscribe(seen.append)
    moved = project.update_claim(claim.id, start=start + 4, quote_type="indirect", note="check")
    assert (moved.start, moved.end, moved.quote_type, moved.note) == (start + 4, end, "indirect", "check")
    assert moved.text == sample_text[start + 4 : end] and moved.updated_at > claim.updated_at
    assert [c for r in seen for c in r] == [Change("claim", "changed", (claim.id,), article.id)]
    with pytest.raises(OffsetError):
        project.update_claim(claim.id, end=start)
    with pytest.raises(InvalidValueError):
        project.update_claim(claim.id, quote_type="loud")
    assert project.claim(claim.id).start == start + 4


def test_chain_with_mention_and_cue_and_snapshot_undo(project: Project, sample_text: str) -> None:
    article = project.add_article(sample_text)
    hill = project.add_source("The Hill", "media")
    putin = project.add_source("Putin", "person")
    claim = project.add_claim(article.id, *span_of(sample_text, "وقع الرئيس", "ضد أعدائهما"), [putin.id])
    before = project.claim(claim.id)
    mention = span_of(sample_text, "صحيفة", "The Hill")
    cue = span_of(sample_text, "وفقًا", "ذكرته")
    after = project.set_chain(claim.id, [AttributionSpec(hill.id, mention, cue), putin.id])
    assert after.source_ids == [hill.id, putin.id]
    assert _chain(project, claim.id) == [(hill.id, mention, cue), (putin.id, None, None)]
    assert sample_text[slice(*cue)] == "وفقًا لما ذكرته"
    with pytest.raises(InvalidValueError, match="twice"):
        project.set_chain(claim.id, [hill.id, hill.id])
    with pytest.raises(OffsetError):
        project.set_chain(claim.id, [AttributionSpec(hill.id, (5, 99_999))])
    assert project.claim(claim.id).source_ids == [hill.id, putin.id]  # refused change left no trace
    project.undo()
    again = project.claim(claim.id)
    assert (again.source_ids, again.updated_at, [a.id for a in again.attributions]) == (
        [putin.id],
        before.updated_at,
        [a.id for a in before.attributions],
    )


def test_merge_sources_moves_links_and_is_undone_exactly(project: Project) -> None:
    article = project.add_article("قال بوتين إن الاتفاق تاريخي وقال فلاديمير بوتين إنه مهم")
    putin = project.add_source("Putin", "person", aliases=["بوتين"])
    vlad = project.add_source("فلاديمير بوتين", "person")
    hill = project.add_source("The Hill", "media")
    only_vlad = project.add_claim(article.id, 0, 9, [vlad.id])
    both = project.add_claim(article.id, 10, 20, [hill.id, vlad.id, putin.id])
    untouched = project.add_claim(article.id, 21, 30, [hill.id])
    snapshots = {c.id: project.claim(c.id) for c in (only_vlad, both, untouched)}
    project.merge_sources(putin.id, vlad.id)
    assert project.claim(only_vlad.id).source_ids == [putin.id]
    assert project.claim(both.id).source_ids == [hill.id, putin.id]
    assert [a.position for a in project.claim(both.id).attributions] == [0, 1]
    assert project.source(putin.id).aliases == ["بوتين", "فلاديمير بوتين"]
    assert {s.id for s in project.sources()} == {putin.id, hill.id}
    assert project.source_usage() == {putin.id: (2, 1), hill.id: (2, 1)}
    project.undo()
    assert project.source(vlad.id).name == "فلاديمير بوتين"
    assert project.source(putin.id).aliases == ["بوتين"]
    for claim_id, snap in snapshots.items():
        now = project.claim(claim_id)
        assert [(a.id, a.source_id, a.position) for a in now.attributions] == [
            (a.id, a.source_id, a.position) for a in snap.attributions
        ]
    with pytest.raises(InvalidValueError, match="itself"):
        project.merge_sources(putin.id, putin.id)


@pytest.mark.parametrize("mode", ["detach", "delete"])
def test_delete_source_detaches_or_deletes_claims_and_undoes(project: Project, mode: str) -> None:
    article = project.add_article("قال بوتين إن الاتفاق تاريخي")
    putin = project.add_source("Putin", "person")
    hill = project.add_source("The Hill", "media")
    lone = project.add_claim(article.id, 0, 9, [putin.id])
    chained = project.add_claim(article.id, 10, 20, [putin.id, hill.id])
    project.delete_source(putin.id, claims=mode)
    remaining = {c.id: c.source_ids for c in project.claims()}
    if mode == "detach":
        assert remaining == {lone.id: [], chained.id: [hill.id]}
        assert [a.position for a in project.claim(chained.id).attributions] == [0]
    else:
        assert remaining == {}
    project.undo()
    assert {c.id: c.source_ids for c in project.claims()} == {lone.id: [putin.id], chained.id: [putin.id, hill.id]}
    with pytest.raises(InvalidValueError):
        project.delete_source(hill.id, claims="explode")


def test_update_source_and_article(project: Project) -> None:
    source = project.add_source("AP", "other")
    project.add_source("Reuters", "media")
    edited = project.update_source(
        source.id, name="Associated Press", kind="media", aliases=["أسوشيتد برس", " "], colour="#112233"
    )
    assert (edited.name, edited.kind, edited.aliases, edited.colour) == (
        "Associated Press",
        "media",
        ["أسوشيتد برس"],
        "#112233",
    )
    with pytest.raises(InvalidValueError, match="already exists"):
        project.update_source(source.id, name="reuters")
    with pytest.raises(InvalidValueError, match="colour"):
        project.update_source(source.id, colour="red")
    article = project.add_article("نص المقال")
    changed = project.update_article(
        article.id, title="عنوان", outlet="صحيفة", url="https://x.example", published="2024-06-20", status="done"
    )
    assert (changed.title, changed.outlet, changed.url, str(changed.published), changed.status) == (
        "عنوان",
        "صحيفة",
        "https://x.example",
        "2024-06-20",
        "done",
    )
    cleared = project.update_article(article.id, outlet="")
    assert cleared.outlet is None and cleared.title == "عنوان"
    with pytest.raises(InvalidValueError, match="status"):
        project.update_article(article.id, status="finished")


@pytest.mark.parametrize(
    ("text", "selected", "expected"),
    [
        ("وقال بوتين إن الاتفاق", "ال بوت", "وقال بوتين"),  # mid-word at both ends: whole words
        ("وقال بوتين إن الاتفاق", "قال", "قال"),  # after the clitic و: the start stays
        ("وقال بوتين إن الاتفاق", "اتفا", "اتفاق"),  # after the article ال: the start stays, the end completes
        ("وقال بوتين إن الاتفاق", "تفاق", "الاتفاق"),  # ال+ا is not a clitic: the whole word
        ("وقال بوتين إن الاتفاق", " بوتين ", "بوتين"),  # white space is dropped, neighbours untouched
        ("وقال بوتين إن الاتفاق", "بوتين إ", "بوتين إن"),
        ("كَتَبَ المراسلُ الخبر", "تَبَ المراس", "كَتَبَ المراسلُ"),  # diacritics stay with their letters
        ("وقال “وثيقة اختراق” أمس", "“وثيقة اخت", "“وثيقة اختراق"),  # a quote mark start stays
        ("Putin said the deal", "tin sa", "Putin said"),
        ("می‌خواهد برود", "خواه", "می‌خواهد"),  # ZWNJ joins the Persian word
    ],
)
def test_snap_to_words_knows_clitics(text: str, selected: str, expected: str) -> None:
    from annotator.text.snapping import snap_to_words

    start = text.index(selected)
    s, e = snap_to_words(text, start, start + len(selected))
    assert text[s:e] == expected


def test_snap_never_starts_on_an_orphan_mark() -> None:
    from annotator.text.snapping import snap_to_words

    text = "قال كَتَبَ"
    mark = text.index("\u064e")  # the fatha after ك
    s, e = snap_to_words(text, mark, len(text))
    assert text[s:e] == "كَتَبَ"


def test_labels_on_claims_survive_undo_delete_and_export(project: Project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    from tests.xlsx_helpers import sheet_rows

    article = project.add_article("وقال بوتين إن الاتفاق تاريخي")
    claim = project.add_claim(article.id, 14, 28)
    verifiable = project.add_label("verifiable")
    opinion = project.add_label("رأي")
    with pytest.raises(InvalidValueError, match="already exists"):
        project.add_label("VERIFIABLE")
    labelled = project.set_claim_labels(claim.id, [verifiable.id, opinion.id])
    assert sorted(labelled.label_ids) == sorted([verifiable.id, opinion.id])
    project.undo()
    assert project.claim(claim.id).label_ids == []
    project.redo()
    project.delete_claim(claim.id)
    project.undo()
    assert sorted(project.claim(claim.id).label_ids) == sorted([verifiable.id, opinion.id])
    [row] = sheet_rows(project.export_xlsx(tmp_path / "l.xlsx"), "Claims")
    assert row["Labels"] == "verifiable; رأي"
    project.delete_label(opinion.id)
    assert project.claim(claim.id).label_ids == [verifiable.id]
    assert [label.name for label in project.labels()] == ["verifiable"]


def test_merge_keeps_the_dropped_links_mention_and_cue(project: Project) -> None:
    text = "وقال فلاديمير بوتين إن الاتفاق تاريخي"
    article = project.add_article(text)
    putin = project.add_source("Putin", "person")
    vlad = project.add_source("فلاديمير بوتين", "person")
    mention = span_of(text, "فلاديمير", "بوتين")
    claim = project.add_claim(article.id, *span_of(text, "الاتفاق", "تاريخي"))
    project.set_chain(claim.id, [AttributionSpec(vlad.id, mention, (0, 4)), putin.id])
    project.merge_sources(putin.id, vlad.id)
    assert _chain(project, claim.id) == [(putin.id, mention, (0, 4))]
    project.undo()
    assert _chain(project, claim.id) == [(vlad.id, mention, (0, 4)), (putin.id, None, None)]
