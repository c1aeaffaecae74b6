"""Property-based: no input bytes make the import crash with anything but the project's own error type."""

from __future__ import annotations

import codecs
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotator.errors import FileImportError
from annotator.importers.text_file import decode_bytes, read_text_file

PREFIXES = [
    b"",
    codecs.BOM_UTF8,
    codecs.BOM_UTF16_LE,
    codecs.BOM_UTF16_BE,
    codecs.BOM_UTF32_LE,
    codecs.BOM_UTF32_BE,
    b"\x89PNG\r\n\x1a\n",
    b"PK\x03\x04",
    b"SQLite format 3\x00",
    b"%PDF-",
]

ENCODINGS = ["utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "cp1256", "iso-8859-6", "cp1252"]

# Raw bytes, any bytes after a BOM or a file signature, and real text (Arabic included) in real encodings.
any_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda p, b: p + b, st.sampled_from(PREFIXES), st.binary(max_size=500)),
    st.builds(
        lambda t, enc: t.encode(enc, errors="replace"),
        st.text(alphabet=st.characters(codec="utf-8"), max_size=400),
        st.sampled_from(ENCODINGS),
    ),
)


@settings(max_examples=400, deadline=None)
@given(any_bytes)
@example(b"\xff\xfe\x00")  # a UTF-16 BOM and half a code unit
@example(b"\xef\xbb\xbf\xff")  # a UTF-8 BOM then an invalid byte
@example(b"\x00\x00\xfe\xff\x00")  # a UTF-32 BOM and a cut code point
def test_decode_bytes_raises_only_import_errors(data: bytes) -> None:
    try:
        text, encoding = decode_bytes(data, "sample.txt")
    except FileImportError as exc:
        assert "sample.txt" in str(exc)
        return
    assert isinstance(text, str) and isinstance(encoding, str) and encoding


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(any_bytes)
@example(b"")
@example(b"   \n\t  ")
@example(b"\x01\x02\x03" * 50)
def test_read_text_file_raises_only_import_errors(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "مقال.txt"
        path.write_bytes(data)
        try:
            decoded = read_text_file(path, max_bytes=2000)
        except FileImportError as exc:
            assert str(path) in str(exc)
            return
        assert decoded.text.strip() and "\r" not in decoded.text and not decoded.text.startswith("\ufeff")
