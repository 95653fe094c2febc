"""Drafts (bản nháp): what a user typed in a form and has not saved yet, kept in the encrypted
database so that a crash, a power cut or the screen lock loses nothing.

A draft belongs to one account, one kind of form (``form``, e.g. ``"case_entry"``) and one
context (e.g. the case id); each account reads and writes only its own drafts, whatever its
role. Saving a draft is not audited: it is written every few seconds while someone types, it
holds nothing that is not in the form, and the record it becomes is audited when it is saved.

A draft is sealed to its author's own key pair (storage/sealbox.py) when the session has one: a
draft of a sealed case file, or an intake naming a member of staff, is readable by nobody else,
not even with the database key. A draft from before (or after a password reset) that no longer
opens is treated as no draft.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import delete, select

from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.text import nfc
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Draft
from kimbai_desktop.storage.sealbox import SealBroken, seal

SEALED_PREFIX = "§box1:"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# A draft holds one form; the longest form (the intake) with every field at its limit is far
# below this. It stops a runaway paste from being written again and again every few seconds.
MAX_PAYLOAD_CHARS = 1_000_000
FORM_LENGTH = 40
CONTEXT_LENGTH = 64


@dataclass(frozen=True)
class DraftInfo:
    """A stored draft: the form's values and when they were last written (UTC, aware)."""

    form: str
    context: str
    payload: dict[str, Any]
    updated_at: datetime


def _clean(value: Any) -> Any:
    """Strings NFC-normalised, at any depth (text is stored NFC everywhere)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, dict):
        return {str(k): _clean(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_clean(v) for v in value]
    return value


def _key(form: str, context: str | int) -> tuple[str, str]:
    form, context = str(form), str(context)
    if not form or len(form) > FORM_LENGTH or len(context) > CONTEXT_LENGTH:
        raise ValueError("bad draft key")
    return form, context


def _context(session: AppSession, form: str, context: str) -> bytes:
    return f"kimbai draft v1|{session.user.id}|{form}|{context}".encode()


def _seal(session: AppSession, form: str, context: str, text: str) -> str:
    if not session.has_account_keys:
        return text
    blob = seal(session.account_keys.public, text.encode("utf-8"),
                context=_context(session, form, context))
    return SEALED_PREFIX + base64.b64encode(blob).decode("ascii")


def _open(session: AppSession, form: str, context: str, stored: str) -> str:
    if not stored.startswith(SEALED_PREFIX):
        return stored
    if not session.has_account_keys:
        raise SealBroken()
    blob = base64.b64decode(stored[len(SEALED_PREFIX):])
    return session.account_keys.open(blob, context=_context(session, form, context)).decode()


def save_draft(session: AppSession, form: str, context: str | int,
               payload: dict[str, Any]) -> datetime:
    """Write (or replace) the acting account's draft of ``form`` in ``context``; returns when."""
    form, context = _key(form, context)
    text = json.dumps(_clean(payload), ensure_ascii=False, separators=(",", ":"))
    if len(text) > MAX_PAYLOAD_CHARS:
        raise ValidationError(
            {"draft": QT_TRANSLATE_NOOP(
                "Errors", "This text is too long to keep as a draft (at most {limit} characters).")},
            limit=f"{MAX_PAYLOAD_CHARS:,}".replace(",", "."),
        )
    now = session.clock.now().astimezone(UTC).replace(tzinfo=None)
    text = _seal(session, form, context, text)
    with session.write() as s:
        row = s.scalars(select(Draft).where(
            Draft.account_id == session.user.id, Draft.form == form, Draft.context == context,
        )).one_or_none()
        if row is None:
            s.add(Draft(account_id=session.user.id, form=form, context=context, payload=text,
                        updated_at=now))
        else:
            row.payload = text
            row.updated_at = now
    return now.replace(tzinfo=UTC)


def load_draft(session: AppSession, form: str, context: str | int) -> DraftInfo | None:
    """The acting account's draft of ``form`` in ``context``, or None (also when unreadable)."""
    form, context = _key(form, context)
    with session.db() as s:
        row = s.scalars(select(Draft).where(
            Draft.account_id == session.user.id, Draft.form == form, Draft.context == context,
        )).one_or_none()
        if row is None:
            return None
        try:
            payload = json.loads(_open(session, row.form, row.context, row.payload))
        except (ValueError, SealBroken):
            return None
        if not isinstance(payload, dict):
            return None
        return DraftInfo(row.form, row.context, payload, row.updated_at.replace(tzinfo=UTC))


def discard_draft(session: AppSession, form: str, context: str | int) -> None:
    """Delete the acting account's draft of ``form`` in ``context`` (nothing if there is none)."""
    form, context = _key(form, context)
    with session.write() as s:
        s.execute(delete(Draft).where(
            Draft.account_id == session.user.id, Draft.form == form, Draft.context == context,
        ))


def my_drafts(session: AppSession) -> list[DraftInfo]:
    """Every draft of the acting account, newest first."""
    with session.db() as s:
        rows = s.scalars(select(Draft).where(Draft.account_id == session.user.id)
                         .order_by(Draft.updated_at.desc())).all()
        out = []
        for row in rows:
            try:
                payload = json.loads(_open(session, row.form, row.context, row.payload))
            except (ValueError, SealBroken):
                continue
            if isinstance(payload, dict):
                out.append(DraftInfo(row.form, row.context, payload,
                                     row.updated_at.replace(tzinfo=UTC)))
        return out
