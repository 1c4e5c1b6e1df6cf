"""TLS and credentials: the hub's self-signed certificate (pinned by every copy) and NKeys.

One NKey per exported copy: the copy holds its seed, the master only its public key
(in ``venue_machines``), so revoking a lost laptop is removing one line of the server's
configuration. The ticket signing key is not involved and never leaves the master.
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import os
import socket
import ssl
from pathlib import Path

import nkeys
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def new_user() -> tuple[str, str]:
    """A fresh NKey user: (seed, public key)."""
    seed = nkeys.encode_seed(os.urandom(32), nkeys.PREFIX_BYTE_USER)
    pair = nkeys.from_seed(bytearray(seed))
    return seed.decode(), pair.public_key.decode()


def public_of(seed: str) -> str:
    return nkeys.from_seed(bytearray(seed.encode())).public_key.decode()


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
