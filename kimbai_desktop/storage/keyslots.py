"""The keyslot file: one random data key, wrapped once per account and once for the recovery key.

Each slot wraps the 32-byte data key with AES-256-GCM (``cryptography``) under a key derived from
the password with Argon2id (``argon2-cffi``). The file beside the database holds no personal data:
a random database id, and per slot a random id, a lookup tag, salt, KDF parameters, nonce and the
wrapped key. The lookup tag is HMAC-SHA256(file salt, account name), so the slot for an account can
be found without trying every slot (each try costs ~0.5 s) and without writing the name in clear.
The slot's associated data binds the ciphertext to the database id, slot id, tag and parameters,
so any edit to the file makes unwrapping fail (detected, never silently wrong).

The file is replaced atomically (write to a temporary sibling, fsync, rename).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kimbai_desktop.domain.errors import KeyFileDamaged, WrongPassword
from kimbai_desktop.domain.text import nfc

FORMAT = "kimbai-keyslots"
VERSION = 1
KEY_BYTES = 32
RECOVERY_TAG = "recovery"
# Crockford base32: no I, L, O, U, so a key read aloud or copied by hand is unambiguous.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. Default: 64 MiB, 3 passes (security.md; about 0.3-0.5 s here)."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 4


# Tests replace this with cheap parameters (tests/conftest.py); real slots always store their own.
DEFAULT_KDF = KdfParams()
MIN_KDF = KdfParams(memory_kib=8, time_cost=1, parallelism=1)


@dataclass(frozen=True)
class Slot:
    slot_id: str
    tag: str  # HMAC of the account name, or "recovery"
    salt: str
    memory_kib: int
    time_cost: int
    parallelism: int
    nonce: str
    wrapped: str

    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.time_cost, self.parallelism)


@dataclass
class KeyslotFile:
    db_id: str
    tag_salt: str
    slots: list[Slot] = field(default_factory=list)
    mac: str = ""  # HMAC-SHA256 under the data key over the whole content: detects edits
    from_disk: bool = False  # a file read from disk must carry a valid seal

    # -- creation and persistence -------------------------------------------------------------

    @classmethod
    def new(cls) -> KeyslotFile:
        return cls(db_id=secrets.token_hex(16), tag_salt=_b64(secrets.token_bytes(16)))

    @classmethod
    def load(cls, path: Path) -> KeyslotFile:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT or raw.get("version") != VERSION:
                raise ValueError("format")
            slots = [Slot(**s) for s in raw["slots"]]
            for s in slots:
                _unb64(s.salt), _unb64(s.nonce), _unb64(s.wrapped)
            ks = cls(db_id=str(raw["db_id"]), tag_salt=str(raw["tag_salt"]), slots=slots,
                     mac=str(raw["mac"]), from_disk=True)
            _unb64(ks.tag_salt)
            if not hmac.compare_digest(str(raw["checksum"]), hashlib.sha256(ks._canonical()).hexdigest()):
                raise ValueError("checksum")
            return ks
        except FileNotFoundError:
            raise KeyFileDamaged() from None
        except (OSError, ValueError, KeyError, TypeError, UnicodeDecodeError):
            raise KeyFileDamaged() from None

    def save(self, path: Path, data_key: bytes) -> None:
        """Write the file; ``data_key`` seals it so that any later edit is detected on unlock."""
        canonical = self._canonical()
        self.mac = hmac.new(data_key, canonical, hashlib.sha256).hexdigest()
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "db_id": self.db_id,
            "tag_salt": self.tag_salt,
            "slots": [asdict(s) for s in self.slots],
            "checksum": hashlib.sha256(canonical).hexdigest(),
            "mac": self.mac,
        }
        atomic_write_bytes(path, json.dumps(data, indent=1).encode("utf-8"))

    def _canonical(self) -> bytes:
        content = {"db_id": self.db_id, "tag_salt": self.tag_salt,
                   "slots": [asdict(s) for s in self.slots]}
        return json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def verify_seal(self, data_key: bytes) -> None:
        expected = hmac.new(data_key, self._canonical(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, self.mac):
            raise KeyFileDamaged()

    # -- slots ---------------------------------------------------------------------------------

    def account_tag(self, username: str) -> str:
        return hmac.new(_unb64(self.tag_salt), nfc(username).encode("utf-8"), hashlib.sha256).hexdigest()

    def add_slot(self, tag: str, secret: str, data_key: bytes, params: KdfParams | None = None) -> Slot:
        """Wrap ``data_key`` under ``secret``; replaces an existing slot with the same tag."""
        params = params or DEFAULT_KDF
        salt = secrets.token_bytes(16)
        nonce = secrets.token_bytes(12)
        slot_id = secrets.token_hex(8)
        kek = _derive(secret, salt, params)
        partial = Slot(slot_id, tag, _b64(salt), params.memory_kib, params.time_cost,
                       params.parallelism, _b64(nonce), "")
        wrapped = AESGCM(kek).encrypt(nonce, data_key, self._aad(partial))
        slot = Slot(**{**asdict(partial), "wrapped": _b64(wrapped)})
        self.slots = [s for s in self.slots if s.tag != tag] + [slot]
        return slot

    def add_account(self, username: str, password: str, data_key: bytes) -> Slot:
        return self.add_slot(self.account_tag(username), password, data_key)

    def add_recovery(self, recovery_key: str, data_key: bytes) -> Slot:
        return self.add_slot(RECOVERY_TAG, normalize_recovery_key(recovery_key), data_key)

    def remove(self, tag: str) -> None:
        self.slots = [s for s in self.slots if s.tag != tag]

    def find(self, tag: str) -> Slot | None:
        return next((s for s in self.slots if s.tag == tag), None)

    def unwrap(self, tag: str, secret: str) -> bytes:
        """The data key, or WrongPassword (unknown tag or wrong secret: indistinguishable)."""
        slot = self.find(tag)
        if slot is None:
            # Spend the same time as a real attempt so account names cannot be probed by timing.
            _derive(secret, b"\0" * 16, DEFAULT_KDF)
            raise WrongPassword()
        try:
            kek = _derive(secret, _unb64(slot.salt), slot.params())
            key = AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped), self._aad(slot))
        except (InvalidTag, ValueError):
            raise WrongPassword() from None
        if len(key) != KEY_BYTES:
            raise KeyFileDamaged()
        if self.from_disk:
            self.verify_seal(key)
        return key

    def unwrap_account(self, username: str, password: str) -> bytes:
        return self.unwrap(self.account_tag(username), password)

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        return self.unwrap(RECOVERY_TAG, normalize_recovery_key(recovery_key))

    def _aad(self, slot: Slot) -> bytes:
        fields = [FORMAT, str(VERSION), self.db_id, slot.slot_id, slot.tag, slot.salt,
                  str(slot.memory_kib), str(slot.time_cost), str(slot.parallelism)]
        return "\x1f".join(fields).encode("utf-8")


def new_data_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def new_recovery_key() -> str:
    """260 random bits as 52 Crockford base32 characters in 13 groups of 4."""
    value = secrets.randbits(260)
    chars = "".join(_CROCKFORD[(value >> (5 * i)) & 31] for i in range(52))
    return "-".join(chars[i : i + 4] for i in range(0, 52, 4))


def normalize_recovery_key(text: str) -> str:
    """Accept what a person types back from paper: spaces, dashes, lower case, O/I/L look-alikes."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    return cleaned.translate(str.maketrans({"O": "0", "I": "1", "L": "1"}))


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        nfc(secret).encode("utf-8"), salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so that readers see the old or the new file, never a half."""
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    try:
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    _fsync_dir(path.parent)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
