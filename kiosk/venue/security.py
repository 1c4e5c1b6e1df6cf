"""TLS and credentials: the hub's self-signed certificate (pinned by every copy) and NKeys.

One NKey per exported copy: the copy holds its seed, the master only its public key
(in ``venue_machines``), so revoking a lost laptop is removing one line of the server's
configuration. The ticket signing key is not involved and never leaves the master.
"""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import ipaddress
import os
import socket
import ssl
from pathlib import Path

import nats.aio.client
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import NameOID

# NKeys (https://docs.nats.io, "NKeys"): Ed25519 keys written in base32 with a role prefix and
# a CRC-16 (XMODEM) checksum. Written here with `cryptography` (already a dependency).
_PREFIX_SEED = 18 << 3  # 'S'
_PREFIX_USER = 20 << 3  # 'U'


def _crc16(data: bytes) -> bytes:
    crc = 0
    for byte in data:
        crc ^= byte << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) if crc & 0x8000 else crc << 1
            crc &= 0xFFFF
    return crc.to_bytes(2, "little")


def _b32(data: bytes) -> str:
    return base64.b32encode(data + _crc16(data)).decode().rstrip("=")


def _raw_seed(seed: str) -> bytes:
    data = base64.b32decode(seed + "=" * (-len(seed) % 8))
    body, crc = data[:-2], data[-2:]
    if _crc16(body) != crc or body[0] & 0xF8 != _PREFIX_SEED or len(body) != 34:
        raise ValueError("not an NKey seed")
    return body[2:]


def new_user() -> tuple[str, str]:
    """A fresh NKey user: (seed, public key)."""
    raw = os.urandom(32)
    seed = _b32(bytes([_PREFIX_SEED | _PREFIX_USER >> 5, (_PREFIX_USER & 31) << 3]) + raw)
    return seed, public_of(seed)


def public_of(seed: str) -> str:
    key = Ed25519PrivateKey.from_private_bytes(_raw_seed(seed)).public_key()
    return _b32(bytes([_PREFIX_USER]) + key.public_bytes(serialization.Encoding.Raw,
                                                         serialization.PublicFormat.Raw))


class Client(nats.aio.client.Client):
    """nats-py's client, signing the server's nonce with our NKeys code (nats-py would import
    the `nkeys` package, which ships as source only and needs PyNaCl)."""

    def _setup_nkeys_seed_connect(self) -> None:
        seed = (self._nkeys_seed_str or "").strip()
        key = Ed25519PrivateKey.from_private_bytes(_raw_seed(seed))
        self._public_nkey = public_of(seed)
        self._signature_cb = lambda nonce: base64.b64encode(key.sign(nonce.encode()))

    async def _attempt_reconnect(self) -> None:
        """Leave a stale server at once. nats-py waits for the TLS close to be answered, and a
        frozen or unplugged server never answers: 30 s (asyncio's SSL shutdown timeout)
        before it tried another node of the hub."""
        transport = self._transport
        writer = getattr(transport, "_io_writer", None)
        if writer is not None:
            closing = transport.wait_closed

            async def bounded() -> None:
                try:
                    await asyncio.wait_for(closing(), 1.0)
                except TimeoutError:
                    writer.transport.abort()

            transport.wait_closed = bounded
        await super()._attempt_reconnect()


def local_addresses() -> list[str]:
    """This machine's names and addresses, for the certificate (a door may use any)."""
    names = {"localhost", "127.0.0.1", socket.gethostname()}
    try:
        names.update(i[4][0] for i in socket.getaddrinfo(socket.gethostname(), None))
    except OSError:
        pass
    names.add(primary_address())
    return sorted(names)


def primary_address() -> str:
    """The address other machines reach this one at (no packet is sent)."""
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("10.255.255.255", 1))
            return probe.getsockname()[0]
    except OSError:
        return "127.0.0.1"


def make_certificate(cert_path: Path, key_path: Path, names: list[str]) -> None:
    """A self-signed certificate for the hub (ten years; copies pin it, no CA involved)."""
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "kiosk venue hub")])
    alt: list[x509.GeneralName] = []
    for name in names:
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    os.chmod(key_path, 0o600)
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))


def client_context(cert_pem: str) -> ssl.SSLContext:
    """TLS that trusts exactly the hub's certificate (pinned), whatever address it is reached at."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_verify_locations(cadata=cert_pem)
    context.check_hostname = False  # the only trusted certificate is the hub's own
    context.verify_mode = ssl.CERT_REQUIRED
    return context


def sign_certificate(ca_cert_pem: bytes, ca_key_pem: bytes, names: list[str],
                     common_name: str) -> tuple[str, str]:
    """A certificate for a node of the hub, signed by the hub's own (a CA certificate): a copy
    pinning the hub's certificate trusts every node, and the nodes trust each other's routes.
    Returns (certificate, key) as PEM; the hub's key stays on the master."""
    issuer = x509.load_pem_x509_certificate(ca_cert_pem)
    ca_key = serialization.load_pem_private_key(ca_key_pem, password=None)
    key = ec.generate_private_key(ec.SECP256R1())
    alt: list[x509.GeneralName] = []
    for name in dict.fromkeys(names):
        try:
            alt.append(x509.IPAddress(ipaddress.ip_address(name)))
        except ValueError:
            alt.append(x509.DNSName(name))
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)]))
            .issuer_name(issuer.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .sign(ca_key, hashes.SHA256()))  # type: ignore[arg-type]
    return (cert.public_bytes(serialization.Encoding.PEM).decode(),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()).decode())
