"""The names of the outside bodies (cơ quan, tổ chức liên quan) kept in Cài đặt: loaded over
the defaults in force (domain/agencies.py, filled with the school's commune), validated and
stored by the principal. A school set up before these settings simply has no rows: it reads
the defaults, so nothing needs migrating, and documents it issued before are not stored as
text (only their register rows, which name no agency), so they stay as they were."""

from __future__ import annotations

import json
from dataclasses import replace

from kimbai_desktop.domain.access import AuditAction, Permission
from kimbai_desktop.domain.agencies import FIELDS, Agencies, default_agencies, validate_agencies
from kimbai_desktop.services.session import AppSession
from kimbai_desktop.storage.models import Setting

_PREFIX = "agency."


def defaults_for(session: AppSession) -> Agencies:
    """The defaults for this school's commune (from its profile)."""
    p = session.school_profile()
    return default_agencies(p.superior_body, p.place_name)


def load_agencies(session: AppSession) -> Agencies:
    """Stored names over the defaults; an empty or unreadable value falls back to its default."""
    values: dict[str, str] = {}
    with session.db() as s:
        for name in FIELDS:
            row = s.get(Setting, _PREFIX + name)
            if row is None:
                continue
            try:
                value = json.loads(row.value)
            except ValueError:
                continue
            if isinstance(value, str) and value.strip():
                values[name] = value
    return replace(defaults_for(session), **values)


def save_agencies(session: AppSession, agencies: Agencies) -> Agencies:
    """Validate and store (principal only); audited with the names of the changed fields."""
    session.require(Permission.EDIT_SETTINGS, "settings")
    clean = validate_agencies(agencies)
    current = load_agencies(session)
    changed = [n for n in FIELDS if getattr(clean, n) != getattr(current, n)]
    if not changed:
        return current
    with session.write() as s:
        for name in changed:
            row = s.get(Setting, _PREFIX + name)
            value = json.dumps(getattr(clean, name), ensure_ascii=False)
            if row is None:
                s.add(Setting(key=_PREFIX + name, value=value))
            else:
                row.value = value
        session.audit(AuditAction.SETTINGS_CHANGE, "settings", "",
                      ",".join("agency." + n for n in changed), s=s)
    return clean
