"""Encryption of a sealed case's content inside the database, under its own case key.

One place for it, so that the services keep working on ORM objects: a ``before_flush`` hook
encrypts the content columns (:data:`CONTENT`) of every new or changed row of a sealed case with
AES-256-GCM (associated data: case id, table, column, row id; a row that is new gets its id
before the INSERT, so plaintext never reaches SQL), and a ``load`` hook decrypts them for an
account that holds the case key, or puts :data:`PLACEHOLDER` there for one that does not. Rows
read column by column (``select(Model.column)``) are not decrypted: services read sealed content
through whole objects. A change to sealed content without the key is refused
(:class:`SealedContentLocked`), never written in clear.

The case keys an ORM session may use come from ``session.info["case_keys"]`` (a
:class:`CaseKeyRing` per signed-in account, services/session.py) and, for a case sealed inside
the current transaction, ``session.info["new_case_keys"]``. Wrapping the case keys for accounts
is services/sealed_files.py's.
"""

from __future__ import annotations

import base64
import secrets
from collections.abc import Callable
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import event, func, select
from sqlalchemy.orm import Session, attributes
from sqlalchemy.orm.attributes import set_committed_value

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.domain.text import fold
from kimbai_desktop.storage.models import (
    Attachment,
    BodyMark,
    Case,
    CaseChild,
    CaseKeyGrant,
    CasePerson,
    CaseSeal,
    CaseStep,
    ChronologyEntry,
    Consent,
    Notification,
    PlanTask,
    Referral,
)
from kimbai_desktop.storage.sealbox import AccountKeys, SealBroken, open_sealed, seal


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


# Shown in place of sealed content to an account without the case key (data, like a step's
# Vietnamese label; the window shows its own translated line as well).
PLACEHOLDER = "Hồ sơ được niêm phong: chỉ người được giao mới xem được nội dung"
TEXT_PREFIX = "§seal1:"
BYTES_PREFIX = b"\x00KBSEAL1"
_NONCE = 12
KEY_BYTES = 32

CONTENT: dict[type, tuple[str, ...]] = {
    Case: ("informant_name", "informant_phone", "informant_address", "place_detail", "summary",
           "injuries", "current_situation", "likely_consequences", "family_situation",
           "caregiver", "immediate_actions", "withhold_note", "plan_approver", "plan_summary",
           "closure_note"),
    CaseChild: ("full_name",),
    CasePerson: ("description",),
    CaseStep: ("note",),
    Notification: ("person_reached", "reference", "outcome"),
    ChronologyEntry: ("text",),
    PlanTask: ("title", "owner_name"),
    Referral: ("to_whom", "note"),
    Consent: ("consenter", "relation", "legal_basis", "note"),
    Attachment: ("filename", "mime", "sha256", "data"),
    CaseSeal: ("reason",),
    BodyMark: ("place", "kind", "size_cm", "colour", "note"),
}


class SealedContentLocked(KimbaiError):
    message = QT_TRANSLATE_NOOP(
        "Errors", "This case file is sealed: only the people it was given to can read or change "
        "its content. Ask one of them (or the counsellor) to give you access.")


def new_case_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def grant_context(case_id: int, owner: str) -> bytes:
    """Associated data of a case key sealed to ``owner`` ("account:<id>" or "recovery")."""
    return f"kimbai case key v1|{case_id}|{owner}".encode()


# -- values ----------------------------------------------------------------------------------------


def _aad(case_id: int, table: str, column: str, row_id: object) -> bytes:
    return f"kimbai sealed v1|{case_id}|{table}|{column}|{row_id}".encode()


def is_sealed_value(value: object) -> bool:
    return (isinstance(value, str) and value.startswith(TEXT_PREFIX)) or (
        isinstance(value, bytes | memoryview) and bytes(value[:len(BYTES_PREFIX)]) == BYTES_PREFIX)


def encrypt_value(key: bytes, case_id: int, table: str, column: str, row_id: object,
                  value: str | bytes) -> str | bytes:
    nonce = secrets.token_bytes(_NONCE)
    raw = value.encode("utf-8") if isinstance(value, str) else bytes(value)
    body = nonce + AESGCM(key).encrypt(nonce, raw, _aad(case_id, table, column, row_id))
    if isinstance(value, str):
        return TEXT_PREFIX + base64.b64encode(body).decode("ascii")
    return BYTES_PREFIX + body


