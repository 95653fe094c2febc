"""The handover package format (storage/handover_file.py) on its own: passphrase, header,
refusals before any expensive work."""

from __future__ import annotations

import json
import struct
from datetime import datetime

import pytest

from kimbai_desktop.storage import handover_file as hf

NOW = datetime(2024, 11, 20, 3, 0)


def _package(**kw):
    key = hf.new_signing_key()
    values = dict(passphrase=hf.new_passphrase(), signing_key=key, package_id="p1", created=NOW,
                  school_name="Trường Tiểu học Thử", school_code="THT", school_year="2024-2025")
    values.update(kw)
    return hf.write_package({"a": "bí mật"}, **values), values


def test_passphrase_is_200_bits_in_8_groups_and_typing_slips_are_forgiven():
    p = hf.new_passphrase()
    groups = p.split("-")
    assert len(groups) == 8 and all(len(g) == 5 for g in groups)
    assert len({hf.new_passphrase() for _ in range(50)}) == 50
    data, values = _package(passphrase=p)
    typed = " ".join(groups).lower().replace("0", "o").replace("1", "l")
    header, content = hf.open_package(data, typed)
    assert content == {"a": "bí mật"} and header.school_code == "THT"
    assert header.public_key == hf.public_of(values["signing_key"])


def test_header_is_versioned_and_holds_no_content():
    data, _ = _package()
    (length,) = struct.unpack(">I", data[len(hf.MAGIC):len(hf.MAGIC) + 4])
    header = json.loads(data[len(hf.MAGIC) + 4:len(hf.MAGIC) + 4 + length])
    assert header["format"] == hf.FORMAT and header["version"] == hf.VERSION
    assert set(header) == {"format", "version", "package_id", "created", "school",
                           "school_year", "public_key", "kdf", "cipher"}
    assert header["kdf"]["alg"] == "argon2id" and "salt" in header["kdf"]


def test_a_crafted_header_asking_for_huge_argon2_memory_is_refused():
    """Re-signed by the attacker's own key: the signature is valid, the parameters are not."""
    key = hf.new_signing_key()
    data, values = _package(signing_key=key)
    (length,) = struct.unpack(">I", data[len(hf.MAGIC):len(hf.MAGIC) + 4])
    start = len(hf.MAGIC) + 4
    header = json.loads(data[start:start + length])
    header["kdf"]["memory_kib"] = 64 * 1024 * 1024
    head = json.dumps(header, sort_keys=True).encode()
    prefix = hf.MAGIC + struct.pack(">I", len(head)) + head
    body = data[start + length:-hf.SIGNATURE_BYTES]
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    signed = prefix + body
    forged = signed + Ed25519PrivateKey.from_private_bytes(key).sign(signed)
    with pytest.raises(hf.PackageDamaged):
        hf.open_package(forged, values["passphrase"])


def test_empty_and_foreign_files():
    with pytest.raises(hf.PackageTruncated):
        hf.read_header(b"")
    with pytest.raises(hf.PackageTruncated):
        hf.read_header(hf.MAGIC[:5])
    with pytest.raises(hf.NotAPackage):
        hf.read_header(b"SQLite format 3\x00" + b"\x00" * 100)
    data, values = _package()
    with pytest.raises(hf.PackageDamaged):
        hf.open_package(data + b"x", values["passphrase"])  # appended garbage
