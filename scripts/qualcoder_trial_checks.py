"""What QualCoder made of Nisba's .qdpx (its database) and what it wrote back (its own .qdpx), checked against
the file Nisba wrote: the first two stages of scripts/qualcoder_roundtrip.py's table.

Both .qdpx files are read as plain QDA-XML (the files are this trial's own, made on this machine)."""

from __future__ import annotations

import xml.etree.ElementTree as ET
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

NS = "{urn:QDA-XML:project:1.0}"


@dataclass(frozen=True)
class Row:
    """One line of the table: how many of ``of`` records kept something; ``why`` says why not, where known."""

    stage: str
    what: str
    kept: int
    of: int
    why: str = ""


@dataclass
class Qde:
    """A project.qde by value: code tree, selections with their codings, variables, links, text files."""

    origin: str
    users: dict[str, str] = field(default_factory=dict)
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    """By GUID: name, codable, colour, description, parent (the enclosing code's name)."""
    sources: list[dict[str, Any]] = field(default_factory=list)
    """name, text (as the file holds it), has_bom, rich (richTextPath), variables, selections."""
    links: int = 0

    def code_name(self, guid: str) -> str:
        return str(self.codes.get(guid, {}).get("name", "?"))


def read_qde(path: Path) -> Qde:
    with zipfile.ZipFile(path) as archive:
        root = ET.fromstring(archive.read("project.qde"))
        files = {n.lower(): n for n in archive.namelist()}
        qde = Qde(root.get("origin", ""))
        qde.users = {u.get("guid", ""): u.get("name", "") for u in root.iter(f"{NS}User")}
        book = root.find(f"{NS}CodeBook/{NS}Codes")
        for code in book if book is not None else []:
            _read_code(qde, code, None)
        for source in root.iter(f"{NS}TextSource"):
            entry = files["sources/" + source.get("plainTextPath", "").removeprefix("internal://").lower()]
            raw = archive.read(entry)
            qde.sources.append(
                {
                    "name": source.get("name", ""),
                    "text": raw.decode("utf-8-sig"),
                    "has_bom": raw.startswith(b"\xef\xbb\xbf"),
                    "rich": source.get("richTextPath"),
                    "variables": _variables(root, source),
                    "selections": [_selection(qde, s) for s in source.iter(f"{NS}PlainTextSelection")],
                }
            )
        qde.links = len(root.findall(f"{NS}Links/{NS}Link"))
    return qde


def _read_code(qde: Qde, code: ET.Element, parent: str | None) -> None:
    description = code.find(f"{NS}Description")
    qde.codes[code.get("guid", "")] = {
        "name": code.get("name", ""),
        "codable": code.get("isCodable") != "false",
        "colour": code.get("color"),
        "description": (description.text or "") if description is not None else "",
        "parent": parent,
    }
    for child in code.findall(f"{NS}Code"):
        _read_code(qde, child, code.get("name"))


def _variables(root: ET.Element, source: ET.Element) -> dict[str, str]:
    names = {v.get("guid"): v.get("name", "") for v in root.iter(f"{NS}Variable")}
    values = {}
    for value in source.findall(f"{NS}VariableValue"):
        ref = value.find(f"{NS}VariableRef")
        held = [c.text or "" for c in value if c.tag != f"{NS}VariableRef"]
        if ref is not None and held:
            values[names.get(ref.get("targetGUID"), "?")] = held[0]
    return values


def _selection(qde: Qde, selection: ET.Element) -> dict[str, Any]:
    description = selection.find(f"{NS}Description")
    user = qde.users.get(selection.get("creatingUser", ""))
    return {
        "name": selection.get("name", ""),
        "start": int(selection.get("startPosition", "0")),
        "end": int(selection.get("endPosition", "0")),
        "user": user,
        "created": selection.get("creationDateTime"),
        "modified": selection.get("modifiedDateTime"),
        "description": (description.text or "") if description is not None else "",
        "codings": [
            (qde.code_name(ref.get("targetGUID", "")), qde.users.get(c.get("creatingUser", ""), user))
            for c in selection.findall(f"{NS}Coding")
            if (ref := c.find(f"{NS}CodeRef")) is not None
        ],
    }


