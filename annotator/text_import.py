"""Reading plain-text article files: encoding detection, normalisation, title.

The stored text is the decoded text with a leading BOM removed and CRLF/CR
turned into LF; nothing else changes, so offsets into it stay meaningful to
anyone holding the same file.
"""

from __future__ import annotations

import codecs
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import DecodingError, EmptyFileError, FileTooLargeError, NotTextError, UnreadableFileError

MAX_ARTICLE_BYTES = 20 * 1024 * 1024
"""Default size limit: a file larger than this is not a news article."""

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)

_NEWLINES = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SENTENCE_END = tuple(".:;!?،؛؟")


@dataclass(frozen=True)
class DecodedText:
    """A file's text as it will be stored, with what was learned while reading it."""

    text: str
    encoding: str
    title: str | None


def normalize_text(text: str) -> str:
    """The stored form of ``text``: leading BOM removed, CRLF and CR turned into LF."""
    if text.startswith("\ufeff"):
        text = text[1:]
    return _NEWLINES.sub("\n", text)


def text_hash(text: str) -> str:
    """SHA-256 of the stored text, to recognise the same article imported twice."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def guess_title(text: str) -> str | None:
    """The first line that looks like a headline, among the first few non-empty lines.

    Scraped pages often start with a section word ("أخبار"); a headline has at
    least three words, is short, and does not end like a sentence.
    """
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    for line in lines[:3]:
        words = line.split()
        if 3 <= len(words) <= 30 and len(line) <= 250 and not line.endswith(_SENTENCE_END):
            return line
    return None


def decode_bytes(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raises an FileImportError subclass naming ``path``."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    path,
                    f"starts with a {encoding} byte order mark but is not valid {encoding} "
                    f"({exc.reason} at byte {exc.start})",
                ) from exc
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(path, f"is {what}, not a text file")
    if b"\x00" in data:
        raise NotTextError(path, "holds binary data (NUL bytes), not text")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # loaded on first use: it is not needed at start-up

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise DecodingError(
            path, "is not text in any encoding this app recognises (UTF-8, UTF-16, Windows-1256, ISO-8859-6...)"
        )
    return str(best), best.encoding


def read_text_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> DecodedText:
    """Read an article from a plain-text file, detecting its encoding.

    Raises an :class:`~annotator.errors.FileImportError` subclass that names the
    file and the reason: unreadable, empty, binary, too large, undecodable.
    """
    p = Path(path)
    try:
        size = p.stat().st_size
        if p.is_dir():
            raise UnreadableFileError(p, "is a folder, not a file")
        if size > max_bytes:
            raise FileTooLargeError(
                p, f"is {size / 1_048_576:.1f} MB, larger than the {max_bytes / 1_048_576:.0f} MB limit for one article"
            )
        data = p.read_bytes()
    except FileNotFoundError as exc:
        raise UnreadableFileError(p, "does not exist") from exc
    except PermissionError as exc:
        raise UnreadableFileError(p, "cannot be read (permission denied)") from exc
    except OSError as exc:
        raise UnreadableFileError(p, f"cannot be read ({exc.strerror or exc})") from exc
    if not data.strip():
        raise EmptyFileError(p, "is empty")
    raw, encoding = decode_bytes(data, p)
    text = normalize_text(raw)
    if not text.strip():
        raise EmptyFileError(p, "holds no text (only white space)")
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise NotTextError(p, f"holds {controls} control characters; it looks like a binary file, not text")
    return DecodedText(text=text, encoding=encoding, title=guess_title(text))
