"""The handover package file (gói hồ sơ chuyển trường): header, encryption, signature.

Layout: ``MAGIC`` | header length (4 bytes, big-endian) | header (JSON, ASCII, no personal data:
format, version, created, package id, school name and code, school year, signing public key,
Argon2id parameters and salt, nonce) | AES-256-GCM ciphertext of the zlib-compressed content
(associated data: everything before it) | Ed25519 signature (64 bytes) over everything before it.

Built from the `cryptography` package's AES-GCM and Ed25519 and `argon2-cffi`'s Argon2id, the
same constructions as the keyslot file; only the framing is ours. The one-time passphrase is 200
random bits written as 8 groups of 5 Crockford base32 characters (storage/keyslots.py's alphabet).
"""

from __future__ import annotations

import base64
import json
import secrets
import struct
import zlib
from dataclasses import dataclass
from datetime import datetime

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from kimbai_desktop.domain.errors import KimbaiError
from kimbai_desktop.storage import keyslots
from kimbai_desktop.storage.keyslots import _CROCKFORD, normalize_recovery_key


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MAGIC = b"KIMBAI-HANDOVER\n"
FORMAT = "kimbai-handover"
VERSION = 1
SIGNATURE_BYTES = 64
PASSPHRASE_GROUPS, GROUP_CHARS = 8, 5  # 40 characters x 5 bits = 200 bits
MAX_HEADER = 16 * 1024
# A package's own Argon2id parameters are read from its header: refuse absurd ones (a crafted
# file must not make the program take all memory).
MAX_MEMORY_KIB, MAX_TIME_COST = 1024 * 1024, 20
_RAW = serialization.Encoding.Raw


class PackageError(KimbaiError):
    """A package that cannot be opened: nothing was written."""


class NotAPackage(PackageError):
    message = QT_TRANSLATE_NOOP("Errors", "This file is not a KimBai handover package. Check that you chose the file the other school sent (it ends in .kimbai-handover).")


class PackageDamaged(PackageError):
    message = QT_TRANSLATE_NOOP("Errors", "The handover package is damaged or was changed after the sending school made it (its signature does not match). Nothing was imported. Ask the sending school to send the file again.")


class PackageTruncated(PackageError):
    message = QT_TRANSLATE_NOOP("Errors", "The handover package is incomplete (the file was cut short, perhaps while copying). Nothing was imported. Copy the file again from the sending school's USB drive or e-mail.")


class PackageTooNew(PackageError):
    message = QT_TRANSLATE_NOOP("Errors", "This handover package was made by a newer version of KimBai Desktop (format {version}). Nothing was imported. Update KimBai Desktop, then import it again.")


class WrongPassphrase(PackageError):
    message = QT_TRANSLATE_NOOP("Errors", "The handover passphrase is not correct. Type it again exactly as printed on the handover slip (8 groups of 5 letters and digits; dashes and spaces do not matter).")


@dataclass(frozen=True)
class Header:
    version: int
    package_id: str
    created: datetime  # UTC, naive
    school_name: str
    school_code: str
    school_year: str
    public_key: bytes  # Ed25519, 32 bytes

    @property
    def fingerprint(self) -> str:
        return key_fingerprint(self.public_key)


def key_fingerprint(public: bytes) -> str:
    """A short form of a signing key for people to compare (16 Crockford characters)."""
    import hashlib

    digest = int.from_bytes(hashlib.sha256(public).digest()[:10], "big")
    chars = "".join(_CROCKFORD[(digest >> (5 * i)) & 31] for i in range(16))
    return "-".join(chars[i:i + 4] for i in range(0, 16, 4))


def new_passphrase() -> str:
    """200 random bits: ``XXXXX-XXXXX-...`` (8 groups), easy to type back from paper."""
    value = secrets.randbits(PASSPHRASE_GROUPS * GROUP_CHARS * 5)
    chars = "".join(_CROCKFORD[(value >> (5 * i)) & 31]
                    for i in range(PASSPHRASE_GROUPS * GROUP_CHARS))
    return "-".join(chars[i:i + GROUP_CHARS] for i in range(0, len(chars), GROUP_CHARS))


def normalize_passphrase(text: str) -> str:
    return normalize_recovery_key(text)


def new_signing_key() -> bytes:
    return Ed25519PrivateKey.generate().private_bytes(
        _RAW, serialization.PrivateFormat.Raw, serialization.NoEncryption())


def public_of(private: bytes) -> bytes:
    return Ed25519PrivateKey.from_private_bytes(private).public_key().public_bytes(
        _RAW, serialization.PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str):
        raise ValueError("not base64 text")
    return base64.b64decode(text.encode("ascii"), validate=True)


def _derive(passphrase: str, salt: bytes, kdf: keyslots.KdfParams) -> bytes:
    return hash_secret_raw(normalize_passphrase(passphrase).encode("ascii"), salt,
                           time_cost=kdf.time_cost, memory_cost=kdf.memory_kib,
                           parallelism=kdf.parallelism, hash_len=32, type=Type.ID)


