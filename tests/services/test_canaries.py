"""Canary strings typed in as client data must never be found in plain bytes on disk: not in the
database, its WAL, backups, drafts, logs or temp files, even after a session that crashed mid-edit.
"""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import PASSWORD
from wulian_desk.services.casework import clients
from wulian_desk.services.station import station

CANARIES = ["金丝雀甲乙丙", "CANARY-ADDR-7731", "CANARY-HEALTH-4422", "CANARY-DRAFT-9911", "CANARY-CRASH-5150",
            "13900007731"]

SESSION = textwrap.dedent(
    """
    import os, sys
    from datetime import date
    from pathlib import Path
    from wulian_desk.cli import setup_logging
    from wulian_desk.core.clients import ClientInput, ConsentInput
    from wulian_desk.core.models import Client
    from wulian_desk.services.casework import clients, drafts
    from wulian_desk.services.station import maintenance, station

    setup_logging()
    folder = Path(sys.argv[1])
    ctx = station.open_station(folder, passphrase=sys.argv[2], username="admin")
    data = ClientInput(name="金丝雀甲乙丙", gender="female", org_unit_id=ctx.station_id, birth_date=date(1950, 1, 1),
                       phone="13900007731", address="CANARY-ADDR-7731", health_notes="CANARY-HEALTH-4422",
                       categories=["disabled"])
    client_id = clients.create_client(ctx, data, consent=ConsentInput(given_on=date.today(), sensitive=["health"])).ids[0]
    clients.view_client(ctx, client_id, full=True)
    maintenance.backup_station(ctx, folder / "backups" / "daily.wdb")
    drafts.save_draft(ctx, "client-dialog:" + client_id, {"name": "CANARY-DRAFT-9911"})
    # Crash halfway through an edit: the change is flushed to the WAL but never committed.
    session = ctx.store.session(write=True)
    session.begin()
    row = session.get(Client, client_id)
    row.name = "CANARY-CRASH-5150"
    session.add(row)
    session.flush()
    os._exit(3)
    """
)


def scan(folders: list[Path]) -> list[str]:
    found = []
    for folder in folders:
        for path in folder.rglob("*"):
            if not path.is_file():
                continue
            raw = path.read_bytes()
            for canary in CANARIES:
                for encoded in (canary.encode("utf-8"), canary.encode("utf-16-le"), canary.encode("gb18030")):
                    if encoded in raw:
                        found.append(f"{canary} in {path}")
    return found


def test_canaries_are_nowhere_in_plain_bytes(station_dir, tmp_path):
    home = tmp_path / "home"
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"), XDG_DATA_HOME=str(home / ".local"),
               XDG_CONFIG_HOME=str(home / ".config"), TMPDIR=str(temp), TMP=str(temp), TEMP=str(temp))
    script = tmp_path / "session.py"
    script.write_text(SESSION, encoding="utf-8")
    result = subprocess.run([sys.executable, str(script), str(station_dir), PASSWORD], env=env,
                            capture_output=True, text=True, timeout=120, cwd=Path(__file__).resolve().parents[2])
    assert result.returncode == 3, result.stderr  # it crashed where we made it crash
    assert (station_dir / "backups" / "daily.wdb").exists()
    assert (station_dir / "station.db-wal").exists()

    assert scan([station_dir, home, temp]) == []

    # After the crash: the committed client is whole, the half-done edit is gone, the journal holds.
    ctx = station.open_station(station_dir, passphrase=PASSWORD, username="admin")
    try:
        [client_id] = clients.client_ids(ctx)
        assert clients.view_client(ctx, client_id).name == "金丝雀甲乙丙"
        from wulian_desk.services.station import maintenance

        assert all(r.ok for r in maintenance.check_station(ctx))
    finally:
        ctx.close()
    assert scan([station_dir, home, temp]) == []
