"""Make docs/export-claims.png: the Claims sheet of an export of the sample, as LibreOffice renders it.

Needs LibreOffice Calc and poppler-utils (``apt-get install libreoffice-calc poppler-utils``).
Run with ``.venv/bin/python scripts/export_screenshot.py``.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from openpyxl import load_workbook  # noqa: E402

from annotator import Project  # noqa: E402
from annotator.exports.data import ExportOptions  # noqa: E402
from annotator.paths import SAMPLE_ARTICLE  # noqa: E402

CLAIMS = (
    ("وقع الرئيس", "ضد أعدائهما", ["The Hill"], "indirect"),
    ("وثيقة اختراق", "وثيقة اختراق", ["The Hill", "Vladimir Putin"], "direct"),
    ("موسكو وبيونغ يانغ", "صداقة نارية", ["Kim Jong Un"], "indirect"),
    ("كوريا الشمالية والاتحاد", "ذات تدابير أمنية أقل", ["Associated Press"], "indirect"),
    ("اتفاقية الشراكة الشاملة", "أحد أطراف هذا الاتفاق", ["Vladimir Putin"], "direct"),
    ("الاتفاق بين روسيا وكوريا الشمالية يظهر", "مواصلة الحرب", ["Antony Blinken"], "indirect"),
)
KINDS = {"The Hill": "media", "Associated Press": "media", "Antony Blinken": "government"}


def main() -> None:
    """Export the demo project and render the Claims sheet to a PNG."""
    tmp = Path(tempfile.mkdtemp(prefix="nisba-export-shot-"))
    with Project.open(tmp / "demo.nisba") as project:
        article = project.import_file(SAMPLE_ARTICLE)
        text = article.text
        ids = {}
        for *_, names, _ in CLAIMS:
            for name in names:
                if name not in ids:
                    ids[name] = project.add_source(name, KINDS.get(name, "person")).id
        for first, last, names, quote_type in CLAIMS:
            start = text.index(first)
            end = text.index(last, start) + len(last)
            project.add_claim(article.id, start, end, [ids[n] for n in names], quote_type)
        xlsx = project.export(tmp / "claims.xlsx", options=ExportOptions(include_context=False)).path
    # Keep only the Claims sheet and print it landscape, fitted to one page wide, for the picture.
    wb = load_workbook(xlsx)
    for name in wb.sheetnames[1:]:
        del wb[name]
    ws = wb["Claims"]
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    keep = {
        "Claim ID",
        "Paragraph",
        "Claim text",
        "Attribution chain (first to last)",
        "Source kinds",
        "Quote type",
        "Start",
        "End",
    }
    for cell in ws[1]:
        if cell.value not in keep:
            ws.column_dimensions[cell.column_letter].hidden = True
    wb.save(tmp / "claims-sheet.xlsx")
    office = shutil.which("libreoffice") or shutil.which("soffice")
    if office is None:
        raise SystemExit("LibreOffice is not installed (apt-get install libreoffice-calc poppler-utils)")
    subprocess.run(
        [office, "--headless", "--convert-to", "pdf", "--outdir", str(tmp), str(tmp / "claims-sheet.xlsx")],
        check=True,
        capture_output=True,
    )
    out = ROOT / "docs" / "export-claims"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "130", "-singlefile", str(tmp / "claims-sheet.pdf"), str(out)], check=True
    )
    if shutil.which("convert"):
        subprocess.run(
            ["convert", f"{out}.png", "-trim", "-bordercolor", "white", "-border", "12", f"{out}.png"], check=True
        )
    print(f"{out}.png")


if __name__ == "__main__":
    main()
