"""Excel export: one row per claim, plus the sources and articles, safe for any text.

Text cells are always written as strings (a claim starting with "=" is never a
formula), characters XML forbids are replaced by a visible marker, and the
file is written beside the target and renamed at the end, so a failed export
leaves any earlier file untouched.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from .errors import ExportError
from .models import Article, Claim, Source

EXCEL_CELL_LIMIT = 32_767
MARKER = "\ufffd"  # shown where a character XML cannot hold was dropped
CHAIN_SEPARATOR = "; "

_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="44546A")
_RTL = Alignment(horizontal="right", vertical="top", wrap_text=True, readingOrder=2)
_LTR = Alignment(horizontal="left", vertical="top", wrap_text=True, readingOrder=1)
_TOP = Alignment(vertical="top")
_EXTRA_ILLEGAL = str.maketrans({"\ufffe": MARKER, "\uffff": MARKER})

Column = tuple[str, int]  # header, maximum width


def safe_text(value: str) -> str:
    """``value`` as Excel can store it: forbidden characters marked, long text cut with a visible note."""
    text: str = ILLEGAL_CHARACTERS_RE.sub(MARKER, value).translate(_EXTRA_ILLEGAL)
    if len(text) > EXCEL_CELL_LIMIT:
        note = f" [... cut: {len(text):,} characters in all]"
        text = text[: EXCEL_CELL_LIMIT - len(note)] + note
    return text


def _cell(ws: WriteOnlyWorksheet, value: Any, align: Alignment | None = None) -> WriteOnlyCell:
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=safe_text(value))
        cell.data_type = "s"  # never a formula, whatever the text starts with
        cell.alignment = align or _TOP
        return cell
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, datetime):
        cell.number_format = "yyyy-mm-dd hh:mm"
    elif isinstance(value, date):
        cell.number_format = "yyyy-mm-dd"
    cell.alignment = _TOP
    return cell


def _width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, datetime):
        return 16
    if isinstance(value, date):
        return 10
    return max((len(line) for line in str(value).split("\n")), default=0)


def _write_sheet(
    wb: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Any]],
    *,
    rtl: bool,
    text_align: Sequence[Alignment | None] | None = None,
) -> None:
    ws: WriteOnlyWorksheet = wb.create_sheet(title)
    ws.sheet_view.rightToLeft = rtl
    ws.freeze_panes = "A2"
    for i, (header, cap) in enumerate(columns):
        sample = max((_width(r[i]) for r in rows[:1000]), default=0)
        ws.column_dimensions[get_column_letter(i + 1)].width = min(cap, max(len(header) + 2, sample + 2, 6))
    header_cells = []
    for header, _cap in columns:
        cell = WriteOnlyCell(ws, value=header)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        header_cells.append(cell)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(len(rows) + 1, 2)}"
    ws.append(header_cells)
    for n, row in enumerate(rows):
        align = text_align[n] if text_align else None
        ws.append([_cell(ws, v, align) for v in row])


def _claims_rows(
    articles: dict[int, Article], sources: dict[int, Source], claims: Iterable[Claim]
) -> tuple[list[list[Any]], list[Alignment | None]]:
    rows: list[list[Any]] = []
    aligns: list[Alignment | None] = []
    for c in claims:
        a = articles[c.article_id]
        chain = [sources[sid] for sid in c.source_ids]
        rows.append(
            [
                c.id,
                a.id,
                a.title or "",
                a.outlet or "",
                c.text,
                CHAIN_SEPARATOR.join(s.name for s in chain),
                CHAIN_SEPARATOR.join(s.kind for s in chain),
                c.quote_type,
                c.start,
                c.end,
                c.created_at,
                c.note,
            ]
        )
        aligns.append(_RTL if a.direction == "rtl" else _LTR)
    return rows, aligns


CLAIM_COLUMNS: tuple[Column, ...] = (
    ("Claim ID", 10),
    ("Article ID", 10),
    ("Article", 40),
    ("Outlet", 20),
    ("Claim text", 80),
    ("Sources (chain order)", 30),
    ("Source kind", 20),
    ("Quote type", 12),
    ("Start", 10),
    ("End", 10),
    ("Created at", 18),
    ("Note", 40),
)
SOURCE_COLUMNS: tuple[Column, ...] = (
    ("Source ID", 10),
    ("Name", 30),
    ("Kind", 14),
    ("Aliases", 40),
    ("Colour", 10),
    ("Claims", 10),
    ("Articles", 10),
)
ARTICLE_COLUMNS: tuple[Column, ...] = (
    ("Article ID", 10),
    ("Title", 50),
    ("Outlet", 20),
    ("URL", 40),
    ("Published", 12),
    ("Language", 10),
    ("Direction", 10),
    ("Status", 12),
    ("Claims", 10),
    ("Characters", 12),
    ("Imported from", 40),
    ("Imported at", 18),
)


def write_workbook(
    target: Path, articles: Sequence[Article], sources: Sequence[Source], claims: Sequence[Claim]
) -> None:
    """Write the workbook to ``target`` atomically; raises ExportError naming the file and reason."""
    by_article = {a.id: a for a in articles}
    by_source = {s.id: s for s in sources}
    claim_rows, claim_aligns = _claims_rows(by_article, by_source, claims)

    claims_per_source: Counter[int] = Counter()
    articles_per_source: defaultdict[int, set[int]] = defaultdict(set)
    claims_per_article: Counter[int] = Counter()
    for c in claims:
        claims_per_article[c.article_id] += 1
        for sid in c.source_ids:
            claims_per_source[sid] += 1
            articles_per_source[sid].add(c.article_id)

    source_rows = [
        [
            s.id,
            s.name,
            s.kind,
            CHAIN_SEPARATOR.join(s.aliases),
            s.colour,
            claims_per_source[s.id],
            len(articles_per_source[s.id]),
        ]
        for s in sorted(sources, key=lambda s: (-claims_per_source[s.id], s.name))
    ]
    article_rows = [
        [
            a.id,
            a.title or "",
            a.outlet or "",
            a.url or "",
            a.published,
            a.language or "",
            a.direction,
            a.status,
            claims_per_article[a.id],
            len(a.text),
            a.imported_from or "",
            a.imported_at,
        ]
        for a in articles
    ]
    rtl = sum(a.direction == "rtl" for a in articles) * 2 >= len(articles) > 0

    wb = Workbook(write_only=True)
    _write_sheet(wb, "Claims", CLAIM_COLUMNS, claim_rows, rtl=rtl, text_align=claim_aligns)
    _write_sheet(wb, "Sources", SOURCE_COLUMNS, source_rows, rtl=rtl)
    _write_sheet(wb, "Articles", ARTICLE_COLUMNS, article_rows, rtl=rtl)
    save_atomically(wb, target)


def save_atomically(wb: Workbook, target: Path) -> None:
    """Save ``wb`` to a temporary file beside ``target``, then rename it over ``target``."""
    try:
        _save_atomically(wb, target)
    except BaseException:
        _abandon(wb)
        raise


def _save_atomically(wb: Workbook, target: Path) -> None:
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise ExportError(f"{target}: the folder {folder} does not exist")
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.stem}-", suffix=".xlsx.part", dir=folder)
    except OSError as exc:
        raise ExportError(f"{target}: cannot write in {folder} ({exc.strerror or exc})") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        wb.save(tmp)
        os.chmod(tmp, 0o666 & ~_umask())  # mkstemp makes 0600; give the usual permissions
        os.replace(tmp, target)
    except OSError as exc:
        _close_archives(exc)
        raise ExportError(
            f"{target}: could not be written ({exc.strerror or exc}); any earlier file there is unchanged"
        ) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def _close_archives(exc: BaseException) -> None:
    """Close the zip archive openpyxl left open when saving failed (a full disk, say).

    Left to the garbage collector, its ``__del__`` would try to write again and fail where no one
    can catch it.  A failed ``close()`` still lets go of the file, so trying once here is enough.
    """
    tb = exc.__traceback__
    while tb is not None:
        for value in list(tb.tb_frame.f_locals.values()):
            if isinstance(value, zipfile.ZipFile):
                with contextlib.suppress(Exception):
                    value.close()
        tb = tb.tb_next


def _abandon(wb: Workbook) -> None:
    """Finish the write-only sheets' pending row writers so nothing fails later when they are collected."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            ws.close()


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
