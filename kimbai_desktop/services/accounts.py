"""Accounts (tài khoản): add, deactivate, reset and change passwords, remove; each with its own
keyslot, checked against the acting user's role and audited."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from kimbai_desktop.domain import limits
from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.enums import Role
from kimbai_desktop.domain.errors import KimbaiError, ValidationError
from kimbai_desktop.domain.limits import check_lengths
from kimbai_desktop.domain.school import validate_new_password, validate_username
from kimbai_desktop.domain.text import name_sort_key, normalize_text
from kimbai_desktop.services import slots
from kimbai_desktop.services.preferences import load_name_order
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage import keystore
from kimbai_desktop.storage.keyslots import KeyslotFile
from kimbai_desktop.storage.models import Account


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class AccountRuleError(KimbaiError):
    """An account change that would leave the school without a way in."""


LAST_PRINCIPAL = QT_TRANSLATE_NOOP(
    "Errors", "The school must keep at least one active principal account. Add another principal "
    "first.")
NOT_YOURSELF = QT_TRANSLATE_NOOP(
    "Errors", "You cannot deactivate or remove your own account. Ask another principal.")
ROLE_YOURSELF = QT_TRANSLATE_NOOP(
    "Errors", "You cannot change your own role: the school's list of keys is signed by a "
    "principal. Ask another principal.")
NO_SUCH_ACCOUNT = QT_TRANSLATE_NOOP("Errors", "That account does not exist.")
NAME_TAKEN = QT_TRANSLATE_NOOP("Errors", "This account name is already used. Choose another.")
OLD_PASSWORD_WRONG = QT_TRANSLATE_NOOP("Errors", "The current password is not correct.")


@dataclass(frozen=True)
class AccountInfo:
    id: int
    username: str
    full_name: str
    role: Role
    active: bool
    has_keyslot: bool
    created_at: datetime


def list_accounts(session: AppSession) -> list[AccountInfo]:
    """Every account, in Vietnamese name order (principal only). ``has_keyslot``: a legitimate
    slot of this account is in kimbai.keys (services/slots.py), whether or not it is active."""
    session.require(Permission.MANAGE_ACCOUNTS)
    keys = session.load_keys()
    with session.db() as s:
        rows = list(s.scalars(select(Account)))
        usable = {v.owner for v in slots.slot_views(s, keys) if v.owner}
    infos = [AccountInfo(a.id, a.username, a.full_name, Role(a.role), a.active,
                         a.username in usable, a.created_at)
             for a in rows]
    order = load_name_order(session)
    return sorted(infos, key=lambda a: (name_sort_key(a.full_name, order), a.username))


def list_slots(session: AppSession) -> list[slots.SlotView]:
    """Every slot in kimbai.keys, including those that belong to no account (principal only)."""
    session.require(Permission.MANAGE_ACCOUNTS)
    keys = session.load_keys()
    with session.db() as s:
        return slots.slot_views(s, keys)


def add_account(session: AppSession, username: str, full_name: str, role: Role,
                password: str) -> AccountInfo:
    session.require(Permission.MANAGE_ACCOUNTS)
    errors: dict[str, str] = {}
    params: dict[str, object] = {}
    name = ""
    try:
        name = validate_username(username)
    except ValidationError as exc:
        errors.update(exc.field_errors)
    full = normalize_text(full_name)
    if not full:
        errors["full_name"] = QT_TRANSLATE_NOOP("Errors", "Enter the account holder's full name.")
    try:
        validate_new_password(password)
    except ValidationError as exc:
        errors.update(exc.field_errors)
        params.update(exc.params)
    if name and not errors:
        with session.db() as s:
            if s.scalars(select(Account).where(Account.username == name)).first():
                errors["username"] = NAME_TAKEN
    check_lengths({"full_name": (full, limits.NAME)}, errors=errors, params=params)
    now = session.clock.now().replace(tzinfo=None)
    with keystore.locked(session.folder):  # read-modify-write of kimbai.keys: no lost update
        keys = _fresh_keys(session)
        slot = keys.add_account(name, password, session.data_key)
        with session.write() as s:
            if s.scalars(select(Account).where(Account.username == name)).first():
                raise ValidationError({"username": NAME_TAKEN})
            account = Account(username=name, full_name=full, role=role.value, active=True,
                              created_at=now)
            s.add(account)
            s.flush()
            slots.register(s, slot, slots.owner_of_account(account.id), replace=True,
                           verify_key=keys.verify_key_b64(slot.slot_id),
                           principal=role == Role.PRINCIPAL)
            session.audit(AuditAction.ACCOUNT_CREATE, "account", account.id,
                          f"role={role.value}", s=s)
            info = AccountInfo(account.id, name, full, role, True, True, now)
        # After the commit: a crash here leaves an account without a slot ("no access"),
        # never a slot without an account.
        keystore.write(session.folder, keys, session.data_key)
    return info


def _fresh_keys(session: AppSession) -> KeyslotFile:
    """Inside the keys lock: the file as it is now (another program may have changed it)."""
    keys = keystore.read_for_update(session.folder)
    keys.verify_seal(session.data_key)
    return keys


def _get(session: AppSession, account_id: int) -> Account:
    with session.db() as s:
        account = s.get(Account, account_id)
        if account is None:
            raise KimbaiError(NO_SUCH_ACCOUNT)
        s.expunge(account)
        return account


def _active_principals(session: AppSession) -> int:
    with session.db() as s:
        return int(s.scalar(select(func.count()).select_from(Account).where(
            Account.role == Role.PRINCIPAL.value, Account.active.is_(True))) or 0)


def update_account(session: AppSession, account_id: int, *, full_name: str | None = None,
                   role: Role | None = None) -> None:
    session.require(Permission.MANAGE_ACCOUNTS, "account", account_id)
    target = _get(session, account_id)
    if (role is not None and role != Role.PRINCIPAL and target.role == Role.PRINCIPAL.value
            and target.active and _active_principals(session) <= 1):
        raise AccountRuleError(LAST_PRINCIPAL)
    if (role is not None and account_id == session.user.id and role.value != target.role
            and target.role == Role.PRINCIPAL.value):
        raise AccountRuleError(ROLE_YOURSELF)
    changed = []
    with session.write() as s:
        account = s.get(Account, account_id)
        assert account is not None
        if full_name is not None and normalize_text(full_name) != account.full_name:
            clean = normalize_text(full_name)
            if not clean:
                raise ValidationError({"full_name": QT_TRANSLATE_NOOP(
                    "Errors", "Enter the account holder's full name.")})
            check_lengths({"full_name": (clean, limits.NAME)})
            account.full_name = clean
            changed.append("full_name")
        if role is not None and role.value != account.role:
            account.role = role.value
            s.flush()
            # Only a principal's slot may sign the list of slots (services/slots.py).
            slots.set_principal(s, slots.owner_of_account(account_id), role == Role.PRINCIPAL)
            changed.append(f"role={role.value}")
        if changed:
            session.audit(AuditAction.ACCOUNT_CHANGE, "account", account_id, ",".join(changed), s=s)


def set_active(session: AppSession, account_id: int, active: bool) -> None:
    """Deactivate (the account can no longer sign in) or reactivate an account."""
    session.require(Permission.MANAGE_ACCOUNTS, "account", account_id)
    target = _get(session, account_id)
    if not active:
        if account_id == session.user.id:
            raise AccountRuleError(NOT_YOURSELF)
        if target.role == Role.PRINCIPAL.value and target.active and _active_principals(session) <= 1:
            raise AccountRuleError(LAST_PRINCIPAL)
    with session.write() as s:
        account = s.get(Account, account_id)
        assert account is not None
        if account.active == active:
            return
        account.active = active
        action = AuditAction.ACCOUNT_REACTIVATE if active else AuditAction.ACCOUNT_DEACTIVATE
        session.audit(action, "account", account_id, s=s)


def reset_password(session: AppSession, account_id: int, new_password: str) -> None:
    """The principal sets a new password for an account (the holder forgot theirs)."""
    session.require(Permission.MANAGE_ACCOUNTS, "account", account_id)
    validate_new_password(new_password)
    target = _get(session, account_id)
    _new_slot(session, target.username, account_id, new_password, AuditAction.PASSWORD_RESET)
    # A new key pair: the account's sealed case files no longer open for it until a holder
    # gives them again; the owner is told at the next sign-in (services/sealed_files.py).
    from kimbai_desktop.services import sealed_files

    sealed_files.note_reset(session, account_id)


def _new_slot(session: AppSession, username: str, account_id: int, password: str,
              action: AuditAction, detail: str = "") -> None:
    """A new slot (new key pair) for an account; the old one stops opening anything.

    Order, for a crash at any point: the new slot is registered beside the old one (database),
    the file is replaced (atomically), then the old one is unregistered; an entry whose slot is
    no longer in the file is dropped at the next unlock anyway."""
    owner = slots.owner_of_account(account_id)
    with keystore.locked(session.folder):
        keys = _fresh_keys(session)
        slot = keys.add_account(username, password, session.data_key)
        principal = _get(session, account_id).role == Role.PRINCIPAL.value
        verify_key = keys.verify_key_b64(slot.slot_id)
        with session.write() as s:
            slots.register(s, slot, owner, verify_key=verify_key, principal=principal)
            session.audit(action, "account", account_id, detail, s=s)
        keystore.write(session.folder, keys, session.data_key)
        with session.write() as s:
            slots.register(s, slot, owner, replace=True, verify_key=verify_key,
                           principal=principal)


def change_own_password(session: AppSession, old_password: str, new_password: str,
                        confirmation: str | None = None) -> None:
    """Anyone may change their own password; only their keyslot is rewritten."""
    validate_new_password(new_password, confirmation)
    keys = session.load_keys()
    try:
        keys.unwrap_account(session.user.username, old_password)
    except KimbaiError:
        raise ValidationError({"old_password": OLD_PASSWORD_WRONG}) from None
    # A new key pair, not only a re-wrapped one: a copy of the old slot opens nothing any more.
    _new_slot(session, session.user.username, session.user.id, new_password,
              AuditAction.PASSWORD_CHANGE)
    # The owner keeps their sealed case files: re-sealed from the old key pair to the new one.
    from kimbai_desktop.services import sealed_files

    fresh = session.load_keys()
    fresh.unwrap_account(session.user.username, new_password)
    sealed_files.carry_grants(session, fresh.opened_keys())


def remove_account(session: AppSession, account_id: int) -> None:
    """Remove an account's keyslot and deactivate it. Its audit history stays."""
    session.require(Permission.MANAGE_ACCOUNTS, "account", account_id)
    target = _get(session, account_id)
    if account_id == session.user.id:
        raise AccountRuleError(NOT_YOURSELF)
    if target.role == Role.PRINCIPAL.value and target.active and _active_principals(session) <= 1:
        raise AccountRuleError(LAST_PRINCIPAL)
    with keystore.locked(session.folder):
        keys = _fresh_keys(session)
        keys.remove(keys.account_tag(target.username))
        # The database first: once this commits the slot is no longer legitimate and cannot
        # sign in, even if the file below is not written (a crash): it then shows in
        # ``users list`` as belonging to no account until the next rotation drops it.
        with session.write() as s:
            account = s.get(Account, account_id)
            assert account is not None
            account.active = False
            slots.unregister_owner(s, slots.owner_of_account(account_id))
            session.audit(AuditAction.ACCOUNT_REMOVE, "account", account_id, s=s)
        keystore.write(session.folder, keys, session.data_key)
