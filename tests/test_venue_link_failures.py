"""How a door's link reads a failed try to reach the hub (kiosk.venue.link.Link._failed)."""

from __future__ import annotations

from kiosk.core import replica


def _link(tmp_path, urls: str = "tls://127.0.0.1:4222"):  # noqa: ANN001, ANN202
    from kiosk.venue.link import Link

    return Link(tmp_path / "door-a.db", replica.Link("door-a", "door", urls, "", ""))


def test_a_hub_reloading_its_credentials_neither_shuts_a_door_out_nor_leaves_it_alone(tmp_path):
    """Each export or revoke reloads the hub's credentials; nats-server 2.15.1 refuses (an
    Authorization Violation, the credential valid) or drops a copy connecting at that instant.
    One such try, even reported twice, is taken for that; still so at the next try, half a
    second on, it is meant: the copy is shut out (revoked) or the hub unreachable."""
    from nats.errors import Error as NatsError

    link = _link(tmp_path)
    try:
        refused = NatsError("nats: 'Authorization Violation'")
        link._failed(refused, 100.0)
        link._failed(ConnectionResetError(104, "Connection reset by peer"), 100.05)  # same try
        assert not link.shut_out and not link.unreachable.is_set()
        link._failed(refused, 100.55)  # the next try: refused again, so meant
        assert link.shut_out and link.unreachable.is_set()
        link._answered()
        assert not link.shut_out and not link.unreachable.is_set()
        # No hub listening, or one that never greets: at once, as before.
        link._failed(ConnectionRefusedError(111, "Connection refused"), 200.0)
        assert link.unreachable.is_set() and not link.shut_out
        link._answered()
        link._failed(TimeoutError(), 300.0)
        assert link.unreachable.is_set()
    finally:
        link.loop.close()
        link._io.shutdown()


def test_a_three_node_hub_is_unreachable_only_once_every_address_failed(tmp_path) -> None:
    link = _link(tmp_path, "tls://10.0.0.1:4222,tls://10.0.0.2:4222,tls://10.0.0.3:4222")
    try:
        for n, now in enumerate((1.0, 2.0, 3.0), start=1):
            link._failed(ConnectionRefusedError(111, "Connection refused"), now)
            assert link.unreachable.is_set() is (n == 3)
    finally:
        link.loop.close()
        link._io.shutdown()
