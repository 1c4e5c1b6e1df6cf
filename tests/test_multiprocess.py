"""Several kiosk processes write one database at once without a single "database is locked"."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

WRITER = r"""
import sys
from kiosk.core.db import open_db, write
from kiosk.core.events import record
db = open_db(sys.argv[1])
for i in range(int(sys.argv[3])):
    with write(db):
        n = db.execute("SELECT count(*) FROM events").fetchone()[0]
        record(db, "test.tick", {"writer": sys.argv[2], "seen": n})
        db.execute("UPDATE show_state SET cursor = cursor + 1 WHERE id = 1")
print("ok")
"""


def test_four_processes_read_then_write_without_lock_errors(db_path: Path) -> None:
    per_process = 150
    procs = [subprocess.Popen([sys.executable, "-c", WRITER, str(db_path), str(n), str(per_process)],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for n in range(4)]
    results = [p.communicate(timeout=120) for p in procs]
    for proc, (out, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "locked" not in err
        assert out.strip() == "ok"
    from kiosk.core.db import open_db

    db = open_db(db_path)
    assert db.execute("SELECT cursor FROM show_state").fetchone()[0] == 4 * per_process
    assert db.execute("SELECT count(*) FROM events WHERE kind = 'test.tick'").fetchone()[0] == 4 * per_process
    db.close()
