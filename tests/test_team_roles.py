"""Team mode's commands and roles: server init, add-user and copy from the command line; each role's rights
enforced by the server with clear refusals; concurrent edits of shared rows refused, never overwritten."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import Project
from annotator.cli import main
from annotator.errors import ChangedMeanwhileError, InvalidValueError, PermissionRefusedError
from annotator.messages import Message
from annotator.project.copying import COPIED
from annotator.storage.claim_query import ClaimQuery
from tests.conftest import stored_rows

TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي. وأضاف أن العلاقات قوية."
HOSTILE = "o'brien\"; DROP TABLE claim; --\\"


def as_user(url: str, name: str) -> str:
    from urllib.parse import quote

    return url.replace("postgresql://nisba@", f"postgresql://{quote(name, safe='')}@", 1)


@pytest.fixture
def team(pg_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["server", "init", pg_url]) == 0
    for name, role in (("layla", "annotator"), ("omar", "annotator"), ("sara", "curator"), ("rita", "reader")):
        assert main(["server", "add-user", pg_url, name, "--role", role]) == 0
    assert "ready" in capsys.readouterr().out
    with Project.open(pg_url) as coordinator:
        coordinator.add_article(TEXT, title="مقال")
    return pg_url


def test_an_annotator_changes_only_their_own_claims_and_is_told_whose_it_is(team: str) -> None:
    with Project.open(as_user(team, "layla")) as layla, Project.open(as_user(team, "omar")) as omar:
        article = layla.articles()[0]
        putin = layla.add_source("بوتين", "person")  # shared rows: any annotator adds and edits them
        mine = layla.add_claim(article.id, 0, 10, [putin.id])
        assert mine.annotator == "layla"
        for refused in (
            lambda: omar.update_claim(mine.id, note="mine now"),
            lambda: omar.delete_claim(mine.id),
            lambda: omar.set_chain(mine.id, []),
            lambda: omar.set_curated(mine.id),
        ):
            with pytest.raises(PermissionRefusedError, match="this claim is layla's") as refusal:
                refused()
            reason = refusal.value.args[0].values["reason"]  # the trigger's reason, a message too (in Arabic in the UI)
            assert isinstance(reason, Message) and reason.values == {"owner": "layla"}
        omar.annotator = "layla"  # marking in someone else's name is refused by the server too
        with pytest.raises(PermissionRefusedError, match="under their own name") as refusal:
            omar.add_claim(article.id, 11, 16)
        assert refusal.value.args[0].values["reason"].values == {"user": "omar", "owner": "layla"}
        omar.annotator = "omar"
        own = omar.add_claim(article.id, 11, 16, [putin.id])
        omar.update_claim(own.id, note="ملاحظة")
        omar.update_source(putin.id, aliases=["Putin"])
        assert layla.claim(mine.id).note == "" and layla.claim(mine.id).source_ids == [putin.id]
        assert {c.annotator for c in layla.claims()} == {"layla", "omar"}


def test_a_curator_changes_anyones_claims_and_a_reader_nothing(team: str) -> None:
    with Project.open(as_user(team, "layla")) as layla:
        claim = layla.add_claim(layla.articles()[0].id, 0, 10)
    with Project.open(as_user(team, "sara")) as sara:
        sara.set_curated(claim.id)
        sara.update_claim(claim.id, note="checked")
        assert sara.claim(claim.id).curated
    with Project.open(as_user(team, "rita")) as rita:
        assert [c.id for c in rita.claims()] == [claim.id]
        with pytest.raises(PermissionRefusedError, match="may not change"):
            rita.add_source("AP", "media")
        with pytest.raises(PermissionRefusedError):
            rita.update_claim(claim.id, note="x")
        assert rita.claim(claim.id).note == "checked"


def test_hostile_and_arabic_user_names_stay_names(team: str, capsys: pytest.CaptureFixture[str]) -> None:
    for name in (HOSTILE, "ليلى"):
        assert main(["server", "add-user", team, name, "--role", "annotator"]) == 0
        with Project.open(as_user(team, name)) as project:
            claim = project.add_claim(project.articles()[0].id, 0, 10)
            assert project.claim(claim.id).annotator == name
    assert HOSTILE in capsys.readouterr().out
    with Project.open(team) as coordinator:
        assert len(coordinator.claims()) == 2  # the claim table is still there


def test_two_clients_creating_the_same_source_at_once_get_one(team: str) -> None:
    with Project.open(as_user(team, "layla")) as layla, Project.open(as_user(team, "omar")) as omar:
        with pytest.raises(InvalidValueError, match="same name"), layla.action("Mark claim with new source"):
            putin = layla.add_source("بوتين", "person")  # not committed yet: Omar cannot see it
            layla.add_claim(layla.articles()[0].id, 0, 10, [putin.id])
            omar.add_source("بُوتين", "person")  # the same name, folded; committed first
        assert [s.name for s in layla.sources()] == ["بُوتين"]
        assert layla.claims() == []  # the refused step left nothing half done
        assert not layla.can_undo()


def test_a_rename_racing_an_edit_of_the_same_source_ends_in_one_clear_refusal(team: str) -> None:
    with Project.open(as_user(team, "layla")) as layla, Project.open(as_user(team, "omar")) as omar:
        source = layla.add_source("Putin", "person")
        refused = pytest.raises(ChangedMeanwhileError, match="changed by another client meanwhile")
        with refused, layla.action("Edit source"):
            layla.update_source(source.id, name="Vladimir Putin")  # read, changed, not yet written
            omar.update_source(source.id, kind="government", aliases=["بوتين"])  # committed meanwhile
        assert (omar.source(source.id).name, omar.source(source.id).kind) == ("Putin", "government")
        assert layla.source(source.id).aliases == ["بوتين"]  # nothing of Omar's edit overwritten
        layla.update_source(source.id, name="Vladimir Putin")  # done again, on what is there now
        assert omar.source(source.id).kind == "government"


def test_a_project_copied_to_a_server_and_back_keeps_every_row(pg_url: str, tmp_path: Path) -> None:
    original = tmp_path / "study.nisba"
    with Project.open(original) as project:
        project.annotator = "سارة"
        article = project.add_article(TEXT, title="مقال", published="2024-06-20")
        putin = project.add_source("بوتين", "person", aliases=["Putin", "فلاديمير"])
        label = project.add_label("verifiable")
        claim = project.add_claim(article.id, 0, 10, [putin.id], quote_type="indirect", note="n")
        project.set_claim_labels(claim.id, [label.id])
        project.set_curated(claim.id)
        project.add_attribution_word("ألمح", present="يلمح", flags=["post"])
        project.reject_suggestion(article.id, project.suggestions(article.id)[0])
        project.start_session()
        project.touch_session(article.id)
        project.end_session()
    back = tmp_path / "back.nisba"
    assert main(["copy", str(original), pg_url]) == 0
    assert main(["copy", pg_url, str(back)]) == 0
    with Project.open(original, read_only=True) as a, Project.open(back, read_only=True) as b:
        for table in COPIED:
            assert stored_rows(a, table) == stored_rows(b, table), table
        assert [w.word for w in b.attribution_words()] == ["ألمح"] and len(stored_rows(b, "rejected_suggestion")) == 1
    with Project.open(pg_url) as server:  # the server's ids go on after the copied ones, its search works
        assert server.add_source("AP", "media").id == putin.id + 1
        assert server.count_claims(ClaimQuery("قال")) == 1
        with pytest.raises(InvalidValueError, match="already exists"):
            server.add_source("بوتين")
    assert main(["copy", str(original), pg_url]) == 1  # into a project that has data: refused