def decrypt_value(key: bytes, case_id: int, table: str, column: str, row_id: object,
                  value: str | bytes) -> str | bytes:
    """The plaintext, or SealBroken (wrong key, moved or changed)."""
    try:
        if isinstance(value, str):
            body = base64.b64decode(value[len(TEXT_PREFIX):])
            return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:],
                                       _aad(case_id, table, column, row_id)).decode("utf-8")
        body = bytes(value)[len(BYTES_PREFIX):]
        return AESGCM(key).decrypt(body[:_NONCE], body[_NONCE:],
                                   _aad(case_id, table, column, row_id))
    except (InvalidTag, ValueError):
        raise SealBroken() from None


# -- the keys an account holds ---------------------------------------------------------------------


class CaseKeyRing:
    """The case keys the signed-in account can open (cached after the first use), found through
    its grants: a grant opens only with the key pair of the slot it was sealed to."""

    def __init__(self, account_id: int, keys: AccountKeys | None) -> None:
        self.account_id = account_id
        self.keys = keys
        self._cache: dict[int, bytes | None] = {}

    @property
    def public_b64(self) -> str:
        return base64.b64encode(self.keys.public).decode("ascii") if self.keys else ""

    def forget(self, case_id: int | None = None) -> None:
        if case_id is None:
            self._cache.clear()
        else:
            self._cache.pop(case_id, None)

    def replace_keys(self, keys: AccountKeys | None) -> None:
        self.keys = keys
        self._cache.clear()

    def key(self, s: Session, case_id: int) -> bytes | None:
        if case_id in self._cache:
            return self._cache[case_id]
        key = None
        if self.keys is not None:
            blob = s.connection().execute(
                select(CaseKeyGrant.wrapped).where(
                    CaseKeyGrant.case_id == case_id, CaseKeyGrant.account_id == self.account_id,
                    CaseKeyGrant.public == self.public_b64)).scalar()
            if blob is not None:
                try:
                    key = self.keys.open(bytes(blob), context=grant_context(
                        case_id, f"account:{self.account_id}"))
                except SealBroken:
                    key = None
        self._cache[case_id] = key
        return key


def case_key(s: Session, case_id: int) -> bytes | None:
    """The key of a sealed case for this ORM session's account, or None."""
    new = s.info.get("new_case_keys", {})
    if case_id in new:
        return bytes(new[case_id])
    ring = s.info.get("case_keys")
    return ring.key(s, case_id) if isinstance(ring, CaseKeyRing) else None


def sealing_new_case(s: Session, case: Case, key: bytes) -> None:
    """``case`` (not yet flushed) is sealed from its first write with ``key``."""
    s.info.setdefault("sealing_cases", []).append((case, key))


def sealing_case(s: Session, case_id: int, key: bytes) -> None:
    """``case_id`` is being sealed (or has been) in this transaction with ``key``."""
    s.info.setdefault("new_case_keys", {})[case_id] = key


def sealed_ids(s: Session, case_ids: list[int] | set[int]) -> set[int]:
    """Which of ``case_ids`` are sealed (as this transaction sees it)."""
    ids = {i for i in case_ids if i is not None}
    if not ids:
        return set()
    found = set(s.connection().execute(select(CaseSeal.case_id).where(
        CaseSeal.case_id.in_(ids))).scalars())
    return found | (ids & set(s.info.get("new_case_keys", {})))


# -- the hooks -------------------------------------------------------------------------------------


def _case_id_of(obj: object) -> int | None:
    return obj.id if isinstance(obj, Case) else obj.case_id  # type: ignore[attr-defined]


def _next_ids(s: Session) -> Callable[[type], int]:
    taken: dict[type, int] = {}

    def next_id(model: type) -> int:
        if model not in taken:
            taken[model] = int(s.connection().execute(
                select(func.max(model.id))).scalar() or 0)  # type: ignore[attr-defined]
        taken[model] += 1
        return taken[model]
    return next_id


