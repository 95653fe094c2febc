"""De-identification of free text for the copies that leave the school (bản không định danh):
every name the database knows, classes, addresses, phones, birth dates, ID and pupil numbers and
e-mail addresses become words that read naturally ([tên], [lớp], [địa chỉ] ...), children become
Trẻ A, Trẻ B ... (stable within one document) and exact ages become age bands.

Written here rather than taken from a library: the names are whole-word sequences looked up in a
dict keyed by diacritic- and case-folded word tuples (one pass over the text's words, linear in
its length and independent of the name book's size; a substring automaton such as pyahocorasick
would need the word boundaries checked again and a second C dependency in the bundle); the
other identifiers are stdlib regular expressions of Vietnamese formats that no offline library
knows (addresses with xóm/thôn/ngõ, "lớp 2A", CCCD numbers). NER models for Vietnamese are large
and need downloads; the name book knows the school's own people better.

Rules worth knowing (see tests/domain/test_deidentify.py and tests/data/deid_corpus.json):
- a full name is found in any case, with or without diacritics ("NGUYEN THI ANH");
- a two-word part of a name ("Ngọc Hạnh", family + given "Lý Hạnh") when written as a name
  (each word capitalised) or after a word of address (em, bé, cháu, bạn, cô, thầy, anh, chị,
  ông, bà, chú, bác, dì, cậu);
- a given name alone when capitalised and either after a word of address ("em Ánh", "cô
  Hạnh") or already used as a name in the document ("bạn Lương Văn Tùng ... Tùng đấm"): "anh
  trai", "an toàn", "Tâm lý" stay as they are; a capitalised word after a word of address that
  the book does not know is taken for a name too ("chú Tư" → "chú [tên]");
- a child of the school becomes "Trẻ A" (the case's children first), and the word of address
  before it goes ("bạn Hạnh" → "Trẻ B"); an adult becomes "[tên]" after the word of address;
- dates stay (the incident date is case data) except a date after "sinh" / "ngày sinh" and any
  date that is a pupil's birth date.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kimbai_desktop.domain.text import fold, nfc

NAME, CLASS, ADDRESS, PHONE = "[tên]", "[lớp]", "[địa chỉ]", "[số điện thoại]"
BIRTH, ID_NUMBER, EMAIL, STRUCK = "[ngày sinh]", "[số định danh]", "[email]", "[đã xóa]"
# Around each replacement in the text that documents receive: reports/text.esc() turns the pair
# into a light grey background, so the preview and the paper show what was replaced.
MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"

_CHILD_WORDS = frozenset({"em", "bé", "cháu", "bạn", "be", "chau", "ban"})
_ADULT_WORDS = frozenset({"cô", "thầy", "anh", "chị", "ông", "bà", "chú", "bác", "dì", "cậu",
                          "co", "thay", "chi", "ong", "ba", "chu", "bac", "di", "cau"})
_ADDRESSING = _CHILD_WORDS | _ADULT_WORDS
_JOINERS = frozenset({"và", "với", "hoặc", "va", "voi", "hoac"})
# Capitalised words after a word of address that are titles, not names ("cô Hiệu trưởng").
_TITLES = frozenset({
    "hiệu trưởng", "phó hiệu", "tổng phụ", "giáo viên", "chủ nhiệm", "chủ tịch", "bí thư",
    "cán bộ", "công an", "bác sĩ", "y tá", "nhân viên", "kế toán", "thủ quỹ", "tổ trưởng",
    "trưởng thôn", "trưởng xóm", "trưởng ban", "trưởng công", "hội trưởng", "tổng đài"})
_MAX_WORDS = 5

_UPPER = "".join(c for c in map(chr, range(0x41, 0x1EFA))
                 if c.isupper() and unicodedata.name(c, "").startswith("LATIN"))
_WORD = re.compile(r"\w+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w+])(?:\+?84|\(0\d{1,3}\)|0)(?:[\s.-]?\d){7,10}(?!\w)")
_ID = re.compile(r"(?<![\w.,/-])\d(?: ?\d){8}(?:(?: ?\d){3})?(?![\w/-])")
_ID_KEYWORD = re.compile(
    r"(?i:CCCD|CMND|CMT|căn cước(?: công dân)?|chứng minh(?: nhân dân| thư)?|hộ chiếu|"
    r"mã(?: số)? định danh|số định danh|mã học sinh|mã số học sinh|mã HS|ma dinh danh|"
    r"ma hoc sinh|can cuoc)\b(?:\s*(?:số|là|so|la)\b)?\s*[:.]?\s*"
    r"([A-Za-z]{0,4}\d[\dA-Za-z .-]{2,22}\d|\d{3,})")
_DATE = (r"(\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?"
         r"|ngay\s+\d{1,2}\s+thang\s+\d{1,2}(?:\s*(?:,|nam)\s*\d{4})?"
         r"|thang\s+\d{1,2}(?:\s*(?:/|,|nam)\s*\d{4})?|(?:nam\s+)?(?:19|20)\d{2})(?![\d/])")
# On the folded text (no diacritics, lower case): "sinh" of "học sinh", "vệ sinh", "phát sinh",
# "sinh hoạt" ... is not a birth.
_BIRTH = re.compile(
    r"(?<!\w)(?<!hoc )(?<!ve )(?<!phat )(?<!giao )(?<!nay )(?<!hy )(?<!tai )(?<!khai )"
    r"(?:sinh|sn|dob)(?!\s+(?:hoat|vien|song|ly|hoc|vat|san|con|de)\b)(?!\w)"
    r"[^\d\n.!?;,]{0,25}?" + _DATE)
_ANY_DATE = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/-]|\.\d)")
_CLASS = re.compile(r"(?<!\w)(?i:lớp|lop)\s+(?:(?i:số|so)\s+)?[1-5](?:\s?[/.-]\s?\d{1,2}"
                    r"|\s?[A-Za-zĐđ]\d{0,2})?(?![\w/])")
_BARE_CLASS = re.compile(r"(?<![\w/.-])[1-5][A-ZĐ]\d{0,2}(?![\w/])")
_PLACE_TOKEN = rf"(?:\d+[A-Za-zĐđ]?(?:[/-]\d+[A-Za-z]?)*|[{_UPPER}]\w*)"
_ADDRESS = re.compile(
    r"(?<!\w)(?<!văn )(?<!Văn )(?<!hàng )(?<!Hàng )(?i:số nhà|so nha|nhà số|tổ dân phố|to dan pho|khu phố|khu pho|"
    r"thị trấn|thi tran|thị xã|thành phố|thanh pho|khu dân cư|ngõ|ngách|ngach|hẻm|hem|kiệt|"
    r"xóm|xom|thôn|thon|ấp|bản|buôn|làng|khóm|khu|tổ|đường|duong|phố|phường|phuong|xã|huyện|"
    r"huyen|quận|tỉnh|tinh|TP\.?|TX\.?)(?!\w)[ \t]*(?:(?i:số|so)[ \t]*)?:?[ \t]*"
    rf"{_PLACE_TOKEN}(?:(?:[ \t]+|[ \t]*-[ \t]*){_PLACE_TOKEN}){{0,5}}")
_HOUSE = re.compile(r"(?<!\w)(?i:số)\s+\d+[A-Za-z]?(?:/\d+)*(?=\s*,?\s*(?i:ngõ|ngách|hẻm|kiệt|"
                    r"đường|phố|tổ|khu|xóm|thôn))")
_INITIALS = re.compile(rf"(?<!\w)(?:[{_UPPER}]\.\s?){{1,4}}[{_UPPER}](?:\.|(?!\w))")
_AGE = re.compile(r"(?<![\w,.])(\d{1,2})\s*(?:tuổi|tuoi)(?!\w)")
_CHILD_BEFORE = re.compile(r"(?<!\w)(?i:em|bé|cháu|bạn|be|chau)\s+$")
_SPACES = re.compile(r"\s+")

# Resolution: the longer span wins; on a tie, the lower rank.
_RANK = {EMAIL: 0, PHONE: 1, ID_NUMBER: 2, BIRTH: 3, ADDRESS: 4, NAME: 5, CLASS: 6}


def age_band(age: int | None) -> str:
    """An age as a band wide enough not to single out a child of a primary school."""
    if age is None or age < 0:
        return "không rõ tuổi"
    if age < 6:
        return "dưới 6 tuổi"
    if age >= 18:
        return "từ 18 tuổi trở lên"
    if age >= 12:
        return "12–14 tuổi" if age < 15 else "15–17 tuổi"
    low = age - age % 2
    return f"{low}–{low + 1} tuổi"


def child_label(n: int) -> str:
    """``0`` → ``"Trẻ A"``, ``25`` → ``"Trẻ Z"``, then ``"Trẻ 27"``."""
    return f"Trẻ {chr(ord('A') + n)}" if n < 26 else f"Trẻ {n + 1}"


def names_in(phrase: str) -> list[str]:
    """Runs of two or more capitalised words in a free phrase ("bà ngoại Trần Thị Mơ, hàng
    xóm" → ["Trần Thị Mơ"]), without a leading word of address ("Ông Nguyễn Văn Bình")."""
    out: list[str] = []
    run: list[tuple[str, int]] = []
    for m in _WORD.finditer(nfc(phrase or "") + " ."):
        w = m.group()
        gap = phrase[run[-1][1]:m.start()] if run and m.start() <= len(phrase) else " "
        if w[:1].isupper() and not w.isdigit() and (not run or gap.isspace()):
            run.append((w, m.end()))
            continue
        _flush(run, out)
        run = [(w, m.end())] if w[:1].isupper() and not w.isdigit() else []
    _flush(run, out)
    return out


def _flush(run: list[tuple[str, int]], out: list[str]) -> None:
    words = [w for w, _ in run]
    while words and words[0].lower() in _ADDRESSING:
        words = words[1:]
    if len(words) >= 2:
        out.append(" ".join(words))


@dataclass(frozen=True)
class NameBook:
    """What the database knows, gathered by a service (services/deid_book.py)."""

    children: tuple[str, ...] = ()  # the case's children, in order: Trẻ A, Trẻ B ...
    pupils: tuple[str, ...] = ()  # every pupil of any school year
    adults: tuple[str, ...] = ()  # guardians, staff, informants, people in the case
    classes: tuple[str, ...] = ()
    places: tuple[str, ...] = ()  # addresses and places written out (replaced whole)
    codes: tuple[str, ...] = ()  # pupil numbers (mã định danh)
    birth_dates: tuple[date, ...] = ()


@dataclass(frozen=True)
class Cleaned:
    """One de-identified text: ``marks`` are the (start, end) of each replacement in ``text``."""

    text: str
    marks: tuple[tuple[int, int], ...] = ()
    replaced: int = 0
    struck: int = 0

    @property
    def marked(self) -> str:
        """The text with each replacement between MARK_OPEN and MARK_CLOSE."""
        out, pos = [], 0
        for start, end in self.marks:
            out += [self.text[pos:start], MARK_OPEN, self.text[start:end], MARK_CLOSE]
            pos = end
        out.append(self.text[pos:])
        return "".join(out)


def unmarked(text: str) -> str:
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


@dataclass
class _Person:
    name: str
    child: int | None  # the case's child number, else None
    pupil: bool
    words: frozenset[str] = frozenset()  # lower case, with diacritics


@dataclass
class _Hit:
    start: int
    end: int
    kind: str  # one of the replacement texts, or "label"
    text: str


_FULL, _TAIL, _GIVEN = 0, 1, 2
_FOLD: dict[str, str] = {}


def _fold_char(c: str) -> str:
    got = _FOLD.get(c)
    if got is None:
        f = fold(c) if not c.isspace() else " "
        got = _FOLD[c] = f if len(f) == 1 else c.lower()[:1] or c
    return got


def fold_same_length(text: str) -> str:
    """``fold`` one character at a time, so that positions in the result are positions in
    ``text`` (the patterns that ignore diacritics run on it)."""
    return "".join(_FOLD.get(c) or _fold_char(c) for c in text)


class Deidentifier:
    """One document's de-identifier: labels stay the same from field to field, and it counts
    what it replaced and keeps the texts it returned (for the preview's review)."""

    def __init__(self, book: NameBook | None = None, strike: Iterable[str] = ()) -> None:
        book = book or NameBook()
        self.people: list[_Person] = []
        # folded words → the people who bear them as a full name, a part, a given name
        self.index: dict[tuple[str, ...], tuple[list[tuple[int, int]], ...]] = {}
        for n, name in enumerate(book.children):
            self._add(_Person(name, n, True))
        for name in book.pupils:
            self._add(_Person(name, None, True))
        for name in book.adults:
            self._add(_Person(name, None, False))
        self.codes = {fold(c) for c in book.codes if len(c.strip()) >= 5}
        self.births = {(d.day, d.month, d.year) for d in book.birth_dates}
        # Only the class names that the general patterns ("lớp 2/1", "2A") do not find.
        classes = sorted({c.strip() for c in book.classes if len(c.strip()) >= 2
                          and not _BARE_CLASS.fullmatch(c.strip())
                          and not _CLASS.fullmatch(f"lớp {c.strip()}")}, key=len, reverse=True)
        self.classes = re.compile(
            r"(?<![\w/])(?:(?i:lớp|lop)\s+)?(?i:" + "|".join(map(re.escape, classes))
            + r")(?![\w/])") if classes else None
        self.places = sorted({f for f in (fold(p) for p in book.places) if len(f) >= 6},
                             key=len, reverse=True)
        self.strike = [s for s in (" ".join(fold(x).split()) for x in strike) if s]
        self.labels: dict[object, str] = {
            ("child", n): child_label(n) for n in range(len(book.children))}
        self._next = len(book.children)
        # Given names this document uses as names (lower case, with diacritics), and whether
        # each (folded) was a child's or an adult's.
        self.seen = {_WORD.findall(nfc(c))[-1].lower() for c in book.children if _WORD.findall(c)}
        self.roles: dict[str, str] = {}
        self._marked_text = True
        self._run: list[int] = []
        self.child_initials = {fold(_initials(c)): n for n, c in enumerate(book.children)}
        self.replaced = 0
        self.struck = 0
        self.passages: list[str] = []

    def _add(self, person: _Person) -> None:
        words = tuple(fold(w) for w in _WORD.findall(nfc(person.name)) if not w.isdigit())
        if not words or sum(map(len, words)) < 2:
            return
        pid = len(self.people)
        person.words = frozenset(w.lower() for w in _WORD.findall(nfc(person.name)))
        self.people.append(person)
        keys: list[tuple[tuple[str, ...], int]] = []
        if len(words) >= 2:
            keys.append((words, _FULL))
        if len(words) >= 3:
            keys += [(words[-2:], _TAIL), ((words[0], words[-1]), _TAIL)]
            if len(words) >= 4:
                keys.append((words[-3:], _TAIL))
        if len(words[-1]) >= 2:
            keys.append((words[-1:], _GIVEN))
        for key, mode in keys:
            self.index.setdefault(key[:_MAX_WORDS], ([], [], []))[mode].append((pid, mode))

    # -- the one call -------------------------------------------------------------------------

    def __call__(self, text: object) -> Cleaned:
        """``text`` de-identified; never raises (on an internal error the whole text is struck
        out rather than printed unchecked)."""
        try:
            cleaned = self._clean("" if text is None else str(text))
        except Exception:  # noqa: BLE001 - a copy that leaves the school must never leak
            cleaned = Cleaned(STRUCK, ((0, len(STRUCK)),), 0, 1)
        self.replaced += cleaned.replaced
        self.struck += cleaned.struck
        if cleaned.marks and cleaned.marked not in self.passages:
            self.passages.append(cleaned.marked)
        return cleaned

    def _clean(self, raw: str) -> Cleaned:
        text = nfc(unmarked(raw))
        if not text.strip():
            return Cleaned(text)
        folded = fold_same_length(text)
        letters = [c for c in text if c.isalpha()]
        self._marked_text = sum(not c.isascii() for c in letters) > 0.05 * len(letters)
        hits: list[_Hit] = []
        self._patterns(text, folded, hits)
        self._names(text, hits)
        chosen = _finish(text, _resolve(hits))
        out, marks, pos = [], [], 0
        length = 0
        for h in chosen:
            piece = text[pos:h.start]
            out.append(piece)
            length += len(piece)
            out.append(h.text)
            marks.append((length, length + len(h.text)))
            length += len(h.text)
            pos = h.end
        out.append(text[pos:])
        result = Cleaned("".join(out), tuple(marks), len(marks))
        return self._strike(result) if self.strike else result

    # -- patterns -------------------------------------------------------------------------------

    def _patterns(self, text: str, folded: str, hits: list[_Hit]) -> None:
        add = hits.append
        for m in _EMAIL.finditer(text):
            add(_Hit(m.start(), m.end(), EMAIL, EMAIL))
        for m in _PHONE.finditer(text):
            if 10 <= sum(c.isdigit() for c in m.group()) <= 12:
                add(_Hit(m.start(), m.end(), PHONE, PHONE))
        for m in _ID.finditer(text):
            if sum(c.isdigit() for c in m.group()) in (9, 12):
                add(_Hit(m.start(), m.end(), ID_NUMBER, ID_NUMBER))
        for m in _ID_KEYWORD.finditer(text):
            end = m.end(1)
            while end > m.start(1) and not text[end - 1].isalnum():
                end -= 1
            add(_Hit(m.start(1), end, ID_NUMBER, ID_NUMBER))
        for m in _BIRTH.finditer(folded):
            add(_Hit(m.start(1), m.end(1), BIRTH, BIRTH))
        for m in _ANY_DATE.finditer(text):
            if (int(m.group(1)), int(m.group(2)), int(m.group(3))) in self.births:
                add(_Hit(m.start(), m.end(), BIRTH, BIRTH))
        for pattern in (_ADDRESS, _HOUSE):
            for m in pattern.finditer(text):
                add(_Hit(m.start(), m.end(), ADDRESS, ADDRESS))
        for place in self.places:
            start = folded.find(place)
            while start >= 0:
                end = start + len(place)
                if _bounded(folded, start, end):
                    add(_Hit(start, end, ADDRESS, ADDRESS))
                start = folded.find(place, start + 1)
        patterns: tuple[re.Pattern[str] | None, ...] = (_CLASS, _BARE_CLASS, self.classes)
        for class_pattern in patterns:
            for m in class_pattern.finditer(text) if class_pattern is not None else ():
                add(_Hit(m.start(), m.end(), CLASS, CLASS))
        for m in _INITIALS.finditer(text):
            letters = [c for c in m.group() if c.isalpha()]
            if len(letters) >= 2:
                n = self.child_initials.get(fold("".join(f"{c}." for c in letters)))
                label = self.labels[("child", n)] if n is not None else NAME
                add(_Hit(m.start(), m.end(), "label" if n is not None else NAME, label))
        for m in _AGE.finditer(text):
            age = int(m.group(1))
            if age < 18:
                add(_Hit(m.start(), m.end(), "age", age_band(age)))

    # -- names --------------------------------------------------------------------------------------

    def _names(self, text: str, hits: list[_Hit]) -> None:
        """Names of the book, and names after a word of address. Two passes: the first learns
        which given names this document uses as names ("bạn Lương Văn Tùng"), so that the
        second also takes them alone ("Tùng đấm vào bụng Khoa.", but "Tâm lý" stays)."""
        tokens = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
        folded = [_FOLD_WORD.get(w) or _fold_word(w) for _, _, w in tokens]
        joined = [i + 1 < len(tokens) and text[tokens[i][1]:tokens[i + 1][0]].isspace()
                  for i in range(len(tokens))]
        starts = [_sentence_start(text, t[0]) for t in tokens]
        self._run = [1] * len(tokens)  # how many words from here on are joined by spaces
        for i in range(len(tokens) - 2, -1, -1):
            if joined[i]:
                self._run[i] = min(_MAX_WORDS, self._run[i + 1] + 1)
        for final in (False, True):
            found_hits: list[_Hit] = []
            self._name_pass(text, tokens, folded, joined, starts, found_hits, final)
        hits += found_hits

    def _name_pass(self, text: str, tokens: list[tuple[int, int, str]], folded: list[str],
                   joined: list[bool], starts: list[bool], hits: list[_Hit],
                   final: bool) -> None:
        after_name: dict[int, bool] = {}  # token index just after a name → that one was a child
        i = 0
        while i < len(tokens):
            role, strong = self._addressed(text, tokens, joined, i, after_name)
            word = tokens[i][2]
            # A given name alone, without a word of address: capitalised, once the document has
            # used it as a name, not the first of a longer proper noun ("Hà Nội"), and not a
            # word of address at the start of a sentence ("Anh trai của em ...").
            alone = (final and word[:1].isupper() and word.lower() in self.seen
                     and not (joined[i] and tokens[i + 1][2][:1].isupper())
                     and not (starts[i] and word.lower() in _ADDRESSING))
            found = self._known(tokens, folded, joined, i, role, alone)
            if found is None and folded[i] in self.codes:
                hits.append(_Hit(tokens[i][0], tokens[i][1], ID_NUMBER, ID_NUMBER))
            elif found is None and strong and self._unknown_name(tokens, i):
                n = 1  # a name the book does not know: up to three capitalised words
                while (n < 3 and i + n < len(tokens) and joined[i + n - 1]
                       and tokens[i + n][2][:1].isupper()):
                    n += 1
                found = (n, [])
            if found is None:
                i += 1
                continue
            n, usable = found
            if strong:  # "anh Minh Quân": the rest of a name after a word of address
                while (n < 3 and i + n < len(tokens) and joined[i + n - 1]
                       and tokens[i + n][2][:1].isupper() and not starts[i + n]):
                    n += 1
            if role is None and n == 1:
                role = self.roles.get(folded[i])
            replacement, child = self._replacement(
                usable, role, tuple(folded[i:i + n]), {t[2].lower() for t in tokens[i:i + n]})
            hits.append(_Hit(tokens[i][0], tokens[i + n - 1][1], "label" if child else NAME,
                             replacement))
            self.seen.add(tokens[i + n - 1][2].lower())
            self.roles[folded[i + n - 1]] = "child" if child else "adult"
            after_name[i + n] = child
            i += n

    def _known(self, tokens: list[tuple[int, int, str]], folded: list[str], joined: list[bool],
               i: int, role: str | None,
               alone: bool) -> tuple[int, list[tuple[int, int]]] | None:
        """The longest name of the book that starts at token ``i`` and may be taken there."""
        for n in range(self._run[i], 0, -1):
            entries = self.index.get(tuple(folded[i:i + n]))
            if not entries:
                continue
            full, tail, given = entries
            usable = list(full)
            if tail and (role is not None or all(t[2][:1].isupper() for t in tokens[i:i + n])):
                usable += tail
            if given and tokens[i][2][:1].isupper() and (role is not None or alone):
                usable += given
            if usable:
                return n, usable
        return None

    @staticmethod
    def _addressed(text: str, tokens: list[tuple[int, int, str]], joined: list[bool], i: int,
                   after_name: dict[int, bool]) -> tuple[str | None, bool]:
        """("child" or "adult", True) when token ``i`` follows a word of address; (role, False)
        when it continues a list of names ("bạn Hạnh và Lan", "Hạnh, Lan"); else (None, False)."""
        if i == 0:
            return None, False
        prev = tokens[i - 1][2].lower()
        if joined[i - 1] and prev in _ADDRESSING:
            return ("child" if prev in _CHILD_WORDS else "adult"), True
        if i in after_name and text[tokens[i - 1][1]:tokens[i][0]].strip() == ",":
            return ("child" if after_name[i] else "adult"), False
        if i - 1 in after_name and prev in _JOINERS and joined[i - 1]:
            return ("child" if after_name[i - 1] else "adult"), False
        return None, False

    @staticmethod
    def _unknown_name(tokens: list[tuple[int, int, str]], i: int) -> bool:
        word = tokens[i][2]
        if not word[:1].isupper() or word[:1].isdigit() or word.lower() in _ADDRESSING:
            return False
        return " ".join(t[2].lower() for t in tokens[i:i + 2]) not in _TITLES

    def _replacement(self, usable: list[tuple[int, int]], role: str | None,
                     key: tuple[str, ...], written: set[str]) -> tuple[str, bool]:
        """The label of a child of the school ("Trẻ B"), or [tên] for an adult. Where the
        words match a name exactly (diacritics too), those who bear it come first ("em Anh"
        is not "em Ánh")."""
        people = [(self.people[p], p, mode) for p, mode in usable]
        if self._marked_text:  # text typed without diacritics says nothing about them
            exact = [x for x in people if written <= x[0].words]
            people = exact or people
        if role == "adult" and any(not x.pupil for x, _, _ in people):
            return NAME, False
        pupils = [(x, p, mode) for x, p, mode in people if x.pupil]
        if not pupils or (role == "adult" and all(m != _FULL for _, _, m in pupils)):
            return NAME, False
        children = sorted(x.child for x, _, _ in pupils if x.child is not None)
        if children:
            return self.labels[("child", children[0])], True
        labelled = [p for _, p, _ in pupils if p in self.labels]
        if labelled:
            return self.labels[labelled[0]], True
        full = [p for _, p, m in pupils if m == _FULL]
        ident: object = full[0] if full else ("part", key)
        if ident not in self.labels:
            self.labels[ident] = child_label(self._next)
            self._next += 1
        return self.labels[ident], True

    # -- strike-outs chosen by the user -------------------------------------------------------------

    def _strike(self, cleaned: Cleaned) -> Cleaned:
        text = cleaned.text
        folded = fold_same_length(text)
        spans: list[tuple[int, int]] = []
        for phrase in self.strike:
            pattern = re.compile(r"\s+".join(map(re.escape, phrase.split())))
            for m in pattern.finditer(folded):
                if _bounded(folded, m.start(), m.end()):
                    spans.append((m.start(), m.end()))
        if not spans:
            return cleaned
        # A strike-out swallows the replacements it touches.
        marks = list(cleaned.marks)
        merged: list[tuple[int, int]] = []
        for start, end in sorted(spans):
            for ms, me in marks:
                if ms < end and start < me:
                    start, end = min(start, ms), max(end, me)
            if merged and start <= merged[-1][1]:
                merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
            else:
                merged.append((start, end))
        out, new_marks, pos, length = [], [], 0, 0
        events = sorted([(s, e, True) for s, e in merged]
                        + [(s, e, False) for s, e in marks
                           if not any(s < me and ms < e for ms, me in merged)])
        for start, end, struck in events:
            out.append(text[pos:start])
            length += start - pos
            piece = STRUCK if struck else text[start:end]
            out.append(piece)
            new_marks.append((length, length + len(piece)))
            length += len(piece)
            pos = end
        out.append(text[pos:])
        kept = len(events) - len(merged)
        return Cleaned("".join(out), tuple(new_marks), kept, len(merged))


_FOLD_WORD: dict[str, str] = {}


def _fold_word(word: str) -> str:
    if len(_FOLD_WORD) > 50_000:
        _FOLD_WORD.clear()
    got = _FOLD_WORD[word] = fold(word)
    return got


def _initials(name: str) -> str:
    return "".join(f"{w[0]}." for w in _WORD.findall(nfc(name)))


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line or a list item."""
    before = text[max(0, start - 12):start].rstrip(" \t\"'“”‘’([-–•*")
    return not before or before[-1] in ".!?:;\n…"


def _bounded(text: str, start: int, end: int) -> bool:
    """A match that neither starts nor ends inside a word."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() and text[start].isalnum()) and \
        not (after.isalnum() and text[end - 1].isalnum())


def _resolve(hits: list[_Hit]) -> list[_Hit]:
    """Non-overlapping hits (the longest first, then by rank), in text order."""
    order = sorted(hits, key=lambda h: (h.start - h.end, _RANK.get(h.kind, 9), h.start))
    taken: list[_Hit] = []
    used = bytearray(max((h.end for h in hits), default=0))
    for h in order:
        if h.end > h.start and 1 not in used[h.start:h.end]:
            taken.append(h)
            used[h.start:h.end] = b"\x01" * (h.end - h.start)
    taken.sort(key=lambda h: h.start)
    return taken


def _finish(text: str, hits: list[_Hit]) -> list[_Hit]:
    """Neighbouring address parts ("xóm 3, thôn Đông") and names become one replacement; the
    word of address before a child's label goes ("bạn Hạnh" → "Trẻ B")."""
    merged: list[_Hit] = []
    for h in hits:
        if merged:
            last = merged[-1]
            gap = text[last.end:h.start]
            if last.kind == h.kind == ADDRESS and re.fullmatch(r"[\s,;–-]*", gap):
                last.end = h.end
                continue
            if last.kind == h.kind == NAME and gap.isspace():
                last.end = h.end
                continue
        if h.kind == "label":
            before = _CHILD_BEFORE.search(text, max(0, h.start - 8), h.start)
            if before is not None and (not merged or merged[-1].end <= before.start()):
                h.start = before.start()
        merged.append(h)
    return merged
