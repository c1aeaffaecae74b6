"""Reading exported workbooks back the way an analyst sees them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from openpyxl import load_workbook


def sheet_rows(path: Path, sheet: str) -> list[dict[str, Any]]:
    """The rows of ``sheet`` as dicts keyed by the header row."""
    ws = load_workbook(path)[sheet]
    header = [c.value for c in ws[1]]
    return [dict(zip(header, (c.value for c in row), strict=False)) for row in ws.iter_rows(min_row=2)]
