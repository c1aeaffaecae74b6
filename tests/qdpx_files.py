"""Building ``.qdpx`` files in the tests, shaped as other tools write them, and reading exported ones."""

from __future__ import annotations

import re
import uuid
import zipfile
from dataclasses import dataclass, field
from functools import cache
from html import escape
from pathlib import Path

from lxml import etree

from annotator.text.offsets import utf16_length

NS = "urn:QDA-XML:project:1.0"
SCHEMA = Path(__file__).parent / "refi_qda" / "Project-mrt2019.xsd"


@cache
def schema() -> etree.XMLSchema:
    """The REFI-QDA project schema (QDA-XML 1.0)."""
    return etree.XMLSchema(etree.parse(str(SCHEMA)))


def qde_of(path: Path) -> etree._Element:
    """The parsed project.qde of a .qdpx."""
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("project.qde"))


def q(tag: str) -> str:
    """A tag in the project namespace."""
    return f"{{{NS}}}{tag}"


def guid() -> str:
    """A fresh GUID as the tools write them."""
    return str(uuid.uuid4())


@dataclass
class Coding:
    code: str
    user: str | None = None


@dataclass
class Selection:
    start: int
    end: int
    codes: list[str]
    name: str | None = None
    user: str | None = None
    description: str | None = None
    guid: str = field(default_factory=guid)


@dataclass
class Source:
    name: str
    text: str
    selections: list[Selection]
    guid: str = field(default_factory=guid)


def utf16(text: str, cp: int) -> int:
    """The UTF-16 position of code point ``cp`` (as QualCoder's window and NVivo count)."""
    return utf16_length(text[:cp])


def write_qdpx(
    path: Path,
    sources: list[Source],
    codes: str,
    *,
    origin: str,
    users: dict[str, str] | None = None,
    folder: str = "sources",
    bom: bool = False,
    crlf: bool = False,
    guid_case: str = "lower",
) -> Path:
    """A .qdpx with ``codes`` (the Codes element's inner XML), sources written as a tool would."""

    def g(value: str) -> str:
        return value.upper() if guid_case == "upper" else value

    users = users or {}
    xml = [f'<?xml version="1.0" encoding="utf-8"?>\n<Project xmlns="{NS}" name="study" origin="{escape(origin)}">']
    if users:
        xml.append("<Users>" + "".join(f'<User guid="{g(u)}" name="{escape(n)}"/>' for n, u in users.items()))
        xml.append("</Users>")
    if guid_case == "upper":
        codes = re.sub(r'"([0-9a-f-]{36})"', lambda m: f'"{m.group(1).upper()}"', codes)
    xml.append(f"<CodeBook><Codes>{codes}</Codes></CodeBook><Sources>")
    files = {}
    for source in sources:
        xml.append(
            f'<TextSource guid="{g(source.guid)}" name="{escape(source.name)}" '
            f'plainTextPath="internal://{g(source.guid)}.txt">'
        )
        for s in source.selections:
            who = f' creatingUser="{g(users[s.user])}"' if s.user else ""
            named = f' name="{escape(s.name, quote=True)}"' if s.name is not None else ""
            xml.append(
                f'<PlainTextSelection guid="{g(s.guid)}"{named} startPosition="{s.start}" endPosition="{s.end}"{who}>'
            )
            if s.description:
                xml.append(f"<Description>{escape(s.description)}</Description>")
            xml += [f'<Coding guid="{guid()}"{who}><CodeRef targetGUID="{g(c)}"/></Coding>' for c in s.codes]
            xml.append("</PlainTextSelection>")
        xml.append("</TextSource>")
        text = source.text.replace("\n", "\r\n") if crlf else source.text
        files[f"{folder}/{g(source.guid)}.txt"] = ("\ufeff" if bom else "") + text
    xml.append("</Sources></Project>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", "".join(xml).encode("utf-8"))
        for name, text in files.items():
            archive.writestr(name, text.encode("utf-8"))
    return path


def code(guid_: str, name: str, *, codable: bool = True, children: str = "", colour: str | None = None) -> str:
    """A Code element's XML."""
    shade = f' color="{colour}"' if colour else ""
    flag = "true" if codable else "false"
    return f'<Code guid="{guid_}" name="{escape(name, quote=True)}" isCodable="{flag}"{shade}>{children}</Code>'
