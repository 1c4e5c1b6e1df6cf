"""The event's Ed25519 ticket-signing key pair.

The private key lives in its own file beside the database, readable by its
owner only; the public key lives inside the database, so a door laptop (or a
stolen one) can verify tickets but never mint them.
"""

from __future__ import annotations

import base64
import hashlib
import os
import stat
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from kiosk.core.errors import KioskError


def key_path(db_path: str | Path) -> Path:
    db_path = Path(db_path)
    return db_path.with_name(db_path.name + ".key")


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(public_raw).hexdigest()[:16]


def generate(path: Path) -> tuple[str, str]:
    """Write a new private key to ``path`` (mode 0600); return (public key base64, key id)."""
    private = Ed25519PrivateKey.generate()
    pem = private.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, pem)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.chmod(tmp, 0o600)
    os.replace(tmp, path)
    raw = private.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode("ascii"), key_id(raw)


def load_private(path: Path, expected_public_b64: str | None = None) -> Ed25519PrivateKey:
    """The signing key, refused (like ssh refuses one) when others may read or change its file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise KioskError("key.missing", path=path) from None
    except OSError as error:
        raise KioskError("key.unreadable", path=path, detail=error.strerror or str(error)) from None
    if not stat.S_ISREG(info.st_mode):
        raise KioskError("key.not_a_file", path=path)
    if info.st_mode & 0o077:
        raise KioskError("key.exposed", path=path, mode=f"{stat.S_IMODE(info.st_mode):04o}")
    try:
        private = serialization.load_pem_private_key(path.read_bytes(), password=None)
    except (ValueError, TypeError) as error:
        detail = str(error).split(". See ")[0]
        raise KioskError("key.unreadable", path=path, detail=detail) from None
    except OSError as error:
        raise KioskError("key.unreadable", path=path, detail=error.strerror or str(error)) from None
    if not isinstance(private, Ed25519PrivateKey):
        raise KioskError("key.mismatch", path=path)
    if expected_public_b64:
        raw = private.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        if base64.b64encode(raw).decode("ascii") != expected_public_b64:
            raise KioskError("key.mismatch", path=path)
    return private


def load_public(public_b64: str) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(base64.b64decode(public_b64))


def refuse_key_target(path: str | Path) -> None:
    """Refuse to write over a signing key, whatever its name (an `--out` typed one tab too far)."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except OSError:
        return  # nothing there (or nothing readable): nothing to protect
    if b"PRIVATE KEY-----" in head:  # ours (PKCS#8), or an SSH, RSA or EC key
        raise KioskError("key.overwrite", path=path)