def write_package(content: dict[str, object], *, passphrase: str, signing_key: bytes,
                  package_id: str, created: datetime, school_name: str, school_code: str,
                  school_year: str, version: int = VERSION) -> bytes:
    """The whole package as bytes (the caller writes them atomically)."""
    kdf = keyslots.DEFAULT_KDF
    salt, nonce = secrets.token_bytes(16), secrets.token_bytes(12)
    header = {
        "format": FORMAT, "version": version, "package_id": package_id,
        "created": created.replace(tzinfo=None).isoformat(timespec="seconds"),
        "school": {"name": school_name, "code": school_code}, "school_year": school_year,
        "public_key": _b64(public_of(signing_key)),
        "kdf": {"alg": "argon2id", "memory_kib": kdf.memory_kib, "time_cost": kdf.time_cost,
                "parallelism": kdf.parallelism, "salt": _b64(salt)},
        "cipher": {"alg": "aes-256-gcm", "nonce": _b64(nonce)},
    }
    head = json.dumps(header, ensure_ascii=True, sort_keys=True).encode("ascii")
    prefix = MAGIC + struct.pack(">I", len(head)) + head
    plain = zlib.compress(json.dumps(content, ensure_ascii=False).encode("utf-8"), 9)
    body = AESGCM(_derive(passphrase, salt, kdf)).encrypt(nonce, plain, prefix)
    signed = prefix + body
    signature = Ed25519PrivateKey.from_private_bytes(signing_key).sign(signed)
    return signed + signature


def _split(data: bytes) -> tuple[bytes, dict[str, object], bytes, bytes]:
    if not data.startswith(MAGIC):
        if MAGIC.startswith(data):
            raise PackageTruncated()
        raise NotAPackage()
    start = len(MAGIC) + 4
    if len(data) < start:
        raise PackageTruncated()
    (length,) = struct.unpack(">I", data[len(MAGIC):start])
    if length > MAX_HEADER:
        raise PackageDamaged()
    if len(data) < start + length + SIGNATURE_BYTES + 16:
        raise PackageTruncated()
    try:
        header = json.loads(data[start:start + length].decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise PackageDamaged() from None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        raise PackageDamaged()
    return data[:start + length], header, data[start + length:-SIGNATURE_BYTES], \
        data[-SIGNATURE_BYTES:]


def read_header(data: bytes) -> Header:
    """The header, once the signature is checked against the key it names. Raises a
    :class:`PackageError` for a file that is not a package, is cut short, newer or changed."""
    prefix, header, body, signature = _split(data)
    version = header.get("version")
    if not isinstance(version, int):
        raise PackageDamaged()
    if version > VERSION:
        raise PackageTooNew(version=version)
    try:
        public = _unb64(header["public_key"])
        Ed25519PublicKey.from_public_bytes(public).verify(signature, prefix + body)
        school = header["school"]
        assert isinstance(school, dict)
        return Header(version, str(header["package_id"]),
                      datetime.fromisoformat(str(header["created"])), str(school["name"]),
                      str(school["code"]), str(header["school_year"]), public)
    except InvalidSignature:
        # A signature that does not match: changed, or cut short and padded back.
        raise PackageDamaged() from None
    except (KeyError, ValueError, TypeError, AssertionError):
        raise PackageDamaged() from None


def open_package(data: bytes, passphrase: str) -> tuple[Header, dict[str, object]]:
    """Check the signature, then decrypt with the passphrase."""
    head = read_header(data)
    prefix, header, body, _ = _split(data)
    try:
        kdf_raw = header["kdf"]
        cipher = header["cipher"]
        assert isinstance(kdf_raw, dict) and isinstance(cipher, dict)
        kdf = keyslots.KdfParams(int(kdf_raw["memory_kib"]), int(kdf_raw["time_cost"]),
                                 int(kdf_raw["parallelism"]))
        salt, nonce = _unb64(kdf_raw["salt"]), _unb64(cipher["nonce"])
    except (KeyError, ValueError, TypeError, AssertionError):
        raise PackageDamaged() from None
    if not (8 <= kdf.memory_kib <= MAX_MEMORY_KIB and 1 <= kdf.time_cost <= MAX_TIME_COST
            and 1 <= kdf.parallelism <= 16):
        raise PackageDamaged()
    cleaned = normalize_passphrase(passphrase)
    if len(cleaned) != PASSPHRASE_GROUPS * GROUP_CHARS or any(c not in _CROCKFORD
                                                              for c in cleaned):
        raise WrongPassphrase()
    try:
        plain = AESGCM(_derive(cleaned, salt, kdf)).decrypt(nonce, body, prefix)
    except InvalidTag:
        raise WrongPassphrase() from None
    try:
        content = json.loads(zlib.decompress(plain).decode("utf-8"))
    except (zlib.error, UnicodeDecodeError, ValueError):
        raise PackageDamaged() from None
    if not isinstance(content, dict):
        raise PackageDamaged()
    return head, content
