"""Password protection of the files that leave the program with personal data. No Qt here.

A PDF is encrypted with AES-256 (PDF 2.0 security handler, revision 6) by pikepdf (qpdf); an
.xlsx or .docx with the standard Office encryption (ECMA-376 Agile, AES-256, as Excel and Word
"Encrypt with Password" make) by msoffcrypto-tool. Both are well-kept libraries; nothing here
implements cryptography. Everything happens in memory: the clear document is never written to
disk, only the protected bytes are (atomically, by the caller). The password is used once and
kept nowhere: not in settings, the audit trail, logs or error texts.

The PDF's owner password (which would allow changing the permissions) is random and thrown away.
"""

from __future__ import annotations

import io
import secrets

from kimbai_desktop.domain.errors import ValidationError


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


MIN_LENGTH = 8
MAX_LENGTH = 128
TOO_SHORT = QT_TRANSLATE_NOOP(
    "Errors", "The password must have at least {minimum} characters. Type a longer one.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "The password must have at most {maximum} characters. Type a shorter one.")
NOT_SAME = QT_TRANSLATE_NOOP(
    "Errors", "The two passwords are not the same. Type them again.")
PASSWORD_NEEDED = QT_TRANSLATE_NOOP(
    "Errors", "This file holds personal data: choose a password to protect it, then save again.")
OFFICE_SUFFIXES = (".xlsx", ".docx")


def check_password(password: str, again: str | None = None) -> str:
    """``password`` if it can protect a file (long enough, typed the same twice); otherwise a
    ValidationError on the field "password" or "again"."""
    if len(password) < MIN_LENGTH:
        raise ValidationError({"password": TOO_SHORT}, minimum=MIN_LENGTH)
    if len(password) > MAX_LENGTH:
        raise ValidationError({"password": TOO_LONG}, maximum=MAX_LENGTH)
    if again is not None and again != password:
        raise ValidationError({"again": NOT_SAME})
    return password


def protect_pdf(data: bytes, password: str) -> bytes:
    """``data`` (a PDF) encrypted with AES-256: it opens only with ``password``."""
    import pikepdf

    check_password(password)
    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(data)) as pdf:
        pdf.save(out, encryption=pikepdf.Encryption(
            user=password, owner=secrets.token_urlsafe(32), R=6, aes=True,
            metadata=True))
    return out.getvalue()


def protect_office(data: bytes, password: str) -> bytes:
    """``data`` (an .xlsx or .docx) with the standard Office encryption: Excel or Word ask for
    ``password`` to open it."""
    from msoffcrypto.format.ooxml import OOXMLFile

    check_password(password)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def protect(data: bytes, password: str, suffix: str) -> bytes:
    """The protected form of a file of type ``suffix`` (".pdf", ".xlsx", ".docx")."""
    suffix = suffix.lower()
    if suffix == ".pdf":
        return protect_pdf(data, password)
    if suffix in OFFICE_SUFFIXES:
        return protect_office(data, password)
    raise ValueError(f"no protection for {suffix} files")
