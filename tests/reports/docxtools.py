"""Reading a generated .docx back with python-docx, as Word would open it: the page setup, the
fonts every run names, the texts of the header table, the body and the closing, the page-number
field of the header and the doubled punctuation a clerk would have to correct."""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

import docx
from docx.oxml.ns import qn
from docx.shared import Mm

W_FONT_ATTRS = ("w:ascii", "w:hAnsi", "w:cs")
# Two full stops that are not part of a longer run of dots (an ellipsis or a dotted line to
# write on by hand), or a space before a comma or a full stop.
# Punctuation a clerk would correct: two full stops (not a dotted line or an ellipsis), a space
# before , . ; : (not before a dotted line or a number), ",," and ";;". PDFs are checked with it too.
DOUBLED = re.compile(r"(?<![.…])\.\.(?![.…])|\s[,.;:](?![.\d])|,,|;;")


def _text(el) -> str:  # noqa: ANN001 - an lxml element
    out = []
    for node in el.iter(qn("w:t"), qn("w:br"), qn("w:tab")):
        out.append(node.text or "" if node.tag == qn("w:t") else " ")
    return unicodedata.normalize("NFC", "".join(out))


def _cell(tc) -> str:  # noqa: ANN001 - an lxml element
    """A cell's paragraphs, one a line (empty ones, such as the short rules, left out)."""
    lines = (_text(p) for p in tc.iter(qn("w:p")))
    return "\n".join(line for line in lines if line.strip())


@dataclass(frozen=True)
class Block:
    kind: str  # "p" or "tbl"
    text: str  # a paragraph's text; a table's cells, row by row, separated by spaces
    # a table's cells: rows of cells, each cell's paragraphs one a line
    cells: tuple[tuple[str, ...], ...] = ()


@dataclass
class WordDoc:
    data: bytes

    def __post_init__(self) -> None:
        self.doc = docx.Document(io.BytesIO(self.data))
        self.section = self.doc.sections[0]
        self.blocks = []
        for el in self.doc.element.body.iterchildren():
            if el.tag == qn("w:p"):
                self.blocks.append(Block("p", _text(el)))
            elif el.tag == qn("w:tbl"):
                rows = tuple(tuple(_cell(tc) for tc in tr.iterchildren(qn("w:tc")))
                             for tr in el.iterchildren(qn("w:tr")))
                self.blocks.append(Block("tbl", " ".join(c for r in rows for c in r), rows))

    @property
    def text(self) -> str:
        return " ".join(b.text for b in self.blocks)

    def page_setup_mm(self) -> dict[str, float]:
        s = self.section
        return {k: round(getattr(s, k) / Mm(1), 1) for k in (
            "page_width", "page_height", "top_margin", "bottom_margin", "left_margin",
            "right_margin")}

    def font_names(self) -> set[str]:
        """Every font named for ASCII, hAnsi or complex scripts, in the body, the headers, the
        document defaults and the Normal style; a theme font counts as "theme"."""
        names: set[str] = set()
        parts = [self.doc.element, self.section.header._element,
                 self.section.first_page_header._element]
        defaults = self.doc.styles.element.find(qn("w:docDefaults"))
        parts += [defaults, self.doc.styles["Normal"].element]
        for part in parts:
            for fonts in part.iter(qn("w:rFonts")):
                for attr in W_FONT_ATTRS:
                    if fonts.get(qn(attr)):
                        names.add(fonts.get(qn(attr)))
                if any(k.endswith("Theme") or k.endswith("theme") for k in fonts.attrib):
                    names.add("theme")
        return names

    def runs_without_font(self) -> int:
        """Runs of text that name no font of their own (they would take the default)."""
        n = 0
        for r in self.doc.element.body.iter(qn("w:r")):
            if r.find(qn("w:t")) is None:
                continue
            fonts = r.find(qn("w:rPr") + "/" + qn("w:rFonts"))
            if fonts is None or any(fonts.get(qn(a)) is None for a in W_FONT_ATTRS):
                n += 1
        return n

    def embedded_fonts(self) -> list[str]:
        with zipfile.ZipFile(io.BytesIO(self.data)) as z:
            return [n for n in z.namelist() if n.startswith("word/fonts/")]

    def header_fields(self, first: bool = False) -> list[str]:
        header = self.section.first_page_header if first else self.section.header
        return [t.text.strip() for t in header._element.iter(qn("w:instrText"))] + \
            [f.get(qn("w:instr")).strip() for f in header._element.iter(qn("w:fldSimple"))]

    def pictures(self) -> int:
        return len(list(self.doc.element.body.iter(qn("pic:pic"))))

    def doubled_punctuation(self) -> list[str]:
        found = []
        for b in self.blocks:
            texts = [c for r in b.cells for c in r] if b.kind == "tbl" else [b.text]
            for t in texts:
                found += [t[max(0, m.start() - 30):m.end() + 10] for m in DOUBLED.finditer(t)]
        return found
