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

from annotator.errors import DecodingError, EmptyFileError, NotTextError, shown
from annotator.importers.file_access import read_regular_file
from annotator.messages import QT_TRANSLATE_NOOP

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
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file (.doc/.xls: save it as .docx)"),
)

_NEWLINES = re.compile(r"\r\n?")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SENTENCE_END = tuple(".:;!?،؛؟")


@dataclass(frozen=True)
class DecodedText:
    """A file's text as it will be stored, with what was learned while reading it."""

    text: str
    encoding: str
    title: str | None
    confident: bool = True
    """False when the encoding detector was unsure (the user should look at the text)."""
    alternatives: tuple[str, ...] = ()
    """Other encodings that decode the bytes to a different, plausible text, best first."""


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


# Encodings of the right-to-left languages this app is for; preferred when the detector finds
# them as plausible as an unrelated code page (short Hebrew text also decodes as Cyrillic).
RTL_ENCODINGS: tuple[str, ...] = ("cp1256", "iso8859_6", "cp1255", "iso8859_8")
COMMON_ENCODINGS: tuple[str, ...] = ("utf_8", "utf_16", *RTL_ENCODINGS, "cp1252", "latin_1")
"""Encodings the import dialog offers, whatever the detector said."""

_UNSURE_COHERENCE = 20.0  # charset-normalizer's language coherence (percent) below which a guess is unsure


@dataclass(frozen=True)
class EncodingGuess:
    """The encoding chosen for some bytes, whether the choice is sure, and the other plausible ones."""

    encoding: str
    confident: bool
    alternatives: tuple[str, ...] = ()


def _codec_name(encoding: str) -> str:
    return codecs.lookup(encoding).name.replace("-", "_")


