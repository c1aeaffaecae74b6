"""CSV export of the Claims table: UTF-8 with a BOM so Excel reads Arabic correctly."""

from __future__ import annotations

import csv
from pathlib import Path

from annotator.errors import ExportCancelledError
from annotator.exports.columns import EXPORT_NOTES, claim_columns
from annotator.exports.data import ExportReader
from annotator.exports.files import FORMULA_PREFIXES, ExportSummary, Progress, atomic_target
from annotator.exports.header_names import heading
from annotator.messages import QT_TRANSLATE_NOOP


def csv_safe(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading apostrophe (CSV cannot say "text")."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def write_csv(target: Path, reader: ExportReader, progress: Progress | None = None) -> ExportSummary:
    """Write the Claims table as CSV to ``target`` atomically."""
    summary = ExportSummary(target, articles=len(reader.articles), sources=len(reader.sources))
    columns = claim_columns(reader.options.include_context)
    total = reader.claim_count()
    with atomic_target(target) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        out = csv.writer(fh)
        out.writerow([heading(c.header) for c in columns] + [heading(EXPORT_NOTES)])
        for n, record in enumerate(reader.claims(), start=1):
            row = [c.value(record) for c in columns]
            out.writerow([csv_safe(v) if v is not None else "" for v in row] + [""])
            summary.claims = n
            if progress is not None and n % 500 == 0 and not progress(n, total):
                raise ExportCancelledError(
                    QT_TRANSLATE_NOOP("Core", "{path}: export cancelled; no file was written").format(path=target)
                )
    return summary
