"""Reading rendered PDFs back with poppler-utils (pdftotext, pdffonts, pdfinfo), as a reader's
PDF viewer would: text with its diacritics, fonts, page size and word positions."""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
import unicodedata
from dataclasses import dataclass
from html import unescape
from pathlib import Path

import pytest

TOOLS = ("pdftotext", "pdffonts", "pdfinfo")
needs_poppler = pytest.mark.skipif(any(shutil.which(t) is None for t in TOOLS),
                                   reason="poppler-utils (pdftotext, pdffonts) not installed")


def _run(tool: str, data: bytes, *args: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "doc.pdf"
        path.write_bytes(data)
        done = subprocess.run([tool, *args, str(path), *(["-"] if tool == "pdftotext" else [])],
                              capture_output=True, check=True, timeout=120)
    return done.stdout.decode("utf-8")


def text(data: bytes, *, page: int | None = None) -> str:
    """Extracted text, NFC, whitespace collapsed to single spaces."""
    args = ["-f", str(page), "-l", str(page)] if page else []
    raw = unicodedata.normalize("NFC", _run("pdftotext", data, *args))
    return " ".join(raw.split())


def page_texts(data: bytes) -> list[str]:
    """One collapsed string per page (pdftotext separates pages with form feeds)."""
    raw = unicodedata.normalize("NFC", _run("pdftotext", data))
    pages = raw.split("\f")
    return [" ".join(p.split()) for p in pages[:page_count(data)]]


def fonts(data: bytes) -> list[dict[str, str]]:
    lines = _run("pdffonts", data).splitlines()[2:]
    out = []
    for line in lines:
        parts = line.split()
        # name type... encoding emb sub uni object-id gen
        out.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return out


def info(data: bytes) -> dict[str, str]:
    return {k.strip(): v.strip() for k, _, v in (line.partition(":")
                                                 for line in _run("pdfinfo", data).splitlines())}


def page_count(data: bytes) -> int:
    return int(info(data)["Pages"])


@dataclass(frozen=True)
class Word:
    page: int
    x0: float
    y0: float  # from the top of the page, points
    x1: float
    y1: float
    text: str


_PAGE = re.compile(r"<page width=\"([\d.]+)\" height=\"([\d.]+)\">")
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                   r"(.*?)</word>")


def words(data: bytes) -> list[Word]:
    out = []
    html = _run("pdftotext", data, "-bbox")
    for n, chunk in enumerate(html.split("<page ")[1:], start=1):
        for m in _WORD.finditer(chunk):
            out.append(Word(n, float(m.group(1)), float(m.group(2)), float(m.group(3)),
                            float(m.group(4)), unicodedata.normalize("NFC", unescape(m.group(5)))))
    return out
