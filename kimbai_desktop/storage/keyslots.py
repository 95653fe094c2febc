"""The keyslot file: one random data key, opened by each account's password or the recovery key.

Design (security.md, "one data key, many keyslots"), with ``cryptography`` and ``argon2-cffi``:

- Each slot has its own X25519 key pair. The private key is wrapped with AES-256-GCM under a key
  derived from the password by Argon2id. The data key is sealed to the slot's *public* key
  (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM).
- So the data key can be re-sealed to every slot without knowing anyone's password: that is what
  key rotation needs (a departing staff member's slot is dropped, the database is re-keyed, and the
  new data key is sealed to the remaining slots; the old key opens nothing any more).
- A password change re-wraps one slot's private key; the database is untouched.
- The slot for an account is found by a lookup tag, HMAC-SHA256(file salt, account name), so the
  name is never written in clear and only one slot is tried (each try costs ~0.5 s of Argon2id).
- Associated data binds every ciphertext to the database id, the slot and its parameters; a
  SHA-256 checksum catches accidental damage on load, and a seal (HMAC under the data key) over
  the whole content catches deliberate edits at unlock.

The file holds no personal data and is replaced atomically (temporary sibling, fsync, rename),
always under the file lock of storage/keystore.py (read-modify-write inside it). Version 2 adds,
outside the seal (they change before anyone has the key): the wrong-password counters per account
(``attempts``) and the failed sign-ins waiting to be audited (``failed``); and, inside the seal, the
record of a key rotation under way (``rotation``). Version 1 files load unchanged.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kimbai_desktop.domain.errors import KeyFileDamaged, WrongPassword
from kimbai_desktop.domain.text import nfc
from kimbai_desktop.storage.files import atomic_write_bytes
from kimbai_desktop.storage.sealbox import AccountKeys

FORMAT = "kimbai-keyslots"
VERSION = 2
READABLE_VERSIONS = (1, 2)
_AAD_VERSION = "1"  # bound into every slot's ciphertext: never changes with the file version
KEY_BYTES = 32
RECOVERY_TAG = "recovery"
# Crockford base32: no I, L, O, U, so a key read aloud or copied by hand is unambiguous.
_CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_RAW = serialization.Encoding.Raw


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters. Default: 64 MiB, 3 passes (security.md's aim; ~0.15 s on this CI
    machine, several times that on an old office PC); :func:`new_slot_params` adds passes on a
    computer fast enough that these take well under half a second."""

    memory_kib: int = 64 * 1024
    time_cost: int = 3
    parallelism: int = 4


# Tests replace this with cheap parameters (tests/conftest.py); real slots always store their own.
DEFAULT_KDF = KdfParams()
TARGET_SECONDS = 0.5  # security.md: at least 64 MiB and 3 passes, tuned to about 0.5 s
MAX_TIME_COST = 12


def new_slot_params() -> KdfParams:
    """Parameters for a new slot: the default ones, with more passes when this computer derives
    them much faster than :data:`TARGET_SECONDS` (never fewer passes or less memory)."""
    if DEFAULT_KDF != KdfParams():
        return DEFAULT_KDF  # the tests' cheap parameters stay as they are
    return _tuned(DEFAULT_KDF)


@functools.cache
def _tuned(base: KdfParams) -> KdfParams:
    took = _measure(base)
    if took <= 0 or took >= 0.8 * TARGET_SECONDS:
        return base
    passes = round(base.time_cost * TARGET_SECONDS / took)
    return replace(base, time_cost=min(MAX_TIME_COST, max(base.time_cost, passes)))


def _measure(params: KdfParams) -> float:
    """Seconds one derivation takes here (once per process, when the first slot is made)."""
    start = time.perf_counter()
    _derive("calibration", b"\0" * 16, params)
    return time.perf_counter() - start


@dataclass(frozen=True)
class Slot:
    slot_id: str
    tag: str  # HMAC of the account name, or "recovery"
    salt: str
    memory_kib: int
    time_cost: int
    parallelism: int
    nonce: str
    wrapped_private: str  # the slot's X25519 private key under the password-derived key
    public: str  # the slot's X25519 public key
    ephemeral: str  # sender's ephemeral public key for the data-key seal
    key_nonce: str
    sealed_key: str  # the data key sealed to ``public``

    def params(self) -> KdfParams:
        return KdfParams(self.memory_kib, self.time_cost, self.parallelism)


