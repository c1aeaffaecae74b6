"""Hostile W3C annotation files: refused as such, naming the file and the field; the project unchanged.

One project serves the whole module: every refusal must leave it as it was, so each test also
checks that none of the ones before it changed anything.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import Project
from annotator.errors import AnnotationImportError
from annotator.exchange.w3c import read_web_annotations
from annotator.paths import SAMPLE_ARTICLE
from tests import hostile_corpus as hc

TEXT = SAMPLE_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """The sample article with one claim."""
    folder = tmp_path_factory.mktemp("filled")
    with Project.open(folder / "p.nisba", backup_on_open=False, backup_every_minutes=None) as p:
        article = p.import_file(SAMPLE_ARTICLE)
        p.add_claim(article.id, 10, 60, [p.add_source("وكالة", "media").id])
        yield p


def _unchanged(p: Project) -> None:
    assert len(p.claims()) == 1 and [s.name for s in p.sources()] == ["وكالة"]


def _one(**changes: Any) -> dict[str, Any]:
    """A collection of one good annotation, with fields changed (``a.b.0.c`` paths)."""
    item = hc.annotation(TEXT, 10, 60)
    for where, value in changes.items():
        holder: Any = item
        *keys, last = where.split(".")
        for key in keys:
            holder = holder[int(key)] if isinstance(holder, list) else holder[key]
        holder[int(last) if isinstance(holder, list) else last] = value
    return hc.collection([item])


def _refused(p: Project, path: Path, *needles: str) -> str:
    with pytest.raises(AnnotationImportError) as info:
        p.import_annotations(path)
    message = str(info.value)
    assert str(path) in message and all(n in message for n in needles), message
    _unchanged(p)
    return message


def test_a_good_file_still_adds_its_claim(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.nisba", backup_on_open=False, backup_every_minutes=None) as p:
        p.import_file(SAMPLE_ARTICLE)
        report = p.import_annotations(hc.write_json(tmp_path / "a.json", _one()))
        assert report.added == 1 and len(p.claims()) == 1


@pytest.mark.parametrize("raw", hc.WRONG_SHAPES)
def test_a_file_of_the_wrong_shape_is_not_an_annotation_file(filled: Project, tmp_path: Path, raw: str) -> None:
    path = tmp_path / "shape.json"
    path.write_text(raw, encoding="utf-8")
    message = _refused(filled, path)
    assert "not a W3C annotation file" in message or "is not an Annotation" in message


def test_an_empty_collection_is_a_file_without_claims(filled: Project, tmp_path: Path) -> None:
    report = filled.import_annotations(hc.write_json(tmp_path / "empty.json", hc.collection([])))
    assert report.added == 0
    _unchanged(filled)


@pytest.mark.parametrize("raw", [hc.nested(5000), '{"a":' * 5000 + "1" + "}" * 5000])
def test_deep_nesting_is_refused(filled: Project, tmp_path: Path, raw: str) -> None:
    path = tmp_path / "deep.json"
    path.write_text(raw, encoding="utf-8")
    _refused(filled, path, "nested too deeply")


@pytest.mark.parametrize(("number", "why"), [("9" * 5000, "5,000 digits"), ("NaN", "NaN"), ("-Infinity", "Infinity")])
def test_numbers_no_field_needs_are_refused(filled: Project, tmp_path: Path, number: str, why: str) -> None:
    path = tmp_path / "number.json"
    path.write_text(json.dumps(_one()).replace('"start": 10', f'"start": {number}', 1), encoding="utf-8")
    _refused(filled, path, why)


@pytest.mark.parametrize(
    ("where", "value"),
    [
        ("target.nisba:textHash", ["x"]),
        ("target.nisba:textHash", {"a": 1}),
        ("target.source", 5),
        ("target.selector.1.exact", ["x"]),
        ("target.selector.1.prefix", 5),
        ("target.selector.0.start", "5"),
        ("target.selector.0.end", True),
        ("body.0.value", {}),
        ("body.1.value", 5),
        ("id", {}),
    ],
)
def test_a_wrong_typed_field_is_refused_naming_it(filled: Project, tmp_path: Path, where: str, value: Any) -> None:
    path = hc.write_json(tmp_path / "typed.json", _one(**{where: value}))
    _refused(filled, path, "annotation 1", repr(where.split(".")[-1]))


@pytest.mark.parametrize(
    "where",
    [
        "id",
        "target.source",
        "target.nisba:textHash",
        "target.selector.1.exact",
        "target.selector.1.prefix",
        "target.selector.1.suffix",
        "body.0.value",
        "body.1.value",
        "body.0.nisba:sourceKind",
    ],
)
def test_a_lone_surrogate_anywhere_is_refused_naming_the_field(filled: Project, tmp_path: Path, where: str) -> None:
    path = hc.write_json(tmp_path / "half.json", _one(**{where: "ab\ud800c"}))
    message = _refused(filled, path, "broken character", where.split(".")[-1])
    message.encode("utf-8")  # the message itself holds no half character


@pytest.mark.parametrize("extra", [{"nisba:aliases": ["x\udc00"]}, {"creator": {"name": "\ud800"}}, {"\ud800": 1}])
def test_a_lone_surrogate_in_aliases_creators_and_keys_is_refused(
    filled: Project, tmp_path: Path, extra: dict[str, Any]
) -> None:
    data = _one()
    data["first"]["items"][0]["body"][0].update(extra)
    _refused(filled, hc.write_json(tmp_path / "half.json", data), "broken character")


def test_an_empty_quote_out_of_range_is_reported_as_such(filled: Project, tmp_path: Path) -> None:
    data = _one(**{"target.selector.1.exact": "", "target.selector.0.start": 10**6, "target.selector.0.end": 10**6 + 5})
    report = filled.import_annotations(hc.write_json(tmp_path / "far.json", data))
    assert report.added == 0 and "has no quote and its position 1000000..1000005 is outside" in report.unplaced[0]


def test_fields_too_long_to_be_names_are_refused(filled: Project, tmp_path: Path) -> None:
    from annotator.exchange import w3c_input_checks

    data = _one(**{"body.0.value": "ب" * (w3c_input_checks.MAX_NAME + 1)})
    _refused(filled, hc.write_json(tmp_path / "long.json", data), "'value' is 1,001 characters long")


def test_a_file_over_the_size_limit_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    path = hc.write_json(tmp_path / "big.json", _one())
    with pytest.raises(AnnotationImportError, match=r"big\.json: is .* larger than the limit of 100 bytes"):
        read_web_annotations(path, max_bytes=100)


def test_more_annotations_than_one_import_takes_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.exchange import w3c_reading

    monkeypatch.setattr(w3c_reading, "MAX_ANNOTATIONS", 10)
    items = [hc.annotation(TEXT, n, n + 5, ident=f"urn:a:{n}") for n in range(11)]
    path = hc.write_json(tmp_path / "many.json", hc.collection(items))
    with pytest.raises(AnnotationImportError, match=r"many\.json: holds 11 annotations; one import takes at most 10"):
        read_web_annotations(path)


def test_the_duplicate_source_check_is_linear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from annotator.exchange import w3c_reading

    calls = 0
    real_fold = w3c_reading.fold

    def counting(text: str) -> str:
        nonlocal calls
        calls += 1
        return real_fold(text)

    monkeypatch.setattr(w3c_reading, "fold", counting)
    names = [f"مصدر {n}" for n in range(300)] + ["مصدر 7"]
    path = hc.write_json(tmp_path / "chain.json", hc.collection([hc.annotation(TEXT, 10, 60, sources=names)]))
    (ref,) = read_web_annotations(path)
    assert len(ref.links) == 300 and calls <= len(names)


@pytest.mark.parametrize("suffix", [".json", ".nisba"])
def test_a_nul_in_the_path_is_refused(filled: Project, tmp_path: Path, suffix: str) -> None:
    with pytest.raises(AnnotationImportError, match=r"a\\x00b"):
        filled.import_annotations(tmp_path / f"a\0b{suffix}")
    _unchanged(filled)


@pytest.mark.parametrize(("make", "reason"), [("folder", "is a folder"), ("missing", "does not exist")])
def test_a_project_to_merge_that_is_no_file_is_refused(filled: Project, tmp_path: Path, make: str, reason: str) -> None:
    target = tmp_path / "other.nisba"
    if make == "folder":
        target.mkdir()
    with pytest.raises(AnnotationImportError, match=f"other.nisba: {reason}"):
        filled.import_annotations(target)
    _unchanged(filled)


def test_a_device_is_refused_as_an_annotation_file(filled: Project) -> None:
    with pytest.raises(AnnotationImportError, match="/dev/null: cannot be read: it is a device"):
        filled.import_annotations("/dev/null")
    _unchanged(filled)


# -- generated ----------------------------------------------------------------------------

_KEYS = ["type", "target", "body", "selector", "start", "end", "exact", "prefix", "value", "items", "first", "id"]
_ATOMS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.floats(allow_nan=False),
    st.sampled_from(["Annotation", "AnnotationCollection", "TextPositionSelector", "TextQuoteSelector", "source"]),
    st.text(max_size=20),
)
_JSON = st.recursive(
    _ATOMS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.sampled_from(_KEYS), inner, max_size=5),
    max_leaves=40,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_JSON, st.booleans())
def test_any_json_is_read_or_refused_never_crashes(tmp_path: Path, data: Any, wrap: bool) -> None:
    path = tmp_path / "generated.json"
    path.write_text(json.dumps(hc.collection([data]) if wrap else data), encoding="utf-8")
    try:
        refs = read_web_annotations(path)
    except AnnotationImportError as exc:
        assert str(path) in str(exc)
        return
    assert all(isinstance(ref.exact, str) and isinstance(ref.article_iri, str) for ref in refs)
