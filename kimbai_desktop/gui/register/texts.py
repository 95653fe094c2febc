"""How register values read on screen: dates, groups with the law's letters, review states (colour,
icon and text together: colour is never the only signal) and initials for a shared desk."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication, QStyle

from kimbai_desktop.domain.enums import SpecialCircumstance
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.gui import labels

OVERDUE_COLOUR = "#b3261e"
DUE_SOON_COLOUR = "#8a4b00"


def date_text(value: date | None) -> str:
    return format_date(value) if value is not None else ""


def group_text(group: SpecialCircumstance) -> str:
    """``"d) Trẻ em khuyết tật"``: the letter of Luật Trẻ em Điều 10 and the label."""
    return f"{group.letter}) {labels.label(group)}"


def group_letters(groups: Iterable[SpecialCircumstance]) -> str:
    return ", ".join(g.letter for g in groups)


def initials(full_name: str) -> str:
    """``"Nguyễn Thị Lan"`` → ``"N.T.L."``: enough to tell pupils apart, not to name them."""
    return "".join(f"{word[0].upper()}." for word in full_name.split() if word)


def without_names(text: str, names: Iterable[str]) -> str:
    """``text`` with each of ``names`` (a case's children, longest first) replaced by its
    initials: free text (what happened, the chronology) while names are hidden. Names the app
    does not know stay; whoever reads over a shoulder sees no name the app knows."""
    for name in sorted({n for n in names if n.strip()}, key=len, reverse=True):
        text = text.replace(name, initials(name))
    return text


def search_help() -> str:
    """The search box's tooltip: exactly what the search matches and in which order
    (storage/search.py); the register's box and the pupil picker of a case show it."""
    return QCoreApplication.translate(
        "RegisterTexts",
        "Search by full name or identifier; accents and capitals are not needed.\n"
        "Whole-word matches come first (\"anh\" lists Anh and Ánh first), then names with a "
        "word that starts with what you typed, last names that contain it inside a word "
        "(Thanh, Mạnh).\nA word of one or two letters only finds words that start with it.")


def search_tooltip() -> str:
    """:func:`search_help` as rich text, so that the tooltip wraps instead of one wide line."""
    paragraphs = html.escape(search_help()).split("\n")
    return "".join(f"<p>{p}</p>" for p in paragraphs)


def review_text(state: str, due: date | None) -> str:
    """The "next review" cell: the date with a word saying overdue or due soon."""
    when = date_text(due)
    if state == "overdue":
        return QCoreApplication.translate("RegisterTexts", "Overdue {date}").format(date=when)
    if state == "due_soon":
        return QCoreApplication.translate("RegisterTexts", "Due {date}").format(date=when)
    return when


def review_colour(state: str) -> QColor | None:
    if state == "overdue":
        return QColor(OVERDUE_COLOUR)
    if state == "due_soon":
        return QColor(DUE_SOON_COLOUR)
    return None


def review_icon(state: str) -> QIcon | None:
    style = QApplication.style()
    if state == "overdue":
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
    if state == "due_soon":
        return style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxInformation)
    return None


def review_hint(state: str) -> str:
    if state == "overdue":
        return QCoreApplication.translate(
            "RegisterTexts", "The review is overdue: review the child's situation now."
        )
    if state == "due_soon":
        return QCoreApplication.translate("RegisterTexts", "The review is due within two weeks.")
    return ""
