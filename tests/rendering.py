"""Rendering workbooks as LibreOffice prints them, and measuring the pages.

``soffice --headless --convert-to pdf`` prints every sheet with the workbook's own page set-up;
``pdftotext`` reads each page's text and ``pdftoppm -gray`` gives grey-level bitmaps (PGM) whose rows
of pixels show the printed grid lines and the ink of the text between them.
"""

from __future__ import annotations

import itertools
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
MISSING = [name for name in ("pdftoppm", "pdftotext") if shutil.which(name) is None]
if SOFFICE is None:
    MISSING.insert(0, "soffice")
SKIP_REASON = (
    f"needs LibreOffice Calc and poppler-utils ({', '.join(MISSING)} not found): "
    "apt-get install libreoffice-calc poppler-utils (.ci/run installs them)"
)
FOOTER = re.compile(r"(\w+) \u2013 (\d+) / (\d+)")
DARK = 200  # grey level under which a pixel is ink or a grid line
CROSSINGS = 5  # pixels a row next to a grid line may gain where lines cross
FONTS = Path(__file__).resolve().parents[1] / "resources" / "fonts"


def fonts_conf(folder: Path, arabic_first: str) -> Path:
    """A fontconfig file: the system's fonts plus the bundled ones, ``arabic_first`` ahead of every other."""
    conf = folder / "fonts.conf"
    conf.write_text(
        f"""<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <dir>{FONTS}</dir>
  <cachedir>{folder / "font-cache"}</cachedir>
  <match target="pattern">
    <edit name="family" mode="prepend" binding="strong"><string>{arabic_first}</string></edit>
  </match>
</fontconfig>
""",
        encoding="utf-8",
    )
    return conf


def to_pdf(files: list[Path], out: Path, fonts: Path | None = None) -> list[Path]:
    """Print ``files`` to PDFs in ``out`` with LibreOffice headless (a profile of its own, in ``out``)."""
    assert SOFFICE is not None
    env = dict(os.environ)
    if fonts is not None:
        env["FONTCONFIG_FILE"] = str(fonts)
    subprocess.run(
        [
            SOFFICE,
            f"-env:UserInstallation={(out / 'lo-profile').as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            *map(str, files),
        ],
        check=True,
        capture_output=True,
        timeout=300,
        env=env,
    )
    pdfs = [out / f"{f.stem}.pdf" for f in files]
    assert all(p.exists() for p in pdfs), list(out.iterdir())
    return pdfs


def page_texts(pdf: Path) -> list[str]:
    """The text of each page (pdftotext separates pages with form feeds)."""
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")[:-1]


def page_sheets(pdf: Path) -> list[str]:
    """The sheet printed on each page, read from the footer ("Claims – 1 / 8")."""
    sheets = []
    for text in page_texts(pdf):
        found = FOOTER.search(text)
        assert found is not None, text[-200:]
        sheets.append(found.group(1))
    return sheets


@dataclass(frozen=True)
class Word:
    text: str
    x_min: float
    y_min: float


def page_words(pdf: Path, page: int) -> list[Word]:
    """The words of page ``page`` (1-based) with their positions, in points from the top left."""
    xml = subprocess.run(
        ["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    found = re.finditer(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)</word>', xml)
    return [Word(m.group(3), float(m.group(1)), float(m.group(2))) for m in found]


@dataclass(frozen=True)
class Row:
    """One printed table row: its height between two grid lines, and where its ink starts and ends (pixels)."""

    height: int
    ink_top: int | None
    ink_bottom: int | None


def page_rows(pdf: Path, folder: Path, dpi: int) -> list[list[Row]]:
    """The table rows of each page, top to bottom, header rows (dark fill) left out."""
    prefix = folder / pdf.stem
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), str(pdf), str(prefix)], check=True, timeout=300)
    pages = []
    for bitmap in sorted(folder.glob(f"{pdf.stem}-*.pgm"), key=lambda p: int(p.stem.rsplit("-", 1)[1])):
        pages.append(_rows(bitmap.read_bytes()))
        bitmap.unlink()
    return pages


_INK = bytes(1 if level < DARK else 0 for level in range(256))


def _rows(pgm: bytes) -> list[Row]:
    magic, size, _depth, pixels = pgm.split(b"\n", 3)
    assert magic == b"P5"
    width, height = map(int, size.split())
    dark = [pixels[y * width : (y + 1) * width].translate(_INK).count(1) for y in range(height)]
    widest = max(dark)
    if widest == 0:
        return []
    rules: list[tuple[int, int]] = []  # runs of pixel rows drawn across the whole table: grid lines, header fill
    for y, count in enumerate(dark):
        if count >= 0.9 * widest:
            if rules and rules[-1][1] == y - 1:
                rules[-1] = (rules[-1][0], y)
            else:
                rules.append((y, y))
    rows = []
    for (_, above), (below, _) in itertools.pairwise(rules):
        band = dark[above + 1 : below]
        if not band or sum(band) / len(band) > 0.5 * widest:
            continue  # a header row: filled, its text light on dark
        grid = min(band)  # the vertical grid lines cross every pixel row of the band
        # Where they meet a horizontal one, smoothing darkens a few more pixels: ink is more than that.
        ink = [y for y, count in enumerate(band) if count > grid + CROSSINGS]
        rows.append(Row(len(band), ink[0] if ink else None, ink[-1] if ink else None))
    return rows
