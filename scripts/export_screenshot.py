"""Make docs/export-claims.png: the Claims sheet of an export of the sample, as LibreOffice prints it.

The export's own row heights, alignment and page set-up; only the columns that fit a picture are kept.
Needs LibreOffice Calc and poppler-utils (``apt-get install libreoffice-calc poppler-utils``; the
picture in the README was made with Carlito and DejaVu Sans, ``fonts-crosextra-carlito``).
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
DPI = 130


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
    # Keep only the Claims sheet and the columns that fit a picture; the export's own page set-up prints it.
    wb = load_workbook(xlsx)
    for name in wb.sheetnames[1:]:
        del wb[name]
    ws = wb["Claims"]
    ws.oddFooter.center.text = ""
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
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None or shutil.which("pdftoppm") is None:
        raise SystemExit("LibreOffice or poppler is not installed (apt-get install libreoffice-calc poppler-utils)")
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={(tmp / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(tmp / "claims-sheet.xlsx"),
        ],
        check=True,
        capture_output=True,
    )
    pdf = tmp / "claims-sheet.pdf"
    left, top, right, bottom = _ink_box(pdf, tmp)
    out = ROOT / "docs" / "export-claims"
    margin = 12
    crop = [
        "-x",
        str(max(left - margin, 0)),
        "-y",
        str(max(top - margin, 0)),
        "-W",
        str(right - left + 2 * margin),
        "-H",
        str(bottom - top + 2 * margin),
    ]
    subprocess.run(["pdftoppm", "-png", "-r", str(DPI), "-singlefile", *crop, str(pdf), str(out)], check=True)
    print(f"{out}.png")


def _ink_box(pdf: Path, tmp: Path) -> tuple[int, int, int, int]:
    """Left, top, right and bottom of what is printed on the first page, in pixels at :data:`DPI`."""
    subprocess.run(["pdftoppm", "-gray", "-r", str(DPI), "-singlefile", str(pdf), str(tmp / "page")], check=True)
    _magic, size, _depth, pixels = (tmp / "page.pgm").read_bytes().split(b"\n", 3)
    width, height = map(int, size.split())
    ink = bytes(1 if level < 250 else 0 for level in range(256))
    rows = [y for y in range(height) if pixels[y * width : (y + 1) * width].translate(ink).count(1)]
    columns = [x for x in range(width) if any(pixels[y * width + x] < 250 for y in range(rows[0], rows[-1] + 1, 2))]
    return columns[0], rows[0], columns[-1], rows[-1]


if __name__ == "__main__":
    main()