def _rtl_share(text: str) -> float:
    letters = [ch for ch in text if ch.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0590" <= ch <= "\u06ff" or "\ufb1d" <= ch <= "\ufefc" for ch in letters) / len(letters)


def _bom_encoding(data: bytes) -> str | None:
    return next((encoding for bom, encoding in _BOMS if data.startswith(bom)), None)


def _refuse_binary(data: bytes, path: object) -> None:
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise NotTextError(path, QT_TRANSLATE_NOOP("Core", "is {what}, not a text file").format(what=what))
    if b"\x00" in data:
        raise NotTextError(path, QT_TRANSLATE_NOOP("Core", "holds binary data (NUL bytes), not text"))


def guess_encoding(data: bytes, path: object = "<bytes>") -> EncodingGuess:
    """Choose the encoding of ``data``: a byte order mark, else UTF-8, else the detector's best guess.

    The guess is *unsure* when the detector recognises no language in the decoded
    text or another encoding decodes to a different, about as plausible text; the
    import dialog then shows the text and lets the user pick one of ``alternatives``.
    Raises NotTextError for binary data and DecodingError when nothing fits.
    """
    bom = _bom_encoding(data)
    if bom is not None:
        return EncodingGuess(bom, True)
    _refuse_binary(data, path)
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return EncodingGuess("utf-8", True)
    from charset_normalizer import from_bytes  # loaded on first use: it is not needed at start-up

    found: dict[str, tuple[float, float, str]] = {}  # encoding -> (chaos, coherence, text)
    for match in from_bytes(data):
        if match.encoding is not None:
            found.setdefault(_codec_name(match.encoding), (match.percent_chaos, match.percent_coherence, str(match)))
    for encoding in RTL_ENCODINGS:  # the detector can miss them (Persian with ZWNJ in cp1256)
        if encoding not in found:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            if _rtl_share(text) > 0.5 and not _CONTROL.search(text):
                found[encoding] = (1.0, 0.0, text)
    if not found:
        raise DecodingError(
            path,
            QT_TRANSLATE_NOOP(
                "Core", "is not text in any encoding this app recognises (UTF-8, UTF-16, Windows-1256, ISO-8859-6...)"
            ),
        )
    best_chaos = min(chaos for chaos, _, _ in found.values())

    def rank(item: tuple[str, tuple[float, float, str]]) -> tuple[bool, float, float, int]:
        encoding, (chaos, coherence, text) = item
        close = chaos <= best_chaos + 1.0
        preference = RTL_ENCODINGS.index(encoding) if encoding in RTL_ENCODINGS else len(RTL_ENCODINGS)
        return (not close, -coherence, -_rtl_share(text), preference)

    ordered = sorted(found.items(), key=rank)
    best, (_, coherence, text) = ordered[0]
    others = [enc for enc, (chaos, coh, other) in ordered[1:] if other != text and chaos <= best_chaos + 5.0]
    rivals = [enc for enc in others if found[enc][1] >= coherence - 10.0]
    confident = coherence >= _UNSURE_COHERENCE and not rivals
    return EncodingGuess(best, confident, tuple(others))


# Codecs Python calls text encodings that no file of text is written in: they decode to nothing
# (undefined), to domain names (idna, punycode) or to Python string literals (the escapes).
_PSEUDO_TEXT_CODECS = frozenset({"undefined", "idna", "punycode", "unicode_escape", "raw_unicode_escape"})


def text_codec(encoding: str, path: object = "<bytes>") -> codecs.CodecInfo:
    """The codec of ``encoding`` if it is a real text encoding; DecodingError naming ``path`` otherwise.

    ``rot13``, ``hex``, ``base64``, ``zlib``, ``uu``, ``quopri`` and the like transform bytes
    rather than decode text: they are refused, as are names Python does not know.
    """
    try:
        codec = codecs.lookup(encoding)
    except (LookupError, ValueError) as exc:  # ValueError: a NUL or a lone surrogate in the name
        raise DecodingError(
            path,
            QT_TRANSLATE_NOOP("Core", "cannot be decoded: {encoding} is not an encoding this app knows").format(
                encoding=repr(shown(encoding))
            ),
        ) from exc
    name = codec.name.replace("-", "_")
    if not getattr(codec, "_is_text_encoding", True) or name in _PSEUDO_TEXT_CODECS:
        raise DecodingError(
            path,
            QT_TRANSLATE_NOOP(
                "Core", "cannot be decoded as {encoding}: that is not a text encoding (use UTF-8, Windows-1256...)"
            ).format(encoding=repr(shown(encoding))),
        )
    return codec


def decode_as(data: bytes, encoding: str, path: object = "<bytes>") -> str:
    """Decode ``data`` strictly with ``encoding`` (a BOM is dropped); DecodingError names ``path`` if it fails."""
    codec = text_codec(encoding, path)
    if codec.name == "utf-8" and data.startswith(codecs.BOM_UTF8):
        codec = codecs.lookup("utf-8-sig")
    try:
        text = codec.decode(data)[0]
    except UnicodeDecodeError as exc:
        raise DecodingError(
            path,
            QT_TRANSLATE_NOOP("Core", "is not valid {encoding} ({reason} at byte {byte}); try another encoding").format(
                encoding=encoding, reason=exc.reason, byte=exc.start
            ),
        ) from exc
    except UnicodeError as exc:  # a codec that fails without saying where (utf-7 and the like)
        raise DecodingError(
            path,
            QT_TRANSLATE_NOOP("Core", "is not valid {encoding} ({reason}); try another encoding").format(
                encoding=encoding, reason=str(exc)
            ),
        ) from exc
    if not isinstance(text, str):  # pragma: no cover - text_codec lets only str codecs through
        raise DecodingError(
            path, QT_TRANSLATE_NOOP("Core", "cannot be decoded as {encoding}").format(encoding=repr(encoding))
        )
    return text


def decode_bytes(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``; raises an FileImportError subclass naming ``path``."""
    bom = _bom_encoding(data)
    if bom is not None:
        try:
            return data.decode(bom), bom
        except UnicodeDecodeError as exc:
            raise DecodingError(
                path,
                QT_TRANSLATE_NOOP(
                    "Core", "starts with a {bom} byte order mark but is not valid {bom} ({reason} at byte {byte})"
                ).format(bom=bom, reason=exc.reason, byte=exc.start),
            ) from exc
    guess = guess_encoding(data, path)
    return decode_as(data, guess.encoding, path), guess.encoding


def read_file_bytes(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> bytes:
    """The bytes of an article file; FileImportError (naming it) if missing, not a regular file, too large or empty.

    The size limit holds while reading: a FIFO, a device or a file that grows is never read past it.
    """
    data = read_regular_file(path, max_bytes)
    if not data.strip():
        raise EmptyFileError(path, QT_TRANSLATE_NOOP("Core", "is empty"))
    return data


def refuse_surrogates(text: str, path: object) -> None:
    """NotTextError naming ``path`` if ``text`` holds half a character (utf-7 and the clipboard can give one)."""
    surrogate = _SURROGATE.search(text)
    if surrogate is not None:
        raise NotTextError(
            path,
            QT_TRANSLATE_NOOP(
                "Core",
                "holds a broken character (an unpaired surrogate, {code}) at position {position}; it cannot be stored",
            ).format(code=f"U+{ord(surrogate.group()):04X}", position=surrogate.start()),
        )


def check_text(text: str, path: object) -> str:
    """``text`` normalised for storage; EmptyFileError or NotTextError (naming ``path``) if it is no article."""
    text = normalize_text(text)
    if not text.strip():
        raise EmptyFileError(path, QT_TRANSLATE_NOOP("Core", "holds no text (only white space)"))
    refuse_surrogates(text, path)
    controls = len(_CONTROL.findall(text))
    if controls > max(8, len(text) // 100):
        raise NotTextError(
            path,
            QT_TRANSLATE_NOOP("Core", "holds {n} control characters; it looks like a binary file, not text").format(
                n=controls
            ),
        )
    return text


def read_text_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES, encoding: str | None = None) -> DecodedText:
    """Read an article from a plain-text file, detecting its encoding unless ``encoding`` is given.

    Raises an :class:`~annotator.errors.FileImportError` subclass that names the
    file and the reason: unreadable, empty, binary, too large, undecodable.
    """
    p = Path(path)
    data = read_file_bytes(p, max_bytes)
    if encoding is not None:
        if not text_codec(encoding, p).name.startswith("utf-16"):  # UTF-16 text is full of NUL bytes
            _refuse_binary(data, p)
        raw, guess = decode_as(data, encoding, p), EncodingGuess(encoding, True)
    elif _bom_encoding(data) is not None:
        raw, used = decode_bytes(data, p)
        guess = EncodingGuess(used, True)
    else:
        guess = guess_encoding(data, p)
        raw = decode_as(data, guess.encoding, p)
    text = check_text(raw, p)
    return DecodedText(
        text=text,
        encoding=guess.encoding,
        title=guess_title(text),
        confident=guess.confident,
        alternatives=guess.alternatives,
    )
