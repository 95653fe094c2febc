"""Sealed case files (hồ sơ niêm phong): sealing, the holders of a case key, giving and taking back
access, the sealed-file recovery key, and what an account is told at sign-in.

A sealed case's content is encrypted under its own case key (storage/sealed.py). The key is
sealed (storage/sealbox.py) to the keyslot public key of each holder account, and to the
sealed-file recovery key, whose private half is kept here wrapped by a printed secret (Argon2id,
the keyslots' parameters). Holding the database key opens none of it. The accused member of staff
is never a holder. A password reset by someone else gives the account a new key pair, so its
grants stop opening (storage/sealed.py checks the public key of each grant); the owner's own
password change carries them over.
"""

from __future__ import annotations

import base64
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from sqlalchemy import exists, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.cases import PerpetratorRelation
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import KimbaiError, PermissionDenied, ValidationError
from kimbai_desktop.domain.text import normalize_multiline
from kimbai_desktop.services import slots
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import sealed
from kimbai_desktop.storage.keyslots import (
    _derive,
    new_recovery_key,
    new_slot_params,
    normalize_recovery_key,
)
from kimbai_desktop.storage.models import (
    Account,
    AccountNotice,
    Case,
    CaseKeyGrant,
    CasePerson,
    CaseSeal,
    Setting,
)
from kimbai_desktop.storage.sealbox import SealBroken, new_private_key, public_of


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


SETTING_RECOVERY = "sealed_recovery"
SETTING_UPGRADED = "sealed_files_upgraded"
RECOVERY_OWNER = "recovery"
WHY_STAFF, WHY_CHOSEN = "staff", "chosen"
MANAGER_ROLES = (Role.PRINCIPAL.value, Role.COUNSELLOR.value)

NOT_A_HOLDER = QT_TRANSLATE_NOOP(
    "Errors", "Only a person who holds this sealed case file can give or take back access.")
ACCUSED = QT_TRANSLATE_NOOP(
    "Errors", "This person is named in the case as the one who harmed the child: they can never "
    "be given this case file.")
NOT_A_MANAGER = QT_TRANSLATE_NOOP(
    "Errors", "Only a principal or a counsellor account can be given a sealed case file.")
NO_KEY_YET = QT_TRANSLATE_NOOP(
    "Errors", "This account has no key yet: it must sign in once before it can be given a "
    "sealed case file.")
LAST_HOLDER = QT_TRANSLATE_NOOP(
    "Errors", "This is the last person who holds the case file and there is no sealed-file "
    "recovery key yet: give it to someone else first.")
WRONG_SEALED_KEY = QT_TRANSLATE_NOOP(
    "Errors", "The sealed-file recovery key is not correct. Check each group of characters on "
    "the printed sheet and try again.")
NO_RECOVERY = QT_TRANSLATE_NOOP(
    "Errors", "No sealed-file recovery key has been made yet.")
REASON_NEEDED = QT_TRANSLATE_NOOP("Errors", "Write why the case file is sealed.")


# -- data out --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Holder:
    account_id: int
    username: str
    full_name: str
    role: Role
    granted_at: datetime
    granted_by: str


@dataclass(frozen=True)
class SealInfo:
    sealed: bool
    can_read: bool  # the signed-in account holds the case key
    why: str  # "staff" | "chosen" | ""
    sealed_at: datetime | None
    holders: tuple[Holder, ...]
    has_recovery: bool  # the case key is also sealed to the sealed-file recovery key
    reason: str = ""  # why it was sealed by choice (readable by holders only; "" otherwise)


@dataclass(frozen=True)
class Notice:
    kind: str  # "password_reset"
    at: datetime  # aware, UTC
    by_name: str


@dataclass(frozen=True)
class SignInNews:
    notices: tuple[Notice, ...] = ()
    sealed_now: int = 0  # cases sealed by the upgrade at this sign-in
    recovery_secret: str = ""  # a new sealed-file recovery key to print now (shown once)


# -- helpers ---------------------------------------------------------------------------------------


def _now(session: AppSession) -> datetime:
    return session.clock.now().astimezone(UTC).replace(tzinfo=None)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def current_public(s: Session, account_id: int) -> bytes | None:
    """The public key of the account's legitimate keyslot (services/slots.py), or None. Slots
    a reset or rotation replaced stay in the list as retired (their signatures must still
    verify): they are not the account's key any more."""
    registry = slots.read_registry(s) or {}
    owner = slots.owner_of_account(account_id)
    found = [v["public"] for v in registry.values()
             if v["owner"] == owner and not v.get("retired")]
    return base64.b64decode(found[-1]) if found else None


