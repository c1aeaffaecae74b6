"""The annotation-file cases of scripts/hostile_campaign.py: shapes, depth, numbers, types, surrogates, sizes."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from scripts.hostile_cases import SURROGATE, Case, _annotations, _flip, _sample
from tests import hostile_corpus as hc


def annotation_cases(folder: Path, rng: random.Random, count: int, export: dict[str, Any]) -> Iterator[Case]:
    """Annotation files: wrong shapes, depth, numbers, wrong types, surrogates, sizes, random and flipped."""
    text = _sample()
    path = folder / "claims.json"

    def write(data: Any, raw: str | None = None) -> Path:
        if raw is not None:
            path.write_text(raw, encoding="utf-8")
        else:
            hc.write_json(path, data)
        return path

    def one(**changes: Any) -> dict[str, Any]:
        item = hc.annotation(text, 10, 60)
        for where, value in changes.items():
            target: Any = item
            keys = where.split(".")
            for key in keys[:-1]:
                target = target[int(key)] if isinstance(target, list) else target[key]
            last = keys[-1]
            if isinstance(target, list):
                target[int(last)] = value
            else:
                target[last] = value
        return hc.collection([item])

    def make(label: str, data: Any = None, raw: str | None = None, names: tuple[str, ...] = ()) -> Case:
        write(data, raw)
        return Case("annotations", label, path, _annotations, (path.name, *names))

    for raw in hc.WRONG_SHAPES:
        yield make(f"shape {raw[:40]}", raw=raw)
    yield make("5,000 nested arrays", raw=hc.nested(5000))
    yield make("5,000 nested objects", raw='{"a":' * 5000 + "1" + "}" * 5000)
    yield make(
        "200 nested arrays in a body",
        raw=json.dumps(one()).replace('"nisba:role": "source"', '"nisba:role": "source", "x": ' + hc.nested(200), 1),
    )
    big = "9" * 5000
    yield make("5,000-digit start", raw=json.dumps(one()).replace('"start": 10', f'"start": {big}', 1))
    yield make(
        "5,000-digit unknown field",
        raw=json.dumps(one()).replace('"type": "Annotation"', f'"type": "Annotation", "n": {big}', 1),
    )
    yield make("start 1e400", raw=json.dumps(one()).replace('"start": 10', '"start": 1e400', 1))
    yield make("start NaN", raw=json.dumps(one()).replace('"start": 10', '"start": NaN', 1))
    fields = {
        "target.nisba:textHash": (["x"], {"a": 1}, 5, True),
        "target.source": (5, ["x"], {}),
        "target.selector.1.exact": (5, ["x"], {}),
        "target.selector.1.prefix": (5, []),
        "target.selector.0.start": ("5", -1, 10**18, True),
        "target.selector.0.end": (5, "60"),
        "body.0.value": ({}, ["x"], 5),
        "body.0.nisba:aliases": ("abc", [1, {}], {}),
        "body.0.nisba:colour": (5, "red"),
        "body.0.nisba:sourceKind": (5, []),
        "body.0.creator": (5, [{}], {"name": 5}),
        "created": (5, "not a date"),
        "id": ({}, 5),
        "target": ("x", 5, []),
        "body": ("x", 5),
        "body.1.value": ({}, 5),
    }  # fmt: skip
    for where, values in fields.items():
        for value in values:
            yield make(f"{where} = {json.dumps(value)[:30]}", one(**{where: value}))
    surrogate_fields = (
        "id", "target.source", "target.nisba:textHash", "target.selector.1.exact", "target.selector.1.prefix",
        "target.selector.1.suffix", "body.0.value", "body.1.value", "body.0.nisba:sourceKind", "body.0.nisba:colour",
    )  # fmt: skip
    for where in surrogate_fields:
        yield make(f"lone surrogate in {where}", one(**{where: f"ab{SURROGATE}c"}), names=(where.split(".")[-1],))
    for label, extra in (
        ("alias", {"nisba:aliases": ["x" + SURROGATE]}),
        ("creator", {"creator": {"type": "Person", "name": SURROGATE}}),
    ):
        data = one()
        data["first"]["items"][0]["body"][0].update(extra)
        yield make(f"lone surrogate in {label}", data, names=(next(iter(extra)),))
    data = one()
    data["first"]["items"][0]["body"].append({"type": "TextualBody", "purpose": "commenting", "value": SURROGATE})
    yield make("lone surrogate in note", data, names=("value",))
    data = one()
    data["first"]["items"][0]["body"].append({"type": "TextualBody", "purpose": "tagging", "value": SURROGATE})
    yield make("lone surrogate in label", data, names=("value",))
    yield make(
        "lone surrogate in a key",
        raw=json.dumps(one()).replace('"type": "Annotation"', '"\\ud800": 1, "type": "Annotation"', 1),
    )
    yield make(
        "empty quote, position out of range",
        one(**{"target.selector.1.exact": "", "target.selector.0.start": 10**6, "target.selector.0.end": 10**6 + 5}),
    )
    huge = "ك" * 50_000_000
    for where in ("target.selector.1.exact", "body.2", "target.nisba:extra"):
        data = one()
        if where == "body.2":
            data["first"]["items"][0]["body"].append({"type": "TextualBody", "purpose": "commenting", "value": huge})
        else:
            data = one(**{where: huge})
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        yield Case("annotations", f"50 M characters in {where}", path, _annotations, (path.name,))
    del huge
    items = [hc.annotation(text, n % 900, n % 900 + 20, ident=f"urn:a:{n}") for n in range(100_000)]
    path.write_text(json.dumps(hc.collection(items), ensure_ascii=False), encoding="utf-8")
    yield Case("annotations", "100,000 annotations", path, _annotations, (path.name,))
    del items
    chain = hc.annotation(text, 10, 60, sources=[f"مصدر {n}" for n in range(5000)])
    yield make("a chain of 5,000 sources", hc.collection([chain]))
    real = json.dumps(export, ensure_ascii=False).encode()
    for n in range(count):
        if n % 3 == 0:
            data_bytes = _flip(real, rng, rng.randrange(1, 20))
        elif n % 3 == 1:
            data_bytes = real[: rng.randrange(1, len(real))]
        else:
            data_bytes = json.dumps(_random_json(rng, 4)).encode()
        path.write_bytes(data_bytes)
        yield Case("annotations", f"random-{n}", path, _annotations, (path.name,))


def _random_json(rng: random.Random, depth: int) -> Any:
    atoms: list[Any] = [None, True, 0, -1, 1.5, 10**20, "", "Annotation", "x", SURROGATE, "TextPositionSelector"]
    keys = ["type", "target", "body", "selector", "start", "end", "exact", "value", "items", "first", "nisba:role"]
    roll = rng.random()
    if depth == 0 or roll < 0.3:
        return rng.choice(atoms)
    if roll < 0.6:
        return [_random_json(rng, depth - 1) for _ in range(rng.randrange(4))]
    return {rng.choice(keys): _random_json(rng, depth - 1) for _ in range(rng.randrange(5))}
