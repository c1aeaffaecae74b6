"""A project's own attribution words: stored in the project, used by its suggestions (and the suggester's
agreement and ``annotator suggest --project``), added and removed by undoable operations, refused when wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from annotator import Project
from annotator.cli import main
from annotator.errors import InvalidValueError, NotFoundError
from annotator.suggestions import suggest_attributions

BOTH_FLAVOURS = True

TEXT = "وألمح الوزير إلى أن الحكومة ستتراجع عن القرار قريبا.\nويلمح المتحدث إلى أن الأسعار سترتفع.\n"
"""Two attributions with a verb the bundled lexicon lacks (ألمح, يلمح)."""
ENGLISH = "The minister insinuated that the talks had failed completely.\n"


def test_a_verb_the_lexicon_lacks_is_suggested_once_the_project_has_it(project: Project) -> None:
    article = project.add_article(TEXT)
    assert suggest_attributions(TEXT) == [] and project.suggestions(article.id) == []
    word = project.add_attribution_word("ألمح")  # the past alone: its past forms only
    assert (word.language, word.kind, word.present, word.flag_list) == ("arabic", "verb", None, [])
    [past] = project.suggestions(article.id)
    assert (past.claim, past.cue) == ("الحكومة ستتراجع عن القرار قريبا", "وألمح الوزير إلى أن")
    project.remove_attribution_word(word.id)
    project.add_attribution_word("ألمح", present="يلمح", participle="ملمح")
    assert [s.claim for s in project.suggestions(article.id)] == ["الحكومة ستتراجع عن القرار قريبا", "الأسعار سترتفع"]
    assert project.attribution_lexicon() == {
        "arabic": {"verbs": [{"past": "ألمح", "present": "يلمح", "participle": "ملمح"}]}
    }


def test_other_kinds_and_english_join_their_lists(project: Project) -> None:
    article = project.add_article(ENGLISH)
    assert project.suggestions(article.id) == []
    project.add_attribution_word("insinuated", flags=["post"])
    project.add_attribution_word("as  relayed by", "post_cue")  # spaces collapsed
    project.add_attribution_word("المنسق الأممي", "title")
    [found] = project.suggestions(article.id)
    assert (found.claim, found.cue) == ("the talks had failed completely", "insinuated that")
    assert project.attribution_lexicon() == {
        "arabic": {"titles": ["المنسق الأممي"]},
        "english": {
            "post_leads": [{"words": ["as", "relayed", "by"]}],
            "verbs": [{"forms": ["insinuated"], "flags": ["post"]}],
        },
    }
    assert [(w.kind, w.word) for w in project.attribution_words()] == [
        ("post_cue", "as relayed by"), ("title", "المنسق الأممي"), ("verb", "insinuated"),
    ]  # fmt: skip


def test_adding_and_removing_are_undoable_operations_with_their_change_records(project: Project) -> None:
    article = project.add_article(TEXT)
    word = project.add_attribution_word("ألمح", present="يلمح")
    record = project.last_change
    assert record is not None and record.ids("word", "added") == {word.id}
    assert project.undo_text() == "Undo add attribution word “ألمح”"
    undone = project.undo()
    assert undone.ids("word", "deleted") == {word.id} and project.attribution_words() == []
    assert project.suggestions(article.id) == []
    project.redo()
    assert len(project.suggestions(article.id)) == 2
    project.remove_attribution_word(word.id)
    assert project.last_change is not None and project.last_change.ids("word", "deleted") == {word.id}
    assert project.undo_text() == "Undo remove attribution word “ألمح”" and project.suggestions(article.id) == []
    project.undo()
    assert [w.word for w in project.attribution_words()] == ["ألمح"] and len(project.suggestions(article.id)) == 2


def test_the_suggesters_agreement_uses_the_projects_words(project: Project) -> None:
    article = project.add_article(TEXT)
    project.annotator = "Layla"
    project.add_claim(article.id, TEXT.index("الحكومة"), TEXT.index("قريبا") + len("قريبا"))
    [row, _] = project.suggester_agreement("Layla")
    assert row.pairs[0].exact.left == 0  # the suggester found nothing
    project.add_attribution_word("ألمح", present="يلمح")
    [row, _] = project.suggester_agreement("Layla")
    assert (row.pairs[0].exact.left, row.pairs[0].exact.matched) == (2, 1)


@pytest.mark.parametrize(
    ("word", "kind", "language", "message"),
    [
        ("قال قال", "verb", None, "must be one word"),
        ("", "verb", None, "1 to 100 printable characters"),
        ("x" * 101, "title", None, "1 to 100 printable characters"),
        ("a\x00b", "title", None, "printable"),
        ("\ud800", "verb", None, "unpaired surrogate"),
        ("ألمح", "adverb", None, "unknown kind of attribution word 'adverb'"),
        ("said", "verb", "french", "unknown language 'french'"),
        (None, "verb", None, "must be text"),
    ],
)
def test_wrong_words_are_refused_and_nothing_is_stored(
    project: Project, word: object, kind: str, language: str | None, message: str
) -> None:
    with pytest.raises(InvalidValueError, match=message):
        project.add_attribution_word(word, kind, language=language)  # type: ignore[arg-type]
    assert project.attribution_words() == [] and not project.can_undo()


def test_forms_and_flags_only_where_they_mean_something(project: Project) -> None:
    with pytest.raises(InvalidValueError, match="only an Arabic verb has a present"):
        project.add_attribution_word("alleged", present="alleges")
    with pytest.raises(InvalidValueError, match="only an Arabic verb has a present"):
        project.add_attribution_word("الناطق", "title", participle="ناطق")
    with pytest.raises(InvalidValueError, match="only a verb has flags"):
        project.add_attribution_word("الناطق", "title", flags=["post"])
    with pytest.raises(InvalidValueError, match="unknown verb flag 'later'"):
        project.add_attribution_word("ألمح", flags=["later"])
    with pytest.raises(InvalidValueError, match="a list of words"):
        project.add_attribution_word("ألمح", flags="post")  # type: ignore[arg-type]
    project.add_attribution_word("ألمح")
    with pytest.raises(InvalidValueError, match="already has the word “ألمح” \\(verb\\)"):
        project.add_attribution_word("أَلمح")  # the same word with a vowel mark: folded alike
    project.add_attribution_word("ألمح", "title")  # another list may hold it
    with pytest.raises(NotFoundError, match="no attribution word with id 99"):
        project.remove_attribution_word(99)
    assert len(project.attribution_words()) == 2


@pytest.mark.file_only
def test_annotator_suggest_with_a_project_uses_its_words(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    path = tmp_path / "study.nisba"
    with Project.open(path) as project:
        project.add_attribution_word("ألمح", present="يلمح")
    assert main(["suggest", str(article)]) == 0
    assert "0 suggestion(s)" in capsys.readouterr().out
    assert main(["suggest", str(article), "--project", str(path)]) == 0
    assert "2 suggestion(s)" in capsys.readouterr().out
