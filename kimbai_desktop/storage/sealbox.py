"""Sealing to a public key, and the key material of the account that signed in.

Every account's keyslot holds an X25519 key pair (storage/keyslots.py); its private half is opened
by the account's password. This module is what the rest of the program builds on with it:

- :func:`seal` / :func:`open_sealed`: encrypt bytes so that only the holder of one X25519 private
  key can read them (ephemeral X25519 + HKDF-SHA256 + AES-256-GCM, the same construction as the
  data-key seal of a keyslot), with a ``context`` bound in as associated data so a blob sealed for
  one purpose cannot be replayed for another. Used for case keys of sealed files, the teachers'
  inbox and the readers' figures.
- :class:`AccountKeys`: the opened private key of the signed-in account, with the Ed25519 signing
  key derived from it (HKDF, so a keyslot stays one key pair and a password change keeps both).

Hand-written around ``cryptography`` primitives because no well-kept library offers this exact
box with X25519 keys raw in our JSON (libsodium's sealed box would add a second crypto library
for 30 lines); the construction is the standard ECIES shape.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from kimbai_desktop.domain.errors import KimbaiError

_RAW = serialization.Encoding.Raw
_PUB = serialization.PublicFormat.Raw
_PRIV = serialization.PrivateFormat.Raw
_EPH, _NONCE = 32, 12
_BOX_INFO = b"kimbai sealed box v1"
_SIGNING_INFO = b"kimbai account signing key v1"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class SealBroken(KimbaiError):
    """A sealed blob that this key cannot open (not addressed to it, or changed)."""

    message = QT_TRANSLATE_NOOP(
        "Errors", "This protected content cannot be opened with your key: it was not shared with "
        "your account, or it was changed. Ask the principal or the counsellor.")


def seal(public: bytes, plaintext: bytes, *, context: bytes) -> bytes:
    """``plaintext`` readable only with the private key of ``public`` (32 raw bytes)."""
    ephemeral = X25519PrivateKey.generate()
    eph_public = ephemeral.public_key().public_bytes(_RAW, _PUB)
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(public))
    nonce = secrets.token_bytes(_NONCE)
    key = _box_key(shared, eph_public, public)
    return eph_public + nonce + AESGCM(key).encrypt(nonce, plaintext, context)


def open_sealed(private: bytes, blob: bytes, *, context: bytes) -> bytes:
    """Open what :func:`seal` made for this private key (32 raw bytes), or SealBroken."""
    try:
        key_pair = X25519PrivateKey.from_private_bytes(private)
        public = key_pair.public_key().public_bytes(_RAW, _PUB)
        eph_public, nonce, body = blob[:_EPH], blob[_EPH:_EPH + _NONCE], blob[_EPH + _NONCE:]
        shared = key_pair.exchange(X25519PublicKey.from_public_bytes(eph_public))
        return AESGCM(_box_key(shared, eph_public, public)).decrypt(nonce, body, context)
    except (InvalidTag, ValueError):
        raise SealBroken() from None


def _box_key(shared: bytes, eph_public: bytes, public: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=eph_public + public,
                info=_BOX_INFO).derive(shared)


def new_private_key() -> bytes:
    """A fresh X25519 private key, raw (for keys that are not a keyslot's)."""
    return X25519PrivateKey.generate().private_bytes(_RAW, _PRIV, serialization.NoEncryption())


def public_of(private: bytes) -> bytes:
    return X25519PrivateKey.from_private_bytes(private).public_key().public_bytes(_RAW, _PUB)


def signing_key_of(private: bytes) -> Ed25519PrivateKey:
    """The Ed25519 key that belongs with an X25519 private key (derived, never stored)."""
    seed = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                info=_SIGNING_INFO).derive(private)
    return Ed25519PrivateKey.from_private_bytes(seed)


def verify_key_of(private: bytes) -> bytes:
    return signing_key_of(private).public_key().public_bytes(_RAW, _PUB)


def verify(verify_key: bytes, signature: bytes, message: bytes) -> bool:
    """Whether ``signature`` is ``verify_key``'s over ``message`` (never raises)."""
    try:
        Ed25519PublicKey.from_public_bytes(verify_key).verify(signature, message)
    except (InvalidSignature, ValueError):
        return False
    return True


@dataclass(frozen=True)
class AccountKeys:
    """The opened key pair of the keyslot the user signed in with. Kept in memory only for the
    session; never logged, shown or written."""

    slot_id: str
    private: bytes = field(repr=False)

    @property
    def public(self) -> bytes:
        return public_of(self.private)

    @property
    def verify_key(self) -> bytes:
        return verify_key_of(self.private)

    def open(self, blob: bytes, *, context: bytes) -> bytes:
        return open_sealed(self.private, blob, context=context)

    def sign(self, message: bytes) -> bytes:
        return signing_key_of(self.private).sign(message)