def accused_ids(s: Session, case_id: int) -> set[int]:
    return {i for i in s.scalars(select(CasePerson.staff_account_id).where(
        CasePerson.case_id == case_id, CasePerson.staff_account_id.is_not(None)))
        if i is not None}


def names_staff(people: object) -> bool:
    """Whether an intake's people name a member of staff (the case is sealed from intake)."""
    return any(p.relation == PerpetratorRelation.STAFF or p.staff_account_id is not None
               for p in people)  # type: ignore[attr-defined]


def _put_grant(s: Session, session: AppSession, case_id: int, account_id: int,
               key: bytes) -> None:
    public = current_public(s, account_id)
    if public is None:
        raise KimbaiError(NO_KEY_YET)
    wrapped = sealed.seal_to(public, key, case_id, slots.owner_of_account(account_id))
    row = s.scalars(select(CaseKeyGrant).where(CaseKeyGrant.case_id == case_id,
                                               CaseKeyGrant.account_id == account_id)).first()
    if row is None:
        s.add(CaseKeyGrant(case_id=case_id, account_id=account_id, public=_b64(public),
                           wrapped=wrapped, granted_by=session.user.id, granted_at=_now(session)))
    else:
        row.public, row.wrapped = _b64(public), wrapped
        row.granted_by, row.granted_at = session.user.id, _now(session)
    session.case_keys.forget(case_id)


def _recovery_public(s: Session) -> bytes | None:
    row = s.get(Setting, SETTING_RECOVERY)
    return base64.b64decode(json.loads(row.value)["public"]) if row is not None else None


def default_holders(s: Session, case_id: int | None, accused: set[int],
                    restricted: bool) -> list[int]:
    """Who holds a case sealed without a choice: the active principals, and the counsellors
    unless the case is restricted to the principal; never an accused person; only accounts
    that have a key pair."""
    roles = (Role.PRINCIPAL.value,) if restricted else MANAGER_ROLES
    ids = s.scalars(select(Account.id).where(Account.active.is_(True),
                                             Account.role.in_(roles))).all()
    return [i for i in ids if i not in accused and current_public(s, i) is not None]


# -- sealing ---------------------------------------------------------------------------------------


def seal_new_case(s: Session, session: AppSession, case: Case, accused: set[int]) -> None:
    """At intake, before the case's first flush: everything written for it is encrypted."""
    key = sealed.new_case_key()
    sealed.sealing_new_case(s, case, key)
    s.info.setdefault("seal_after_flush", []).append((case, key, accused))


def finish_new_seal(s: Session, session: AppSession) -> None:
    """After the case's first flush: its seal, its holders, its recovery wrap."""
    for case, key, accused in s.info.pop("seal_after_flush", []):
        _write_seal(s, session, case.id, key, WHY_STAFF, "", accused, case.restricted)


def _write_seal(s: Session, session: AppSession, case_id: int, key: bytes, why: str,
                reason: str, accused: set[int], restricted: bool,
                holders: list[int] | None = None) -> None:
    recovery = _recovery_public(s)
    s.add(CaseSeal(case_id=case_id, sealed_at=_now(session), sealed_by=session.user.id,
                   why=why, reason=reason,
                   recovery_wrap=sealed.seal_to(recovery, key, case_id, RECOVERY_OWNER)
                   if recovery else None))
    wanted = holders if holders is not None else default_holders(s, case_id, accused, restricted)
    for account_id in dict.fromkeys(wanted):
        if account_id not in accused:
            _put_grant(s, session, case_id, account_id, key)
    session.audit(AuditAction.CASE_SEAL, "case_access", case_id, why, s=s)


# Every model whose content a sealed case encrypts, besides the case and its seal row: read from
# storage/sealed.CONTENT, so a table added there is sealed in place too (body marks once were not).
_CHILD_ROWS: tuple[Any, ...] = tuple(m for m in sealed.CONTENT if m not in (Case, CaseSeal))


