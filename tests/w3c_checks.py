"""The W3C Web Annotation Working Group's model tests (``tests/w3c_annotation_tests``), run with jsonschema.

Each ``.test`` file of the suite lists assertions (JSON Schemas, draft 4) with an ``assertionType`` of must,
should or may.  As the suite's runner does, the annotation tests are applied to each annotation, the
collection tests to the collection, and the page tests to the collection with its embedded first page.
A check passes when the schema accepts the object (every assertion here expects "valid").
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4

SUITE = Path(__file__).parent / "w3c_annotation_tests"
TESTS = {
    "annotation": (
        "annotations/annotationMusts.test",
        "annotations/annotationOptionals.test",
        "annotations/annotationsAgentOptionals.test",
    ),
    "collection": ("collections/collectionMusts.test", "collections/collectionOptionals.test"),
    "page": ("collections/pages/pageMusts.test", "collections/pages/pageOptionals.test"),
}


@dataclass(frozen=True)
class Check:
    """One assertion applied to one object."""

    assertion: str
    level: str  # must, should, may
    subject: str  # "collection", "page" or the annotation's id
    passed: bool
    message: str


@cache
def _registry() -> Registry:
    resources = []
    for path in SUITE.glob("**/*.json"):
        contents = json.loads(path.read_text(encoding="utf-8"))
        resources.append((contents["id"], Resource.from_contents(contents, default_specification=DRAFT4)))
        # Assertions name themselves by file name; a few ids differ in case from the file name.
        resources.append((path.name, Resource.from_contents(contents, default_specification=DRAFT4)))
    return Registry().with_resources(resources)


@cache
def _assertions(kind: str) -> tuple[tuple[str, dict[str, Any]], ...]:
    seen: dict[str, dict[str, Any]] = {}
    for test in TESTS[kind]:
        for name in json.loads((SUITE / test).read_text(encoding="utf-8"))["assertions"]:
            seen.setdefault(name, json.loads((SUITE / name).read_text(encoding="utf-8")))
    return tuple(seen.items())


def _run(kind: str, subject: str, value: Any) -> Iterator[Check]:
    checker = jsonschema.Draft4Validator.FORMAT_CHECKER
    for name, schema in _assertions(kind):
        validator = jsonschema.Draft4Validator(schema, registry=_registry(), format_checker=checker)
        errors = list(validator.iter_errors(value))
        yield Check(name, schema["assertionType"], subject, not errors, schema.get("errorMessage", ""))


def check_collection(collection: dict[str, Any]) -> list[Check]:
    """Every assertion of the suite against an exported collection, its page and each annotation."""
    checks = list(_run("collection", "collection", collection))
    checks += _run("page", "page", collection)
    for item in collection["first"]["items"]:
        checks += _run("annotation", str(item.get("id")), item)
    return checks


def summary(checks: list[Check]) -> dict[str, tuple[int, int]]:
    """Per level: (assertions passed for every object they were applied to, assertions applied)."""
    by_assertion: dict[tuple[str, str], bool] = {}
    for check in checks:
        key = (check.level, check.assertion)
        by_assertion[key] = by_assertion.get(key, True) and check.passed
    out: dict[str, tuple[int, int]] = {}
    for (level, _), passed in by_assertion.items():
        done, total = out.get(level, (0, 0))
        out[level] = (done + passed, total + 1)
    return out
