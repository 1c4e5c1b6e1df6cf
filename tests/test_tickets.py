"""Tickets: the payload format, signatures, images and PDF read back by a real QR decoder."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import zxingcpp
from door_support import build_event, guest_id, payloads
from PIL import Image

from kiosk.core import keys, tickets
from kiosk.core.db import open_db
from kiosk.core.errors import KioskError
from kiosk.tickets_out import qr


def test_payload_is_upper_case_alphanumeric_and_compact(event: Path) -> None:
    for payload in payloads(event).values():
        assert re.fullmatch(r"GT1[0-9A-Z]+", payload)
        assert len(payload) < 130
        # QR alphanumeric mode holds 0-9, A-Z and a few symbols: ours uses only the first two.
        assert qr.matrix(payload).shape[0] <= 37  # version 5 at most, in alphanumeric mode


def test_payload_round_trip_and_determinism(event: Path) -> None:
    db = open_db(event)
    try:
        signer = tickets.Signer(db, event)
        verifier = tickets.Verifier.for_db(db)
        first = signer.payload(3, 1)
        assert signer.payload(3, 1) == first
        ticket = verifier.verify(first)
        assert (ticket.guest_id, ticket.version) == (3, 1)
        assert signer.payload(3, 2) != first
    finally:
        db.close()


def test_tampered_and_foreign_payloads_are_refused(event: Path, tmp_path: Path) -> None:
    other = build_event(tmp_path / "other.db", name="Another Gala")
    db = open_db(event)
    try:
        verifier = tickets.Verifier.for_db(db)
        good = payloads(event)[1]
        for position in (10, 40, len(good) - 2):
            swapped = "B" if good[position] != "B" else "C"
            tampered = good[:position] + swapped + good[position + 1:]
            with pytest.raises(KioskError) as caught:
                verifier.verify(tampered)
            assert caught.value.code in ("ticket.forged", "ticket.not_ticket")
        foreign = payloads(other)[1]
        with pytest.raises(KioskError) as caught:
            verifier.verify(foreign)
        assert caught.value.code == "ticket.other_event"
        for junk in ("", "GT1", "HELLO", "GT1" + "A" * 300, "GT1ZZZZ!!!!", "\x00\x01\x02"):
            with pytest.raises(KioskError):
                verifier.verify(junk)
    finally:
        db.close()


def test_signing_needs_the_private_key_file(event: Path) -> None:
    keys.key_path(event).unlink()
    db = open_db(event)
    try:
        with pytest.raises(KioskError) as caught:
            tickets.Signer(db, event)
        assert caught.value.code == "key.missing"
    finally:
        db.close()


def test_payloads_command_prints_tab_separated_lines(event: Path, kiosk) -> None:
    result = kiosk("--db", str(event), "tickets", "--payloads")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 6
    ids = [int(line.split("\t")[0]) for line in lines]
    assert ids == sorted(ids)
    assert all(re.fullmatch(r"\d+\tGT1[0-9A-Z]+", line) for line in lines)
    only = kiosk("--db", str(event), "tickets", "--payloads", "--list", "Awards ceremony")
    assert len(only.stdout.splitlines()) == 3


def _decode(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_png_tickets_decode_and_are_admitted(event: Path, tmp_path: Path, kiosk) -> None:
    out = tmp_path / "tickets"
    result = kiosk("--db", str(event), "tickets", "--out", str(out))
    assert result.returncode == 0, result.stderr
    files = sorted(p.name for p in out.glob("*.png"))
    assert len(files) == 6
    ratel = out / f"{guest_id(event, 'Ratel'):04d}-ratel-stephane.png"
    assert ratel.is_file()
    decoded = _decode(Image.open(ratel))
    assert decoded == [payloads(event)[guest_id(event, "Ratel")]]
    scan = kiosk("--db", str(event), "scan", decoded[0], "--door", "A")
    assert scan.returncode == 0, scan.stdout + scan.stderr
    assert '"status": "admitted"' in scan.stdout


def test_pdf_pages_decode_and_are_admitted(event: Path, tmp_path: Path, kiosk) -> None:
    if not shutil.which("pdftoppm"):
        pytest.fail("pdftoppm (poppler-utils) is required")
    pdf = tmp_path / "tickets.pdf"
    result = kiosk("--db", str(event), "tickets", "--pdf", str(pdf), "--list", "Anniversary party")
    assert result.returncode == 0, result.stderr
    from pypdf import PdfReader

    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 4
    box = reader.pages[0].mediabox
    assert abs(float(box.width) - 595.3) < 2 and abs(float(box.height) - 841.9) < 2  # A4
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Ratel" in text and "SRO Motorsports Group" in text and "Table 1" in text
    subprocess.run(["pdftoppm", "-r", "100", "-f", "1", "-l", "2", "-png", str(pdf),
                    str(tmp_path / "page")], check=True, timeout=60)
    pages = sorted(tmp_path.glob("page*.png"))
    assert len(pages) == 2
    decoded = _decode(Image.open(pages[1]))
    assert len(decoded) == 1
    scan = kiosk("--db", str(event), "scan", decoded[0], "--list", "Anniversary party")
    assert scan.returncode == 0, scan.stdout
    assert '"status": "admitted"' in scan.stdout


def test_the_pdf_small_print_follows_the_language(event: Path, tmp_path: Path, kiosk) -> None:
    from pypdf import PdfReader

    for lang, word in (("en", "ticket 1"), ("fr", "billet 1")):
        pdf = tmp_path / f"tickets-{lang}.pdf"
        result = kiosk("--lang", lang, "--db", str(event), "tickets", "--pdf", str(pdf),
                       "--list", "Anniversary party")
        assert result.returncode == 0, result.stderr
        text = " ".join(PdfReader(str(pdf)).pages[0].extract_text().split())
        assert word in text and "Table 1" in text, text


def test_reissue_revokes_the_old_ticket(event: Path, tmp_path: Path, kiosk) -> None:
    gid = guest_id(event, "Dupont")
    old = payloads(event)[gid]
    result = kiosk("--db", str(event), "tickets", "--reissue", str(gid), "--out", str(tmp_path / "new"))
    assert result.returncode == 0, result.stderr
    import json

    summary = json.loads(result.stdout)
    assert summary["version"] == 2 and summary["payload"] != old
    png = Path(summary["png"])
    assert png.is_file() and "dupont-jean" in png.name
    assert _decode(Image.open(png)) == [summary["payload"]]
    refused = kiosk("--db", str(event), "scan", old)
    assert refused.returncode == 1
    data = json.loads(refused.stdout)
    assert data["status"] == "revoked"
    assert data["revoked_at"] and data["guest"]["name"] == "Jean Dupont"
    assert "re-issued on 20" in data["message"]
    admitted = kiosk("--db", str(event), "scan", summary["payload"])
    assert json.loads(admitted.stdout)["status"] == "admitted"


def test_tickets_usage_errors(event: Path, kiosk) -> None:
    assert kiosk("--db", str(event), "tickets").returncode == 2
    result = kiosk("--db", str(event), "tickets", "--payloads", "--list", "Nope")
    assert result.returncode == 2 and "Nope" in result.stderr
    missing = kiosk("--db", str(event), "tickets", "--reissue", "999", "--out", "/tmp/x-door-none")
    assert missing.returncode == 1 and "999" in missing.stderr


def test_one_function_signs_and_writes_what_the_command_prints(event: Path, tmp_path: Path) -> None:
    """`kiosk tickets` is write_tickets(): a Python caller gets the same payloads and files."""
    from kiosk.tickets_out.run import TicketRun, write_tickets

    db = open_db(event)
    try:
        signed = write_tickets(db, event, TicketRun())
        assert [guest for guest, _ in signed.lines] == sorted(payloads(event))
        assert dict(signed.lines) == payloads(event)
        assert signed.to_dict() == {"tickets": len(signed.lines), "out": None, "pdf": None,
                                    "pages": 0}
        with pytest.raises(KioskError) as caught:
            write_tickets(db, event, TicketRun(list_name="No such list"))
        assert caught.value.code == "list.unknown"
        new = write_tickets(db, event, TicketRun(out=tmp_path / "new", reissue=2, reason="lost"))
    finally:
        db.close()
    summary = new.to_dict()
    assert (summary["guest_id"], summary["version"], summary["tickets"]) == (2, 2, 1)
    assert summary["payload"] == payloads(event)[2] and Path(summary["png"]).is_file()
    decoded = zxingcpp.read_barcodes(Image.open(summary["png"]))
    assert [d.text for d in decoded] == [summary["payload"]]