@dataclass(frozen=True)
class Attempts:
    """Wrong passwords in a row for one lookup tag (an account name's HMAC, or "recovery")."""

    failures: int = 0
    last: str = ""  # ISO time of the latest one (UTC)


@dataclass(frozen=True)
class FailedSignIn:
    """One wrong password, written to the audit trail at the next unlock."""

    at: str  # ISO time (UTC)
    tag: str
    event_id: str = ""


@dataclass
class KeyslotFile:
    db_id: str
    tag_salt: str
    slots: list[Slot] = field(default_factory=list)
    mac: str = ""  # HMAC-SHA256 under the data key over the sealed content: detects edits
    from_disk: bool = False  # a file read from disk must carry a valid seal
    version: int = VERSION  # as read from disk (1: written by an earlier version)
    rotation: dict[str, Any] | None = None  # a key rotation under way (sealed)
    attempts: dict[str, Attempts] = field(default_factory=dict)  # not sealed: see module doc
    failed: list[FailedSignIn] = field(default_factory=list)  # not sealed
    attempts_damaged: bool = False  # the counters could not be read: see storage/throttle.py
    opened_slot_id: str = ""  # the slot the last :meth:`unwrap` opened
    opened_private: bytes = field(default=b"", repr=False)  # its X25519 private key (raw)
    # Private keys of the slots :meth:`add_slot` made in this process (never written): their
    # verify keys go into the list of legitimate slots, and set-up signs with the first one.
    added_private: dict[str, bytes] = field(default_factory=dict, repr=False)

    # -- creation and persistence -------------------------------------------------------------

    @classmethod
    def new(cls) -> KeyslotFile:
        return cls(db_id=secrets.token_hex(16), tag_salt=_b64(secrets.token_bytes(16)))

    @classmethod
    def load(cls, path: Path) -> KeyslotFile:
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
            if raw.get("format") != FORMAT or raw.get("version") not in READABLE_VERSIONS:
                raise ValueError("format")
            slots = [Slot(**s) for s in raw["slots"]]
            rotation = raw.get("rotation")
            if rotation is not None and not isinstance(rotation, dict):
                raise ValueError("rotation")
            ks = cls(db_id=str(raw["db_id"]), tag_salt=str(raw["tag_salt"]), slots=slots,
                     mac=str(raw["mac"]), from_disk=True, version=int(raw["version"]),
                     rotation=rotation)
            checksum = hashlib.sha256(ks._canonical()).hexdigest()
            if not hmac.compare_digest(str(raw["checksum"]), checksum):
                raise ValueError("checksum")
        except (OSError, ValueError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
            raise KeyFileDamaged() from None
        try:
            ks.attempts = {str(t): Attempts(max(0, int(a["failures"])), str(a.get("last", "")))
                           for t, a in dict(raw.get("attempts") or {}).items()}
            ks.failed = [FailedSignIn(str(f["at"]), str(f["tag"]), str(f.get("event_id", "")))
                         for f in list(raw.get("failed") or [])]
        except (ValueError, KeyError, TypeError, AttributeError):
            ks.attempts, ks.failed = {}, []
            ks.attempts_damaged = True  # the lock-out then applies a delay to every account
        return ks

    def save(self, path: Path, data_key: bytes) -> None:
        """Write the file; ``data_key`` seals it so that any later edit is detected on unlock.
        Call it through storage/keystore.py (under the file lock), never directly."""
        self.mac = hmac.new(data_key, self._canonical(), hashlib.sha256).hexdigest()
        self.save_unsealed_part(path)

    def save_unsealed_part(self, path: Path) -> None:
        """Write the file keeping the seal as it is: for the counters and failed sign-ins, which
        change before anyone has the key (the sealed content must not have changed)."""
        canonical = self._canonical()
        data: dict[str, Any] = {
            "format": FORMAT,
            "version": VERSION,
            "db_id": self.db_id,
            "tag_salt": self.tag_salt,
            "slots": [asdict(s) for s in self.slots],
            "checksum": hashlib.sha256(canonical).hexdigest(),
            "mac": self.mac,
            "attempts": {t: asdict(a) for t, a in sorted(self.attempts.items())},
            "failed": [asdict(f) for f in self.failed],
        }
        if self.rotation is not None:
            data["rotation"] = self.rotation
        atomic_write_bytes(path, json.dumps(data, indent=1).encode("utf-8"))
        self.version = VERSION

    def _canonical(self) -> bytes:
        content: dict[str, Any] = {"db_id": self.db_id, "tag_salt": self.tag_salt,
                                   "slots": [asdict(s) for s in self.slots]}
        if self.rotation is not None:  # absent in version 1: its seal stays valid
            content["rotation"] = self.rotation
        return json.dumps(content, sort_keys=True, separators=(",", ":")).encode("utf-8")

    def verify_seal(self, data_key: bytes) -> None:
        expected = hmac.new(data_key, self._canonical(), hashlib.sha256).hexdigest()
        if not hmac.compare_digest(expected, self.mac):
            raise KeyFileDamaged()

    # -- slots ---------------------------------------------------------------------------------

    def account_tag(self, username: str) -> str:
        salt = _unb64(self.tag_salt)
        return hmac.new(salt, nfc(username).encode("utf-8"), hashlib.sha256).hexdigest()

    def add_slot(self, tag: str, secret: str, data_key: bytes,
                 params: KdfParams | None = None) -> Slot:
        """A new slot opened by ``secret``; replaces an existing slot with the same tag."""
        params = params or new_slot_params()
        private = X25519PrivateKey.generate()
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        public = private.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
        slot = Slot(secrets.token_hex(8), tag, _b64(salt), params.memory_kib, params.time_cost,
                    params.parallelism, _b64(nonce), "", _b64(public), "", "", "")
        private_raw = private.private_bytes(_RAW, serialization.PrivateFormat.Raw,
                                            serialization.NoEncryption())
        wrapped = AESGCM(_derive(secret, salt, params)).encrypt(nonce, private_raw,
                                                                self._aad(slot, "private"))
        slot = self._seal_to(replace(slot, wrapped_private=_b64(wrapped)), data_key)
        self.slots = [s for s in self.slots if s.tag != tag] + [slot]
        self.added_private[slot.slot_id] = private_raw
        return slot

    def added_keys(self, slot_id: str) -> AccountKeys:
        """The key pair of a slot made by :meth:`add_slot` in this process."""
        return AccountKeys(slot_id, self.added_private[slot_id])

    def verify_key_b64(self, slot_id: str) -> str:
        """The Ed25519 verify key (base64) of a slot made here, for the list of slots."""
        return _b64(self.added_keys(slot_id).verify_key)

    def change_secret(self, tag: str, old_secret: str, new_secret: str,
                      params: KdfParams | None = None) -> None:
        """Re-wrap one slot's private key under a new secret (a password change)."""
        slot = self.find(tag)
        if slot is None:
            raise WrongPassword()
        private = self._open_private(slot, old_secret)
        params = params or new_slot_params()
        salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
        updated = replace(slot, salt=_b64(salt), nonce=_b64(nonce), memory_kib=params.memory_kib,
                          time_cost=params.time_cost, parallelism=params.parallelism)
        wrapped = AESGCM(_derive(new_secret, salt, params)).encrypt(
            nonce, private, self._aad(updated, "private"))
        updated = replace(updated, wrapped_private=_b64(wrapped))
        self.slots = [updated if s.tag == tag else s for s in self.slots]

    def reseal_all(self, new_data_key: bytes) -> None:
        """Seal a new data key to every slot; no password is needed (key rotation)."""
        self.slots = [self._seal_to(s, new_data_key) for s in self.slots]

    def add_account(self, username: str, password: str, data_key: bytes) -> Slot:
        return self.add_slot(self.account_tag(username), password, data_key)

    def add_recovery(self, recovery_key: str, data_key: bytes) -> Slot:
        return self.add_slot(RECOVERY_TAG, normalize_recovery_key(recovery_key), data_key)

    def remove(self, tag: str) -> None:
        self.slots = [s for s in self.slots if s.tag != tag]

    def find(self, tag: str) -> Slot | None:
        return next((s for s in self.slots if s.tag == tag), None)

    def count_tag(self, tag: str) -> int:
        """More than one slot with one tag is never written by KimBai (a hand edit)."""
        return sum(1 for s in self.slots if s.tag == tag)

    def unwrap(self, tag: str, secret: str) -> bytes:
        """The data key, or WrongPassword (unknown tag or wrong secret: indistinguishable).
        Every slot with ``tag`` is tried (KimBai writes one; a hand edit may add another), and
        the one that opened is ``opened_slot_id``: whether it may sign in is decided against
        the list of legitimate slots inside the database (services/slots.py)."""
        self.opened_slot_id, self.opened_private = "", b""
        candidates = [s for s in self.slots if s.tag == tag]
        if not candidates:
            # Spend the same time as a real attempt so account names cannot be probed by timing.
            _derive(secret, b"\0" * 16, new_slot_params())
            raise WrongPassword()
        for slot in candidates:
            try:
                private_raw = self._open_private(slot, secret)
            except WrongPassword:
                continue
            break
        else:
            raise WrongPassword()
        private = X25519PrivateKey.from_private_bytes(private_raw)
        try:
            shared = private.exchange(X25519PublicKey.from_public_bytes(_unb64(slot.ephemeral)))
            key = AESGCM(_hkdf(shared)).decrypt(_unb64(slot.key_nonce), _unb64(slot.sealed_key),
                                                self._aad(slot, "data-key"))
        except (InvalidTag, ValueError):
            raise KeyFileDamaged() from None
        if len(key) != KEY_BYTES:
            raise KeyFileDamaged()
        if self.from_disk:
            self.verify_seal(key)
        self.opened_slot_id, self.opened_private = slot.slot_id, private_raw
        return key

    def opened_keys(self) -> AccountKeys:
        """The key pair of the slot the last :meth:`unwrap` opened (storage/sealbox.py)."""
        if not self.opened_slot_id:
            raise WrongPassword()
        return AccountKeys(self.opened_slot_id, self.opened_private)

    def unwrap_account(self, username: str, password: str) -> bytes:
        return self.unwrap(self.account_tag(username), password)

    def unwrap_recovery(self, recovery_key: str) -> bytes:
        return self.unwrap(RECOVERY_TAG, normalize_recovery_key(recovery_key))

    # -- internals -------------------------------------------------------------------------------

    def _open_private(self, slot: Slot, secret: str) -> bytes:
        try:
            kek = _derive(secret, _unb64(slot.salt), slot.params())
            return AESGCM(kek).decrypt(_unb64(slot.nonce), _unb64(slot.wrapped_private),
                                       self._aad(slot, "private"))
        except (InvalidTag, ValueError):
            raise WrongPassword() from None

    def _seal_to(self, slot: Slot, data_key: bytes) -> Slot:
        ephemeral = X25519PrivateKey.generate()
        shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(_unb64(slot.public)))
        eph_public = ephemeral.public_key().public_bytes(_RAW, serialization.PublicFormat.Raw)
        nonce = secrets.token_bytes(12)
        updated = replace(slot, ephemeral=_b64(eph_public), key_nonce=_b64(nonce))
        sealed = AESGCM(_hkdf(shared)).encrypt(nonce, data_key, self._aad(updated, "data-key"))
        return replace(updated, sealed_key=_b64(sealed))

    def _aad(self, slot: Slot, purpose: str) -> bytes:
        fields = [FORMAT, _AAD_VERSION, purpose, self.db_id, slot.slot_id, slot.tag, slot.public]
        if purpose == "private":
            fields += [slot.salt, str(slot.memory_kib), str(slot.time_cost), str(slot.parallelism)]
        else:
            fields += [slot.ephemeral]
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
    return cleaned.translate(str.maketrans("OIL", "011"))


def _derive(secret: str, salt: bytes, params: KdfParams) -> bytes:
    return hash_secret_raw(
        nfc(secret).encode("utf-8"), salt, time_cost=params.time_cost,
        memory_cost=params.memory_kib, parallelism=params.parallelism,
        hash_len=KEY_BYTES, type=Type.ID,
    )


def _hkdf(shared: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None,
                info=b"kimbai data key seal").derive(shared)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.b64decode(text.encode("ascii"), validate=True)


