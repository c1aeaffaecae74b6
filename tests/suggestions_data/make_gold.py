"""Turn ``*_spec.json`` (claims written as strings) into ``*_gold.json`` (with code point offsets).

    python tests/suggestions_data/make_gold.py

Each claim is looked for in document order; its cue and mention (and each chain link's) are the
whole-word occurrences nearest to the claim ("cue_after": true takes the nearest one after it).
Prints every claim with its cue and mention so the result can be checked by eye.  The texts are in
this folder, the sample article in ``resources/``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEXT_DIRS = (HERE, HERE.parents[1] / "resources")


def read_text(name: str) -> str:
    """The article as the app stores it (UTF-8, LF)."""
    for folder in TEXT_DIRS:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8").replace("\r\n", "\n")
    raise SystemExit(f"{name}: not found in {[str(d) for d in TEXT_DIRS]}")


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and not (after.isalnum() and text[end - 1].isalnum())


def occurrences(text: str, part: str) -> list[int]:
    """Start of every whole-word occurrence of ``part``."""
    found, at = [], text.find(part)
    while at >= 0:
        if _whole_word(text, at, at + len(part)):
            found.append(at)
        at = text.find(part, at + 1)
    return found


def nearest(
    text: str, part: str, start: int, end: int, inside: tuple[int, int] | None = None, after: bool = False
) -> int:
    """The occurrence of ``part`` inside ``inside`` if any, else the one nearest to ``[start, end)``.

    ``after``: only occurrences after ``end`` (a cue that follows its content).
    """
    found = [i for i in occurrences(text, part) if not after or i >= end]
    if not found:
        raise SystemExit(f"not found: {part!r}")
    if inside is not None:
        within = [i for i in found if i >= inside[0] and i + len(part) <= inside[1]]
        if within:
            return within[0]

    def distance(i: int) -> int:
        return max(0, i - end, start - (i + len(part)))

    return min(found, key=distance)


def link(text: str, spec: dict, start: int, end: int) -> dict:
    """Offsets of a claim's (or a chain link's) cue and mention."""
    after = spec.get("cue_after", False)
    cue_start = nearest(text, spec["cue"], start, end, after=after) if spec.get("cue") else None
    cue_span = (cue_start, cue_start + len(spec["cue"])) if cue_start is not None else None
    mention = spec.get("mention")
    if mention:
        anchor = cue_span or (start, end)
        mention_start: int | None = nearest(text, mention, *anchor, inside=cue_span)
    else:
        mention, mention_start = None, None
    return {
        "source": spec["source"],
        "kind": spec["kind"],
        "cue": spec.get("cue"),
        "cue_start": cue_start,
        "mention": mention,
        "mention_start": mention_start,
    }


def build(spec: list[dict]) -> list[dict]:
    """The gold documents for ``spec``."""
    out = []
    for doc in spec:
        text = read_text(doc["article"])
        cursor, claims = 0, []
        for c in doc["claims"]:
            start = text.find(c["claim"], cursor)
            if start < 0:
                raise SystemExit(f"{doc['article']}: claim not found after {cursor}: {c['claim']!r}")
            end = start + len(c["claim"])
            cursor = start
            entry = {"claim": c["claim"], "start": start, "end": end, **link(text, c, start, end)}
            entry["quote_type"] = c["quote_type"]
            entry["chain"] = [link(text, lk, start, end) for lk in c.get("chain", [])]
            claims.append(entry)
            print(f"{doc['article']} [{start}:{end}] cue@{entry['cue_start']} mention@{entry['mention_start']}")
        out.append({"article": doc["article"], "claims": claims})
    return out


def main() -> int:
    """Write NAME_gold.json from NAME_spec.json (own: written with the rules; fresh, fresh2, fresh3: before them)."""
    for name in ("own", "fresh", "fresh2", "fresh3"):
        spec = json.loads((HERE / f"{name}_spec.json").read_text(encoding="utf-8"))
        gold = build(spec)
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (HERE / f"{name}_gold.json").write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
