"""The hostile cases that cost time or memory when unbounded, run in a child process that bounds both.

Each case runs in tests/hostile_child.py under ``RLIMIT_AS`` (what the imports take plus
:data:`MEMORY_MB`) and a hang guard of :data:`HANG_SECONDS` (a SIGALRM).  Unbounded, these cases
hung for minutes or asked for gigabytes (issue 19); bounded, each is refused clearly or read
within a couple of seconds.  The guard is a hang detector, not a speed measurement: the
figures per case are in ``scripts/hostile_campaign.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE
from tests import hostile_corpus as hc
from tests.corpus import PARA_1

MEMORY_MB = 1024
HANG_SECONDS = 10
CHILD = Path(__file__).resolve().parent / "hostile_child.py"
TEXT = SAMPLE_ARTICLE.read_text(encoding="utf-8")
MB = 1 << 20


def _cases(folder: Path) -> Iterator[tuple[str, str, Path, dict[str, Any]]]:
    """Build each costly input; yield (name, call, path, keywords) for the child."""
    for suffix in (".txt", ".docx", ".html"):
        yield f"fifo{suffix}", "read_article", hc.make_fifo(folder / f"pipe{suffix}"), {}
    yield "fifo.json", "read_web_annotations", hc.make_fifo(folder / "pipe.json"), {}
    yield "fifo-fed-30MB", "read_article", hc.make_fifo(folder / "fed.txt"), {}  # a writer waits on it
    zero = folder / "zero.txt"
    zero.symlink_to("/dev/zero")
    yield "dev-zero-link", "read_article", zero, {}
    yield "dev-urandom", "read_article", Path("/dev/urandom"), {}
    yield "dev-zero-annotations", "read_web_annotations", Path("/dev/zero"), {}
    body = hc.para(PARA_1)
    span = hc.table([[hc.cell("واسعة", '<w:gridSpan w:val="1000000000"/>'), hc.cell("ضيقة")]]) + body
    yield "gridspan-1e9", "read_article", hc.write_docx(folder / "span.docx", span), {}
    yield "vmerge-3000", "read_article", hc.write_docx(folder / "merge.docx", hc.vmerge_chain(3000)), {}
    thumb = hc.write_docx(folder / "thumb.docx", body, thumbnail=hc.repeated(b"\0", 120 * MB))
    yield "thumbnail-120MB", "read_article", thumb, {}
    styles = hc.write_docx(folder / "styles.docx", body, styles=hc.styles_bomb(120 * MB))
    yield "styles-120MB", "read_article", styles, {}
    head, tail = hc.document_xml("SPLIT").encode().split(b"SPLIT")
    empty = hc.write_docx(folder / "empty.docx", document=hc.repeated(b"<w:p/>", 60 * MB, head, tail))
    yield "empty-paragraphs-60MB", "read_article", empty, {}
    for count in (100_000, 300_000):
        page = folder / f"p{count}.html"
        page.write_text(hc.page_with_elements(count, "<p>x</p>"), encoding="utf-8")
        yield f"page-{count}-p", "read_article", page, {}
    huge = folder / "huge-string.json"
    one = json.dumps(hc.collection([hc.annotation(TEXT, 10, 60)]))
    huge.write_text(one.replace('"exact": "', '"exact": "' + "x" * 50_000_000, 1), encoding="utf-8")
    yield "annotation-50M-string", "read_web_annotations", huge, {}
    many = folder / "many.json"
    position = {"type": "TextPositionSelector", "start": 10, "end": 60}
    items = [{"type": "Annotation", "target": {"source": "urn:x", "selector": position}}]
    many.write_text(json.dumps(hc.collection(items * 100_000)), encoding="utf-8")
    yield "annotations-100000", "read_web_annotations", many, {}
    project = folder / "p.nisba"
    with Project.open(project, backup_on_open=False, backup_every_minutes=None) as p:
        p.import_file(SAMPLE_ARTICLE)
    chain = hc.collection([hc.annotation(TEXT, 10, 60, sources=[f"مصدر {n}" for n in range(5000)])])
    yield "chain-5000", "import_annotations", hc.write_json(folder / "chain.json", chain), {"project": str(project)}


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Every costly case's outcome, from one bounded child process."""
    folder = tmp_path_factory.mktemp("hostile-bounds")
    cases = [[name, call, str(path), keywords] for name, call, path, keywords in _cases(folder)]
    listing = folder / "cases.json"
    listing.write_text(json.dumps(cases), encoding="utf-8")
    writer = subprocess.Popen(["sh", "-c", f"head -c {30 * MB} /dev/zero | tr '\\0' 'a' > '{folder / 'fed.txt'}'"])
    try:
        done = subprocess.run(
            [sys.executable, str(CHILD), str(listing), str(MEMORY_MB), str(HANG_SECONDS)],
            capture_output=True,
            text=True,
            timeout=HANG_SECONDS * (len(cases) + 2),
        )
    finally:
        writer.kill()
        writer.wait()
    assert done.returncode == 0, done.stderr[-2000:]
    return {entry["name"]: entry for entry in map(json.loads, done.stdout.splitlines())}