@event.listens_for(Session, "before_flush")
def _encrypt(s: Session, _context: Any, _instances: Any) -> None:
    pending = s.info.pop("sealing_cases", [])
    new_objects = set(s.new)
    objs = [o for o in list(s.new) + list(s.dirty) if type(o) in CONTENT]
    if not objs:
        return
    next_id = _next_ids(s)
    for case, key in pending:
        if case.id is None:
            case.id = next_id(Case)
        sealing_case(s, case.id, key)
    sealed = sealed_ids(s, {i for o in objs if (i := _case_id_of(o)) is not None})
    restore: list[tuple[object, str, object]] = s.info.setdefault("sealed_restore", [])
    for obj in objs:
        case_id = _case_id_of(obj)
        if case_id not in sealed:
            continue
        if isinstance(obj, Case):
            obj.search_text = fold(obj.code)  # search finds a sealed case by its code only
        if isinstance(obj, CaseSeal):
            row_id: object = obj.case_id
        else:
            if obj.id is None:
                obj.id = next_id(type(obj))
            row_id = obj.id
        is_new = obj in new_objects
        for column in CONTENT[type(obj)]:
            value = getattr(obj, column)
            if not value or is_sealed_value(value):
                continue
            if not is_new and not attributes.get_history(obj, column).has_changes():
                continue
            key = case_key(s, case_id)
            if key is None:
                raise SealedContentLocked()
            setattr(obj, column, encrypt_value(key, case_id, type(obj).__tablename__, column,
                                               row_id, value))
            restore.append((obj, column, value))


@event.listens_for(Session, "after_flush_postexec")
def _restore(s: Session, _context: Any) -> None:
    """The objects keep their plaintext in memory after the flush (the services go on using
    them); the database has the ciphertext."""
    for obj, column, value in s.info.pop("sealed_restore", []):
        set_committed_value(obj, column, value)


@event.listens_for(Session, "after_rollback")
def _forget(s: Session) -> None:
    s.info.pop("sealed_restore", None)
    s.info.pop("sealing_cases", None)
    s.info.pop("new_case_keys", None)


def _decrypt(target: Any, context: Any, *_: Any) -> None:
    s = context.session
    columns = CONTENT[type(target)]
    state = target.__dict__
    if not any(is_sealed_value(state.get(c)) for c in columns):
        return
    case_id = _case_id_of(target)
    row_id = target.case_id if isinstance(target, CaseSeal) else target.id
    key = case_key(s, case_id) if s is not None and case_id is not None else None
    for column in columns:
        value = state.get(column)
        if not is_sealed_value(value):
            continue
        plain: object
        if key is None:
            plain = b"" if isinstance(value, bytes | memoryview) else PLACEHOLDER
        else:
            try:
                assert case_id is not None
                plain = decrypt_value(key, case_id, type(target).__tablename__, column, row_id,
                                      bytes(value) if isinstance(value, memoryview) else value)
            except SealBroken:
                plain = b"" if isinstance(value, bytes | memoryview) else PLACEHOLDER
        set_committed_value(target, column, plain)


for _model in CONTENT:
    event.listen(_model, "load", _decrypt)
    event.listen(_model, "refresh", _decrypt)


def is_open_to(s: Session, case_id: int) -> bool:
    """Whether this ORM session's account can read the sealed case ``case_id``."""
    return case_key(s, case_id) is not None


def seal_to(public: bytes, key: bytes, case_id: int, owner: str) -> bytes:
    return seal(public, key, context=grant_context(case_id, owner))


def open_with(private: bytes, blob: bytes, case_id: int, owner: str) -> bytes:
    return open_sealed(private, blob, context=grant_context(case_id, owner))


def sealed_detail(s: Session, record_type: str, record_id: object, detail: str) -> str:
    """An audit event's detail about a sealed case, encrypted under the case key (its access
    history's details are content too); the event itself (who, when, what kind) stays readable."""
    if record_type != "case" or not detail or is_sealed_value(detail):
        return detail
    try:
        case_id = int(str(record_id))
    except ValueError:
        return detail
    if case_id not in sealed_ids(s, [case_id]):
        return detail
    key = case_key(s, case_id)
    if key is None:
        return ""
    value = encrypt_value(key, case_id, "audit_events", "detail", "", detail)
    assert isinstance(value, str)
    return value


def open_detail(s: Session, record_id: str, detail: str) -> str:
    """An audit detail as its reader may see it: decrypted for a holder of the case key, else
    empty."""
    if not is_sealed_value(detail):
        return detail
    try:
        case_id = int(record_id)
        key = case_key(s, case_id)
        if key is not None:
            value = decrypt_value(key, case_id, "audit_events", "detail", "", detail)
            assert isinstance(value, str)
            return value
    except (ValueError, SealBroken):
        pass
    return ""
