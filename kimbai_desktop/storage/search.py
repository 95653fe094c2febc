"""Accent-free search through the ``pupil_search`` FTS5 table (migration 0007), and its ranking.

SQLite's FTS5 with the trigram tokenizer indexes every three-character window of each pupil's
folded search text (name and identifier, no accents, lower case) between two spaces, so a phrase
is found anywhere in it without reading every pupil. That gives three levels of match for each
word the user types, each an indexed phrase:

- whole word: ``" anh "`` finds Anh and Ánh (folded), in any part of the name;
- word start: ``" anh"`` also finds words that start with it;
- inside a word: ``"anh"`` also finds Thanh, Thành, Mạnh.

A word of three or more letters matches at any level. A word of one or two letters matches only
as a whole word or at the start of a word (inside a word it would match nearly everyone); the
two-letter start " an" is a trigram, the one-letter start " a" is not and is matched with LIKE
(a scan, rare). The rank of a pupil is the worst level among the typed words (0 when every word
is a whole word); lists show rank 0 first, then 1, then 2, each in the register's name order.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, case, column, func, literal, literal_column, select, table

PUPIL_SEARCH = table("pupil_search", column("rowid", Integer), column("words", String))
SEARCH_TABLE_PREFIX = "pupil_search"  # the FTS5 table and its shadow tables pupil_search_*

WHOLE_WORD, WORD_START, INSIDE = 0, 1, 2
LEVELS = (WHOLE_WORD, WORD_START, INSIDE)


def _phrase(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def _word_phrase(word: str, level: int) -> str | None:
    """The FTS phrase that finds ``word`` at ``level`` or better; None when it is no trigram."""
    if level == WHOLE_WORD:
        return _phrase(f" {word} ")
    if level == INSIDE and len(word) >= 3:
        return _phrase(word)
    return _phrase(f" {word}") if len(word) >= 2 else None  # short words: start of a word only


@dataclass(frozen=True)
class SearchTerms:
    words: tuple[str, ...]  # the folded words typed
    match: str  # an FTS5 query for the indexed words ("" when none can use the index)
    letters: tuple[str, ...]  # single letters, matched at the start of a word with LIKE

    def at_level(self, level: int) -> str:
        """The FTS5 query for pupils whose every word matches at ``level`` or better ("" when a
        single letter needs LIKE at that level)."""
        phrases = [_word_phrase(w, level) for w in self.words]
        return "" if None in phrases else " AND ".join(p for p in phrases if p)


def search_terms(folded: str) -> SearchTerms:
    """The query for already folded text (see domain.text.fold): every word must match."""
    words = tuple(folded.split())
    phrases = [p for w in words if (p := _word_phrase(w, INSIDE))]
    return SearchTerms(words, " AND ".join(phrases), tuple(w for w in words if len(w) == 1))


def _match(expression: str) -> Any:
    return literal_column("pupil_search").op("MATCH")(expression)


def matching_pupil_ids(expression: str) -> Any:
    """``SELECT rowid FROM pupil_search WHERE pupil_search MATCH :expression``."""
    return select(PUPIL_SEARCH.c.rowid).where(_match(expression))


def count_matches(expression: str) -> Any:
    """How many pupils the indexed words match (cheap: the index alone)."""
    return select(func.count()).select_from(PUPIL_SEARCH).where(_match(expression))


def word_start_like(search_text: Any, letter: str) -> Any:
    """``' ' || search_text LIKE '% x%'`` (escaped by SQLAlchemy): a word starts with ``letter``."""
    return (literal_column("' '", String) + search_text).contains(" " + letter, autoescape=True)


def rank_expression(search_text: Any, words: tuple[str, ...]) -> Any:
    """SQL for a row's rank (0 whole words, 1 word starts, 2 inside a word): the worst level
    among ``words``, computed from the row's search text exactly as the FTS phrases match."""
    padded = literal(" ", String) + search_text + literal(" ", String)
    levels = [case((func.instr(padded, literal(f" {w} ", String)) > 0, WHOLE_WORD),
                   (func.instr(padded, literal(f" {w}", String)) > 0, WORD_START),
                   else_=INSIDE)
              for w in dict.fromkeys(words)]
    return levels[0] if len(levels) == 1 else func.max(*levels)
