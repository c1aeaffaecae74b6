"""Hostile and broken .qdpx files: each refused with a message naming the file and the reason, nothing stored."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

import annotator.exchange.qdpx_reading as reading
from annotator import Project
from annotator.errors import NotQdaProjectError, ProjectImportError, QdaContentError, UnsafeQdaFileError
from tests.qdpx_files import NS, Selection, Source, code, guid, write_qdpx

GOOD_CODE = guid()
CODES = code(GOOD_CODE, "theme")


def _zip(path: Path, entries: dict[str, bytes | str]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _project_xml(body: str, prolog: str = "") -> str:
    return f'<?xml version="1.0" encoding="utf-8"?>{prolog}<Project xmlns="{NS}" name="x" origin="t">{body}</Project>'


def _text_source(path_attr: str, selection: str = "") -> str:
    return (
        f'<CodeBook><Codes>{CODES}</Codes></CodeBook><Sources><TextSource guid="{guid()}" name="s" '
        f'plainTextPath="{path_attr}">{selection}</TextSource></Sources>'
    )


def not_a_zip(tmp: Path) -> Path:
    (tmp / "x.qdpx").write_text("just text, not a zip", encoding="utf-8")
    return tmp / "x.qdpx"


def no_project_qde(tmp: Path) -> Path:
    return _zip(tmp / "x.qdpx", {"sources/a.txt": "نص"})


def not_qda_xml(tmp: Path) -> Path:
    return _zip(tmp / "x.qdpx", {"project.qde": "<html><body>hello</body></html>"})


def broken_xml(tmp: Path) -> Path:
    return _zip(tmp / "x.qdpx", {"project.qde": _project_xml("<Users><User guid=")})


def external_entity(tmp: Path) -> Path:
    secret = tmp / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    prolog = f'<!DOCTYPE Project [<!ENTITY leak SYSTEM "file://{secret}">]>'
    return _zip(tmp / "x.qdpx", {"project.qde": _project_xml("<Description>&leak;</Description>", prolog)})


def billion_laughs(tmp: Path) -> Path:
    entities = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 1 else "") + ";") * 10}">' for n in range(1, 10)
    )
    prolog = f"<!DOCTYPE Project [{entities}]>"
    return _zip(tmp / "x.qdpx", {"project.qde": _project_xml("<Description>&lol9;</Description>", prolog)})


def path_escape(tmp: Path) -> Path:
    return _zip(tmp / "x.qdpx", {"project.qde": _project_xml(_text_source("internal://../../x")), "x": "نص"})


def path_with_folder(tmp: Path) -> Path:
    return _zip(tmp / "x.qdpx", {"project.qde": _project_xml(_text_source("internal://sub/dir.txt"))})


def selection_outside(tmp: Path) -> Path:
    source = Source("s", "نص قصير", [Selection(2, 500, [GOOD_CODE], name="x")])
    return write_qdpx(tmp / "x.qdpx", [source], CODES, origin="t")


def selection_not_a_number(tmp: Path) -> Path:
    sel = f'<PlainTextSelection guid="{guid()}" startPosition="two" endPosition="5"/>'
    qde = _project_xml(_text_source("internal://a.txt", sel))
    return _zip(tmp / "x.qdpx", {"project.qde": qde, "sources/a.txt": "نص قصير"})


def not_a_guid(tmp: Path) -> Path:
    return _zip(tmp / "x.qdpx", {"project.qde": _project_xml('<Users><User guid="1234" name="a"/></Users>')})


CASES: list[tuple[Callable[[Path], Path], type[ProjectImportError], str]] = [
    (not_a_zip, NotQdaProjectError, "it is not a zip file"),
    (no_project_qde, NotQdaProjectError, "a zip without project.qde"),
    (not_qda_xml, NotQdaProjectError, "not a QDA-XML project"),
    (broken_xml, QdaContentError, "not well-formed XML"),
    (external_entity, UnsafeQdaFileError, "declares a DTD or entities"),
    (billion_laughs, UnsafeQdaFileError, "declares a DTD or entities"),
    (path_escape, UnsafeQdaFileError, "names the path 'internal://../../x', outside its sources folder"),
    (path_with_folder, UnsafeQdaFileError, "outside its sources folder"),
    (selection_outside, QdaContentError, "runs 2..500, outside its text (7 characters)"),
    (selection_not_a_number, QdaContentError, "startPosition 'two', which is not a whole number"),
    (not_a_guid, QdaContentError, "the guid '1234', which is not a GUID"),
]


@pytest.mark.parametrize(("make", "error", "reason"), CASES, ids=[c[0].__name__ for c in CASES])
def test_refused_with_the_file_and_the_reason_and_nothing_stored(
    project: Project, tmp_path: Path, make: Callable[[Path], Path], error: type[ProjectImportError], reason: str
) -> None:
    project.add_article("مقال موجود")
    path = make(tmp_path)
    for attempt in (project.preview_project_import, project.import_project):
        with pytest.raises(error) as caught:
            attempt(path)
        assert str(caught.value).startswith(f"{path}: ") and reason in str(caught.value)
        assert str(caught.value).endswith("nothing was imported")
    assert [a.text for a in project.articles()] == ["مقال موجود"] and project.claims() == []
    assert project.undo_text() == "Undo add article “مقال موجود”"


def test_a_zip_bomb_is_refused_whatever_its_headers_say(
    project: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_QDE_BYTES", 1 << 20)
    padding = "<!-- " + " " * (4 << 20) + " -->"
    path = _zip(tmp_path / "bomb.qdpx", {"project.qde": _project_xml("", padding)})
    assert path.stat().st_size < 20_000  # 4 MB that pack to a few kilobytes
    with pytest.raises(UnsafeQdaFileError, match=r"project\.qde unpacks to more than 1 MB"):
        project.import_project(path)
    monkeypatch.setattr(reading, "MAX_ARTICLE_BYTES", 1 << 20)
    source = Source("s", "كلمة " * 300_000, [])
    with pytest.raises(UnsafeQdaFileError, match=r"sources/.*\.txt unpacks to more than 1 MB"):
        project.import_project(write_qdpx(tmp_path / "big.qdpx", [source], CODES, origin="t"))
    assert project.articles() == []


def test_texts_outside_the_file_are_never_read(project: Project, tmp_path: Path) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("نص من خارج الملف", encoding="utf-8")
    body = _text_source(f"absolute://{outside}")
    report = project.import_project(_zip(tmp_path / "x.qdpx", {"project.qde": _project_xml(body)}))
    assert project.articles() == []
    assert any("its text lies outside the file (absolute://" in note for note in report.notes)
