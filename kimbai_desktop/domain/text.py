"""Vietnamese text helpers: NFC normalisation, diacritic-free search folding, name splitting and
the class-list sort key (given name, then the rest of the name as written, or given, middle,
family: see NameOrder), in Vietnamese letter order.

Collation is written by hand: PyICU needs a compiled ICU that is not installable everywhere, and
the key must be a plain ``str`` whose code-point order is the collation, so that it can be stored
in a column and used in SQL ``ORDER BY`` (ICU keys are opaque bytes tied to the ICU version).
The tests check it against ICU's Vietnamese collation (tests/services/test_name_order.py).
Folding is by hand too because it only has to drop marks and map đ; transliteration libraries
(Unidecode) would also rewrite non-Latin scripts and are not a dependency.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from enum import StrEnum
from functools import lru_cache

__all__ = [
    "DEFAULT_NAME_ORDER",
    "NameOrder",
    "fold",
    "name_sort_key",
    "nfc",
    "normalize_multiline",
    "normalize_text",
    "split_name",
    "strip_controls",
    "vn_sorted",
]

# Invisible characters that arrive with pasted text and must not survive inside a word.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u2060\ufeff"))
# Characters removed from every stored text (see strip_controls): C0 controls, DEL, C1 controls,
# bidirectional marks, embeddings, overrides and isolates (a Vietnamese school has no use for
# them; "bao-cao\u202efdp.exe" shows as "bao-caoexe.pdf"), lone surrogates (cannot be stored as
# UTF-8), and the invisible characters above. Tab and the line breaks are kept here: each field
# kind decides what whitespace becomes.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_KEPT_WHITESPACE = "\t\n\r\v\f\x1c\x1d\x1e\x1f\x85"
_CONTROLS = re.compile(
    "[" + "".join(f"\\x{c:02x}" for c in (*range(0x20), *range(0x7f, 0xa0))
                  if chr(c) not in _KEPT_WHITESPACE)
    + _BIDI + "\ud800-\udfff\u200b\u2060\ufeff]")
_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x1c\x1d\x1e\x85\u2028\u2029]")

# Đ/đ do not decompose under NFD. Ð/ð (Icelandic eth) is what Windows-1258 "Đ" becomes when a
# legacy file is decoded as Latin-1, so it is treated as đ for searching and sorting.
_D_STROKE = {"đ": "d", "ð": "d"}

# Combining marks, classified by identity (never by position: NFD puts dot below before
# circumflex, so "ậ" is a + U+0323 + U+0302).
_TONES = {
    "\u0300": "1",  # huyền (grave)
    "\u0309": "2",  # hỏi (hook above)
    "\u0303": "3",  # ngã (tilde)
    "\u0301": "4",  # sắc (acute)
    "\u0323": "5",  # nặng (dot below)
}
_NO_TONE = "0"  # ngang
_BREVE, _CIRCUMFLEX, _HORN = "\u0306", "\u0302", "\u031b"
_MODIFIERS = frozenset((_BREVE, _CIRCUMFLEX, _HORN))

# Vietnamese letter order, with f, j, w, z in their Latin places.
_ALPHABET = (
    "a", "ă", "â", "b", "c", "d", "đ", "e", "ê", "f", "g", "h", "i", "j", "k", "l", "m",
    "n", "o", "ô", "ơ", "p", "q", "r", "s", "t", "u", "ư", "v", "w", "x", "y", "z",
)  # fmt: skip
_MODIFIED = {
    ("a", _BREVE): "ă",
    ("a", _CIRCUMFLEX): "â",
    ("e", _CIRCUMFLEX): "ê",
    ("o", _CIRCUMFLEX): "ô",
    ("o", _HORN): "ơ",
    ("u", _HORN): "ư",
}
# Key characters. Separators sort below every content character, digits below letters (which
# take "A".."a"), and any other character sorts after letters as _OTHER followed by itself.
_PART_SEP = "\x01"
_WORD_SEP = "\x02"
_LETTER_CODE = {letter: chr(0x41 + i) for i, letter in enumerate(_ALPHABET)}
_LETTER_CODE["ð"] = _LETTER_CODE["đ"]
_OTHER = "\x7e"


def nfc(s: str) -> str:
    """NFC-normalised ``s`` (the form text is stored in)."""
    return unicodedata.normalize("NFC", s)


def strip_controls(s: str) -> str:
    """``s`` without control characters (C0 but whitespace, DEL, C1), bidirectional controls
    (U+061C, U+200E/F, U+202A-202E, U+2066-2069), lone surrogates, zero-width spaces and BOMs.

    The one place where text from outside (typing, pasting, files, the command line) loses what
    would hide or reorder characters, break a terminal, or be refused by Excel; every service
    reaches it through :func:`normalize_text` and :func:`normalize_multiline`."""
    return _CONTROLS.sub("", s)


def normalize_text(s: str) -> str:
    """A single-line field (names, file names, places): controls removed (:func:`strip_controls`),
    NFC, trimmed, every run of whitespace (incl. NBSP, tabs, newlines) replaced by one space."""
    return " ".join(nfc(strip_controls(s)).split())


def normalize_multiline(s: str) -> str:
    """A multi-line field: NFC, ``\\n`` line endings, no trailing spaces on any line, no blank
    lines at the start or end. Paragraphs (inner blank lines) and indentation are kept."""
    lines = _LINE_BREAKS.sub("\n", nfc(strip_controls(s))).split("\n")
    lines = [line.replace("\x1f", "") for line in lines]
    lines = [line.rstrip() for line in lines]
    start, end = 0, len(lines)
    while start < end and not lines[start]:
        start += 1
    while end > start and not lines[end - 1]:
        end -= 1
    return "\n".join(lines[start:end])


def fold(s: str) -> str:
    """Search form: no diacritics, đ → d, case-folded, whitespace collapsed.

    ``fold("Nguyễn Văn An") == "nguyen van an"``; NFC and NFD input give the same result.
    """
    decomposed = unicodedata.normalize("NFD", nfc(s).casefold())
    bare = "".join(
        _D_STROKE.get(c, c) for c in decomposed if not unicodedata.category(c).startswith("M")
    )
    return nfc(" ".join(bare.translate(_INVISIBLE).split()))


def split_name(full_name: str) -> tuple[str, str, str]:
    """``(family, middle, given)`` of a Vietnamese full name (họ, tên đệm, tên).

    ``"Nguyễn Thị Thu Hà"`` → ``("Nguyễn", "Thị Thu", "Hà")``; one word → ``("", "", word)``.
    """
    words = normalize_text(full_name).split(" ")
    if len(words) == 1:
        return "", "", words[0]
    return words[0], " ".join(words[1:-1]), words[-1]


class NameOrder(StrEnum):
    """How pupils who share a given name (tên) are ordered; a setting (Cài đặt)."""

    # The schools' lists and Excel's "Tên, then Họ và đệm": the rest of the name as written,
    # family name first ("Lê Thị Anh" before "Nguyễn An Anh").
    GIVEN_FAMILY_MIDDLE = "given_family_middle"
    # Given name, then middle name, then family name ("Nguyễn An Anh" before "Lê Thị Anh").
    GIVEN_MIDDLE_FAMILY = "given_middle_family"


DEFAULT_NAME_ORDER = NameOrder.GIVEN_FAMILY_MIDDLE


@lru_cache(maxsize=8192)  # names repeat their words: recomputing a district's keys is 3x faster
def _word_key(word: str) -> tuple[str, str]:
    """(letters, tones) of one word: letter codes, and the tone digits of the word ("0" if none)."""
    letters: list[str] = []
    tones: list[str] = []
    base: str | None = None  # the current base letter, still open to a vowel modifier
    for c in unicodedata.normalize("NFD", word.casefold()):
        if c in _TONES:
            tones.append(_TONES[c])
        elif c in _MODIFIERS:
            if base is not None and (base, c) in _MODIFIED:
                letters[-1] = _LETTER_CODE[_MODIFIED[base, c]]
                base = None
        elif unicodedata.category(c).startswith("M"):
            continue  # a mark Vietnamese does not use: only the final tie-break sees it
        elif c in _LETTER_CODE:
            letters.append(_LETTER_CODE[c])
            base = c
        elif "0" <= c <= "9":
            letters.append(c)
            base = None
        else:
            letters.append(_OTHER + c)
            base = None
    return "".join(letters), "".join(tones) or _NO_TONE


def _part_key(part: str) -> tuple[str, str]:
    """(letters, tones) of a name part: words joined by a separator below every letter, so a
    part that is a prefix (in words) of another sorts first."""
    if not part:
        return "", ""
    keys = [_word_key(w) for w in part.split(" ")]
    return _WORD_SEP.join(k[0] for k in keys), _WORD_SEP.join(k[1] for k in keys)


def name_sort_key(full_name: str, order: NameOrder = DEFAULT_NAME_ORDER) -> str:
    """A string whose code-point order is Vietnamese class-list order.

    Order: the given name (the last word), then the rest of the name as written (family name,
    then middle name: the schools' lists), or with ``GIVEN_MIDDLE_FAMILY`` the middle name(s),
    then the family name. Each part is compared whole, like a column in Excel's sort: its
    letters (a < ă < â < b < ... < d < đ < ... < y, case-insensitive) first; only when they are
    equal, its tones syllable by syllable: ngang < huyền < hỏi < ngã < sắc < nặng. So all the
    "Anh" come before all the "Ánh", and a tone mark on either vowel ("Hoà"/"Hòa") is the same
    name. Digits sort before letters, other characters after. The last component is the NFC
    name itself, so different names never share a key. NFC and NFD input give the same key.
    """
    name = normalize_text(full_name)
    family, middle, given = split_name(name) if name else ("", "", "")
    if order == NameOrder.GIVEN_MIDDLE_FAMILY:
        parts: tuple[str, ...] = (given, middle, family)
    else:
        parts = (given, " ".join(w for w in (family, middle) if w))
    components: list[str] = []
    for part in parts:
        components.extend(_part_key(part))
    components.append(name)
    return _PART_SEP.join(components)


def vn_sorted(names: Iterable[str], order: NameOrder = DEFAULT_NAME_ORDER) -> list[str]:
    """``names`` in Vietnamese class-list order (see :func:`name_sort_key`)."""
    return sorted(names, key=lambda n: name_sort_key(n, order))
