"""kimbai.head: the audit chain's head (count, last hash) signed by the account that wrote it,
kept beside the keyslots, in every backup's manifest and on printed reports.

The database alone cannot show that its last events were cut off: a shorter chain is still a
chain. The head written after every committed audit event can: if the database holds fewer
events than the head, or its event number ``count`` has another hash, the trail was cut or
rewritten (storage/audit_check.py says which). The file is never moved back: a head with more
events than the database, or one the database does not fit, is kept as evidence instead of
being overwritten. It is small JSON, no personal data, replaced atomically under the keys' lock.
"""

from __future__ import annotations

import base64
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from kimbai_desktop import config
from kimbai_desktop.storage.files import atomic_write_bytes
from kimbai_desktop.storage.sealbox import AccountKeys, verify

FORMAT = "kimbai-audit-head"
VERSION = 1
_SIGNED = b"kimbai audit head v1\x1f"


@dataclass(frozen=True)
class Head:
    count: int
    hash: str
    signer: str = ""  # keyslot id whose account key signed the head
    signature: str = ""  # base64 Ed25519 over (db id, count, hash)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, raw: object) -> Head | None:
        try:
            d = dict(raw)  # type: ignore[call-overload]
            return cls(int(d["count"]), str(d["hash"]), str(d.get("signer", "")),
                       str(d.get("signature", "")))
        except (TypeError, ValueError, KeyError):
            return None

    def verified_by(self, db_id: str, verify_key: bytes) -> bool:
        try:
            signature = base64.b64decode(self.signature, validate=True)
        except ValueError:
            return False
        return verify(verify_key, signature, message(db_id, self.count, self.hash))


def message(db_id: str, count: int, hash_hex: str) -> bytes:
    return _SIGNED + f"{db_id}\x1f{count}\x1f{hash_hex}".encode("ascii")


def signed(keys: AccountKeys, db_id: str, count: int, hash_hex: str) -> Head:
    signature = keys.sign(message(db_id, count, hash_hex))
    return Head(count, hash_hex, keys.slot_id, base64.b64encode(signature).decode("ascii"))


def path_in(root: Path) -> Path:
    return Path(root) / config.AUDIT_HEAD_FILE


@dataclass(frozen=True)
class HeadFile:
    present: bool
    readable: bool
    db_id: str = ""
    head: Head | None = None


def read(root: Path) -> HeadFile:
    path = path_in(root)
    if not path.exists():
        return HeadFile(False, False)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError("format")
        head = Head.from_dict(raw.get("head"))
        if head is None:
            raise ValueError("head")
        return HeadFile(True, True, str(raw.get("db_id", "")), head)
    except (OSError, ValueError, AttributeError, UnicodeDecodeError):
        return HeadFile(True, False)


def write(root: Path, db_id: str, head: Head, *, durable: bool = False) -> None:
    """Replace kimbai.head (call under storage/keystore.locked). OSError on a full disk.

    Not synced to disk unless ``durable``: it is rewritten after every commit, and a head lost
    in a power cut only lags behind the database (a shorter prefix, which fits); two fsyncs per
    commit halved the writes per second."""
    data = json.dumps({"format": FORMAT, "version": VERSION, "db_id": db_id,
                       "head": head.to_dict()}, indent=1).encode("utf-8")
    if durable:
        atomic_write_bytes(path_in(root), data)
        return
    path = path_in(root)
    fd, tmp = tempfile.mkstemp(prefix=".kimbai-", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
