"""Accent-free search through the ``pupil_search`` FTS5 table (migration 0007).

SQLite's FTS5 with the trigram tokenizer indexes every three-character window of each pupil's
folded search text (name and identifier, no accents, lower case), so a word the user types is
found anywhere in a name without reading every pupil: ``"thao"`` is three trigrams looked up in
the index. Words of one or two letters have no trigram of their own; the indexed text starts
and ends with a space, so a two-letter word becomes the trigram " an" and finds names with a
word starting "an" ("An", "Anh"), which is what a user typing a short name means. A single
letter is matched at the start of a word with LIKE (a scan, rare).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Integer, String, column, func, literal_column, select, table

PUPIL_SEARCH = table("pupil_search", column("rowid", Integer), column("words", String))
SEARCH_TABLE_PREFIX = "pupil_search"  # the FTS5 table and its shadow tables pupil_search_*


@dataclass(frozen=True)
class SearchTerms:
    match: str  # an FTS5 query for the indexed words ("" when none can use the index)
    letters: tuple[str, ...]  # single letters, matched at the start of a word with LIKE


def search_terms(folded: str) -> SearchTerms:
    """The query for already folded text (see domain.text.fold): every word must match."""
    phrases, letters = [], []
    for word in folded.split():
        if len(word) >= 3:
            phrases.append('"' + word.replace('"', '""') + '"')
        elif len(word) == 2:
            phrases.append('" ' + word.replace('"', '""') + '"')
        else:
            letters.append(word)
    return SearchTerms(" AND ".join(phrases), tuple(letters))


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
