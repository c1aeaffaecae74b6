"""A small streaming XML writer for ``project.qde``: escapes what XML needs, keeps attribute order, buffers."""

from __future__ import annotations

from typing import IO


class XmlWriter:
    """A small streaming XML writer: escapes what XML needs, keeps attribute order, buffers its output."""

    def __init__(self, out: IO[bytes]) -> None:
        self._out = out
        self._parts: list[str] = ['<?xml version="1.0" encoding="utf-8"?>\n']
        self._size = 0

    @staticmethod
    def _attrs(attrs: dict[str, str | None]) -> str:
        return "".join(f' {k}="{escape(v, attribute=True)}"' for k, v in attrs.items() if v is not None)

    def _put(self, text: str) -> None:
        self._parts.append(text)
        self._size += len(text)
        if self._size > 1 << 16:
            self.flush()

    def open(self, tag: str, **attrs: str | None) -> None:
        self._put(f"<{tag}{self._attrs(attrs)}>\n")

    def close(self, tag: str) -> None:
        self._put(f"</{tag}>\n")

    def leaf(self, tag: str, **attrs: str | None) -> None:
        self._put(f"<{tag}{self._attrs(attrs)}/>\n")

    def text(self, tag: str, value: str) -> None:
        self._put(f"<{tag}>{escape(value)}</{tag}>\n")

    def flush(self) -> None:
        self._out.write("".join(self._parts).encode("utf-8"))
        self._parts, self._size = [], 0


def escape(value: str, *, attribute: bool = False) -> str:
    """``value`` as XML text (``attribute``: as an attribute's value, keeping its line ends and tabs)."""
    out = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    if attribute:
        out = out.replace('"', "&quot;").replace("\n", "&#10;").replace("\t", "&#9;")
    return out