def database_rows(sent: Qde, db: dict[str, Any]) -> list[Row]:
    """Stage 1: Nisba's file as QualCoder's importer stored it."""
    stage = "Nisba .qdpx -> QualCoder"
    files = {s["id"]: s for s in db["sources"]}
    by_name = {s["name"]: s for s in db["sources"]}
    cats = {c["catid"]: c for c in db["categories"]}
    cat_named = {c["name"]: c for c in cats.values()}
    codes = {c["cid"]: c for c in db["codes"]}
    code_named = {c["name"]: c for c in codes.values()}
    attributes = {(a["id"], a["name"]): a["value"] for a in db["attributes"]}
    types = ", ".join(sorted({t["valuetype"] for t in db["attribute_types"]}))
    folders = [c for c in sent.codes.values() if not c["codable"]]
    sent_codes = [c for c in sent.codes.values() if c["codable"]]

    def named(catid: int | None, parent: str | None) -> bool:
        return cats.get(catid, {}).get("name") == parent

    stored = {
        (files[r["fid"]]["name"], codes.get(r["cid"], {}).get("name"), r["pos0"], r["pos1"], r["owner"]): r
        for r in db["code_text"]
    }
    expected = [
        (s["name"], sel, code, by) for s in sent.sources for sel in s["selections"] for code, by in sel["codings"]
    ]
    found = [
        (sel, by, stored.get((name, code, sel["start"], sel["end"], sel["user"]))) for name, sel, code, by in expected
    ]
    placed = [(sel, by, r) for sel, by, r in found if r is not None]
    modified = [sel for s in sent.sources for sel in s["selections"] if sel["modified"] not in (None, sel["created"])]
    memo = (db["project"][0]["memo"] or "") if db["project"] else ""
    owners = {r["owner"] for r in db["code_text"]}
    return [
        _count(
            stage,
            "texts, equal to the article",
            [by_name.get(s["name"], {}).get("fulltext") == s["text"] for s in sent.sources],
        ),
        _count(
            stage,
            f"article metadata as file attributes ({types})",
            [
                attributes.get((by_name.get(s["name"], {}).get("id"), k)) == v
                for s in sent.sources
                for k, v in s["variables"].items()
            ],
        ),
        _count(
            stage,
            "code folders as categories, nested",
            [f["name"] in cat_named and named(cat_named[f["name"]]["supercatid"], f["parent"]) for f in folders],
        ),
        _count(
            stage,
            "codes, in their folder, Description as memo",
            [
                c["name"] in code_named
                and named(code_named[c["name"]]["catid"], c["parent"])
                and (code_named[c["name"]]["memo"] or "") == c["description"]
                for c in sent_codes
            ],
        ),
        _count(
            stage,
            "code colours",
            [
                (code_named.get(c["name"], {}).get("color") or "").lower() == c["colour"].lower()
                for c in sent_codes
                if c["colour"]
            ],
            "sub_codes() stores color_matcher(colour): the nearest of QualCoder's 120 colours",
        ),
        _count(
            stage,
            "codings (one row per selection and code)",
            [r is not None for _, _, r in found],
            "a second coding of one span by one code and coder breaks code_text's unique key and is dropped",
        ),
        _count(
            stage,
            "coding text = QualCoder's own slice",
            [r["seltext"] == r["qualcoder_slice"] for r in db["code_text"]],
        ),
        _count(stage, "coding text = the text Nisba coded", [r["seltext"] == sel["name"] for sel, _, r in placed]),
        _count(
            stage,
            "coder of each coding",
            [r["owner"] == by for _, by, r in placed],
            "load_codings_for_text takes every coding's owner from its selection's creatingUser, not the Coding's",
        ),
        _count(
            stage,
            "claim notes as coding memos",
            [(r["memo"] or "") == sel["description"] for sel, _, r in placed if sel["description"]],
        ),
        _count(
            stage,
            "coding creation times",
            [r["date"] == (sel["created"] or "").replace("T", " ").removesuffix("Z") for sel, _, r in placed],
        ),
        Row(
            stage,
            "claims' modification times (where not the creation time)",
            0,
            len(modified),
            "code_text keeps one date, the creation time",
        ),
        _count(
            stage,
            "highlight in QualCoder's coding window",
            [r["window_text"] == r["seltext"] for r in db["code_text"]],
            "DialogCodeText.highlight puts the stored positions (code points) into a QTextCursor, which counts "
            "UTF-16 units: past each emoji the highlight is one unit early",
        ),
        Row(
            stage,
            "Links (a mention or cue -> its claim)",
            0,
            sent.links,
            "parse_links keeps Links in memory only to find NVivo's annotation notes; no table holds them",
        ),
        _count(stage, "annotators (Users) as coders", [u in owners for u in sent.users.values()]),
        _count(stage, "project Description as project memo", [bool(memo)]),
    ]


def export_rows(sent: Qde, back: Qde, db: dict[str, Any]) -> list[Row]:
    """Stage 2: what QualCoder's exporter wrote from its database."""
    stage = "QualCoder -> its .qdpx"
    names = {s["name"]: s for s in back.sources}
    rich = [s["name"] for s in back.sources if s["rich"]]
    selections = [sel for s in back.sources for sel in s["selections"]]
    written = {(s["name"], sel["start"], sel["end"], sel["user"]): [] for s in back.sources for sel in s["selections"]}
    for s in back.sources:
        for sel in s["selections"]:
            written[(s["name"], sel["start"], sel["end"], sel["user"])] += [code for code, _ in sel["codings"]]
    in_order = [
        written.get((s["name"], sel["start"], sel["end"], sel["user"])) == [code for code, _ in sel["codings"]]
        for s in sent.sources
        for sel in s["selections"]
    ]
    back_names = {c["name"] for c in back.codes.values() if c["codable"]}
    return [
        _count(
            stage,
            "texts, equal to the article",
            [names.get(s["name"], {}).get("text") == s["text"] for s in sent.sources],
        ),
        _count(
            stage,
            "text files without a byte-order mark",
            [not s["has_bom"] for s in back.sources],
            "export_project writes each text with encoding utf-8-sig",
        ),
        _count(
            stage,
            "sources without a richTextPath (plain text only)",
            [not s["rich"] for s in back.sources],
            f"get_sources takes a file suffix from the name after its last dot: {rich}",
        ),
        _count(stage, "codes written back", [c["name"] in back_names for c in sent.codes.values() if c["codable"]]),
        _count(
            stage,
            f"one selection per coding ({len(selections)} for {len(db['code_text'])} codings)",
            [len(sel["codings"]) == 1 for sel in selections],
        ),
        _count(
            stage,
            "a span's codes in Nisba's order",
            in_order,
            "text_selection_xml writes code_text rows as SQLite returns them (no ORDER BY)",
        ),
        _count(
            stage,
            "selections with a modifiedDateTime",
            [bool(sel["modified"]) for sel in selections],
            "text_selection_xml writes creationDateTime only",
        ),
        Row(stage, "Links", back.links, sent.links, "RefiExport writes no Links element"),
    ]


def _count(stage: str, what: str, kept: list[bool], why: str = "") -> Row:
    return Row(stage, what, sum(kept), len(kept), why)