def _seal_existing(s: Session, session: AppSession, case: Case, why: str, reason: str,
                   holders: list[int] | None = None) -> None:
    """Encrypt an existing case's content in place under a new case key."""
    key = sealed.new_case_key()
    rows: list[object] = [case]
    for model in _CHILD_ROWS:
        rows += list(s.scalars(select(model).where(model.case_id == case.id)))
    # Chronology entries refuse UPDATE (append-only, storage/chronology.py); encrypting them is
    # the one rewrite allowed, inside this transaction, their hash chain unchanged.
    trigger = s.execute(text("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                             "AND name = 'case_entries_no_update'")).scalar()
    if trigger:
        s.execute(text("DROP TRIGGER case_entries_no_update"))
    with s.no_autoflush:
        sealed.sealing_case(s, case.id, key)
        for row in rows:
            for column in sealed.CONTENT[type(row)]:
                if getattr(row, column):
                    flag_modified(row, column)
        flag_modified(case, "search_text")
    s.flush()
    if trigger:
        s.execute(text(trigger))
    _write_seal(s, session, case.id, key, why, reason, accused_ids(s, case.id), case.restricted,
                holders)


def seal_case(session: AppSession, case_id: int, reason: str) -> None:
    """The counsellor (or the principal) seals a case, with a reason (kept sealed, audited)."""
    from kimbai_desktop.services.cases import _load_visible, require_case_manager

    require_case_manager(session, case_id)
    reason = normalize_multiline(reason)
    if not reason:
        raise ValidationError({"reason": REASON_NEEDED})
    with session.write() as s:
        case = _load_visible(s, session, case_id)
        if sealed.sealed_ids(s, [case_id]):
            return
        accused = accused_ids(s, case_id)
        holders = default_holders(s, case_id, accused, case.restricted)
        if session.user.id not in holders and session.user.id not in accused:
            holders.append(session.user.id)
        _seal_existing(s, session, case, WHY_CHOSEN, reason, holders)


def seal_info(session: AppSession, case_id: int) -> SealInfo:
    """Whether the case is sealed, whether this account can read it, and who holds it."""
    from kimbai_desktop.services.cases import _load_visible, require_case_manager

    require_case_manager(session, case_id)
    with session.db() as s:
        _load_visible(s, session, case_id)
        row = s.get(CaseSeal, case_id)
        if row is None:
            return SealInfo(False, True, "", None, (), False)
        names = {a.id: a for a in s.scalars(select(Account))}
        holders = []
        for g in s.scalars(select(CaseKeyGrant).where(CaseKeyGrant.case_id == case_id)
                           .order_by(CaseKeyGrant.granted_at)):
            account = names.get(g.account_id)
            public = current_public(s, g.account_id)
            if account is None or public is None or _b64(public) != g.public:
                continue  # a grant to a key pair the account no longer has opens nothing
            by = names.get(g.granted_by)
            holders.append(Holder(account.id, account.username, account.full_name,
                                  Role(account.role), g.granted_at.replace(tzinfo=UTC),
                                  by.full_name if by else "?"))
        can_read = sealed.is_open_to(s, case_id)
        reason = row.reason if can_read and row.reason != sealed.PLACEHOLDER else ""
        return SealInfo(True, can_read, row.why, row.sealed_at.replace(tzinfo=UTC),
                        tuple(holders), row.recovery_wrap is not None, reason or "")


def is_sealed_for_me(session: AppSession, case_id: int) -> bool:
    """A sealed case whose key this account does not hold."""
    with session.db() as s:
        return bool(sealed.sealed_ids(s, [case_id])) and not sealed.is_open_to(s, case_id)


# -- grants ----------------------------------------------------------------------------------------


def candidates(session: AppSession, case_id: int) -> list[tuple[int, str]]:
    """Accounts this case could be given to (id, full name): active principals and counsellors
    (principals only while the case is restricted to the principal: a counsellor could not open
    it) that are not accused and do not hold it yet."""
    info = seal_info(session, case_id)
    held = {h.account_id for h in info.holders}
    with session.db() as s:
        accused = accused_ids(s, case_id)
        restricted = s.scalar(select(Case.restricted).where(Case.id == case_id))
        roles = (Role.PRINCIPAL.value,) if restricted else MANAGER_ROLES
        rows = s.execute(select(Account.id, Account.full_name).where(
            Account.active.is_(True), Account.role.in_(roles))
            .order_by(Account.full_name)).all()
    return [(i, n) for i, n in rows if i not in held and i not in accused]


def _check_grantee(s: Session, case_id: int, account_id: int) -> None:
    if account_id in accused_ids(s, case_id):
        raise KimbaiError(ACCUSED)
    account = s.get(Account, account_id)
    if account is None or not account.active or account.role not in MANAGER_ROLES:
        raise KimbaiError(NOT_A_MANAGER)


def grant(session: AppSession, case_id: int, account_id: int) -> None:
    """A holder gives the case file to another principal or counsellor (audited)."""
    from kimbai_desktop.services.cases import _load_visible, require_case_manager

    require_case_manager(session, case_id)
    with session.write() as s:
        _load_visible(s, session, case_id)
        _check_grantee(s, case_id, account_id)
        key = sealed.case_key(s, case_id)
        if key is None or not sealed.sealed_ids(s, [case_id]):
            session.audit(AuditAction.ACCESS_DENIED, "case_access", case_id, "grant", s=s)
            raise KimbaiError(NOT_A_HOLDER)
        _put_grant(s, session, case_id, account_id, key)
        session.audit(AuditAction.CASE_GRANT, "case_access", case_id, f"account={account_id}",
                      s=s)


def revoke(session: AppSession, case_id: int, account_id: int) -> None:
    """A holder takes the case file back from an account (audited). The last holder can be
    taken away only when the sealed-file recovery key can give it again."""
    from kimbai_desktop.services.cases import _load_visible, require_case_manager

    require_case_manager(session, case_id)
    info = seal_info(session, case_id)
    if not info.can_read:
        session.audit(AuditAction.ACCESS_DENIED, "case_access", case_id, "revoke")
        raise KimbaiError(NOT_A_HOLDER)
    others = [h for h in info.holders if h.account_id != account_id]
    if not others and not info.has_recovery:
        raise KimbaiError(LAST_HOLDER)
    with session.write() as s:
        _load_visible(s, session, case_id)
        s.query(CaseKeyGrant).filter(CaseKeyGrant.case_id == case_id,
                                     CaseKeyGrant.account_id == account_id).delete()
        session.audit(AuditAction.CASE_REVOKE, "case_access", case_id, f"account={account_id}",
                      s=s)
    session.case_keys.forget(case_id)


# -- the sealed-file recovery key ----------------------------------------------------------------


def has_recovery_key(session: AppSession) -> bool:
    with session.db() as s:
        return s.get(Setting, SETTING_RECOVERY) is not None


def make_recovery_key(session: AppSession) -> str:
    """Make the sealed-file recovery key (once: the principal, for the chair of the school's
    child-protection board). Returns the secret to print; it is never shown again. It cannot
    be made again over an existing one (that would need every case key)."""
    session.require(Permission.MANAGE_ACCOUNTS, "sealed_recovery")
    with session.write() as s:
        secret = _make_recovery(s, session)
    return secret


def _make_recovery(s: Session, session: AppSession) -> str:
    if s.get(Setting, SETTING_RECOVERY) is not None:
        raise KimbaiError(QT_TRANSLATE_NOOP(
            "Errors", "The sealed-file recovery key already exists; it is made only once."))
    secret = new_recovery_key()
    private = new_private_key()
    params = new_slot_params()
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    wrapped = AESGCM(_derive(normalize_recovery_key(secret), salt, params)).encrypt(
        nonce, private, b"kimbai sealed-file recovery key v1")
    s.add(Setting(key=SETTING_RECOVERY, value=json.dumps({
        "public": _b64(public_of(private)), "salt": _b64(salt), "nonce": _b64(nonce),
        "wrapped_private": _b64(wrapped), "memory_kib": params.memory_kib,
        "time_cost": params.time_cost, "parallelism": params.parallelism})))
    s.flush()
    _backfill_recovery(s, session)
    session.audit(AuditAction.SEALED_RECOVERY, "sealed_recovery", "", "created", s=s)
    return secret


def _backfill_recovery(s: Session, session: AppSession) -> int:
    """Seal to the recovery key the case keys this account holds that lack it."""
    public = _recovery_public(s)
    if public is None:
        return 0
    done = 0
    for row in s.scalars(select(CaseSeal).where(CaseSeal.recovery_wrap.is_(None))):
        key = sealed.case_key(s, row.case_id)
        if key is not None:
            row.recovery_wrap = sealed.seal_to(public, key, row.case_id, RECOVERY_OWNER)
            done += 1
    return done


def _open_recovery(s: Session, secret: str) -> bytes:
    row = s.get(Setting, SETTING_RECOVERY)
    if row is None:
        raise KimbaiError(NO_RECOVERY)
    v = json.loads(row.value)
    from kimbai_desktop.storage.keyslots import KdfParams

    params = KdfParams(int(v["memory_kib"]), int(v["time_cost"]), int(v["parallelism"]))
    try:
        return AESGCM(_derive(normalize_recovery_key(secret), base64.b64decode(v["salt"]),
                              params)).decrypt(base64.b64decode(v["nonce"]),
                                               base64.b64decode(v["wrapped_private"]),
                                               b"kimbai sealed-file recovery key v1")
    except (InvalidTag, ValueError):
        raise KimbaiError(WRONG_SEALED_KEY) from None


def grant_with_recovery(session: AppSession, account_id: int, secret: str,
                        case_ids: list[int] | None = None) -> int:
    """With the printed sealed-file recovery key, give sealed case files (all those it can open
    and the account is not accused in, or ``case_ids``) to an account. A principal or a holder
    must be signed in. Returns how many were given; each is audited."""
    with session.db() as s:
        is_holder = s.scalar(select(exists().where(
            CaseKeyGrant.account_id == session.user.id)))
    if session.user.role != Role.PRINCIPAL and not is_holder:
        session.audit(AuditAction.ACCESS_DENIED, "sealed_recovery", "", "grant")
        raise PermissionDenied()
    given = 0
    with session.write() as s:
        private = _open_recovery(s, secret)
        query = select(CaseSeal).where(CaseSeal.recovery_wrap.is_not(None))
        if case_ids is not None:
            query = query.where(CaseSeal.case_id.in_(case_ids))
        for row in s.scalars(query).all():
            if account_id in accused_ids(s, row.case_id):
                continue
            _check_grantee(s, row.case_id, account_id)
            try:
                key = sealed.open_with(private, bytes(row.recovery_wrap or b""), row.case_id,
                                       RECOVERY_OWNER)
            except SealBroken:
                continue
            _put_grant(s, session, row.case_id, account_id, key)
            session.audit(AuditAction.CASE_GRANT, "case_access", row.case_id,
                          f"account={account_id},recovery", s=s)
            given += 1
    return given


# -- password changes and notices ----------------------------------------------------------------


def carry_grants(session: AppSession, new_keys: object) -> None:
    """After the owner's own password change (a new key pair): re-seal their case keys to it."""
    from kimbai_desktop.storage.sealbox import AccountKeys

    assert isinstance(new_keys, AccountKeys)
    owner = slots.owner_of_account(session.user.id)
    if session.has_account_keys:
        old = session.account_keys
        with session.write() as s:
            for g in s.scalars(select(CaseKeyGrant).where(
                    CaseKeyGrant.account_id == session.user.id,
                    CaseKeyGrant.public == _b64(old.public))):
                try:
                    key = sealed.open_with(old.private, bytes(g.wrapped), g.case_id, owner)
                except SealBroken:
                    continue
                g.wrapped = sealed.seal_to(new_keys.public, key, g.case_id, owner)
                g.public = _b64(new_keys.public)
    session.replace_account_keys(new_keys)


def note_reset(session: AppSession, account_id: int) -> None:
    """A password reset by someone else: the owner is told at the next sign-in. (Their grants
    were sealed to the old key pair and open nothing any more.)"""
    if account_id == session.user.id:
        return
    with session.write() as s:
        s.add(AccountNotice(account_id=account_id, kind="password_reset", at=_now(session),
                            by_id=session.user.id, by_name=session.user.full_name))


def after_sign_in(session: AppSession) -> SignInNews:
    """What happens once an account has signed in: its notices (shown once); for a principal,
    the sealing of the allegations against staff after an upgrade and the sealed-file recovery
    key when sealed files exist without one; the recovery wraps this account can add."""
    now = _now(session)
    with session.write() as s:
        rows = s.scalars(select(AccountNotice).where(
            AccountNotice.account_id == session.user.id, AccountNotice.shown_at.is_(None))
            .order_by(AccountNotice.at)).all()
        notices = tuple(Notice(r.kind, r.at.replace(tzinfo=UTC), r.by_name) for r in rows)
        for r in rows:
            r.shown_at = now
    sealed_now, secret = 0, ""
    if session.user.role == Role.PRINCIPAL:
        sealed_now = _upgrade(session)
        with session.write() as s:
            if (s.get(Setting, SETTING_RECOVERY) is None
                    and s.scalar(select(exists().where(CaseSeal.case_id.is_not(None))))):
                secret = _make_recovery(s, session)
    with session.write() as s:
        _backfill_recovery(s, session)
    return SignInNews(notices, sealed_now, secret)


def _upgrade(session: AppSession) -> int:
    """Once, at a principal's first sign-in after the upgrade: seal every case that names a
    member of staff as the one who harmed the child."""
    with session.write() as s:
        if s.get(Setting, SETTING_UPGRADED) is not None:
            return 0
        staff = or_(CasePerson.relation == PerpetratorRelation.STAFF.value,
                    CasePerson.staff_account_id.is_not(None))
        todo = s.scalars(select(Case).where(
            exists().where(CasePerson.case_id == Case.id, staff),
            ~exists().where(CaseSeal.case_id == Case.id)).order_by(Case.id)).all()
        for case in todo:
            _seal_existing(s, session, case, WHY_STAFF, "")
        s.add(Setting(key=SETTING_UPGRADED, value=json.dumps(True)))
        return len(todo)