def _refused(outcomes: dict[str, dict[str, Any]], name: str, error: str, *needles: str) -> None:
    got = outcomes[name]
    assert got["outcome"] == "refused" and got["error"] == error, got
    assert all(needle in got["message"] for needle in needles), got


def test_a_fifo_fed_more_than_the_limit_is_never_read(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "fifo-fed-30MB", "UnreadableFileError", "fed.txt: is a named pipe")


@pytest.mark.parametrize("suffix", [".txt", ".docx", ".html"])
def test_a_fifo_is_refused_without_waiting_for_a_writer(outcomes: dict[str, dict[str, Any]], suffix: str) -> None:
    _refused(outcomes, f"fifo{suffix}", "UnreadableFileError", f"pipe{suffix}: is a named pipe")


def test_a_fifo_named_as_annotations_is_refused(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "fifo.json", "AnnotationImportError", "pipe.json: cannot be read: it is a named pipe")


@pytest.mark.parametrize("name", ["dev-zero-link", "dev-urandom"])
def test_endless_devices_are_refused_before_reading(outcomes: dict[str, dict[str, Any]], name: str) -> None:
    _refused(outcomes, name, "UnreadableFileError", "is a device, not a file")


def test_dev_zero_as_annotations_is_refused(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "dev-zero-annotations", "AnnotationImportError", "/dev/zero: cannot be read: it is a device")


def test_a_huge_grid_span_costs_nothing(outcomes: dict[str, dict[str, Any]]) -> None:
    assert outcomes["gridspan-1e9"] | {"seconds": 0} == {
        "outcome": "accepted",
        "value": ("واسعة\n\nضيقة\n\n" + PARA_1)[:80],
        "name": "gridspan-1e9",
        "seconds": 0,
    }


def test_a_long_vertical_merge_is_read(outcomes: dict[str, dict[str, Any]]) -> None:
    assert outcomes["vmerge-3000"]["outcome"] == "accepted", outcomes["vmerge-3000"]
    assert outcomes["vmerge-3000"]["value"].startswith("رأس العمود\n\nصف 0\n\nصف 1")


@pytest.mark.parametrize("name", ["thumbnail-120MB", "styles-120MB"])
def test_any_member_inflating_past_the_limit_is_refused(outcomes: dict[str, dict[str, Any]], name: str) -> None:
    _refused(outcomes, name, "NotDocumentError", "unpacks to more than the 100 MB")


def test_millions_of_empty_paragraphs_are_refused_while_inflating(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "empty-paragraphs-60MB", "NotDocumentError", "holds more than 2,000,000 XML tags")


def test_a_page_of_100000_paragraphs_is_read_by_the_plain_extractor(outcomes: dict[str, dict[str, Any]]) -> None:
    assert outcomes["page-100000-p"]["outcome"] == "accepted", outcomes["page-100000-p"]


def test_a_page_of_300000_paragraphs_is_refused(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "page-300000-p", "FileTooLargeError", "p300000.html: has more than 250,000 HTML elements")


def test_a_50_million_character_string_is_refused(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "annotation-50M-string", "AnnotationImportError", "'exact' is 50,000,", "characters long")


def test_100000_annotations_are_refused(outcomes: dict[str, dict[str, Any]]) -> None:
    _refused(outcomes, "annotations-100000", "AnnotationImportError", "holds 100,000 annotations")


def test_a_chain_of_5000_sources_is_imported(outcomes: dict[str, dict[str, Any]]) -> None:
    assert outcomes["chain-5000"]["outcome"] == "accepted" and outcomes["chain-5000"]["value"] == "1"
