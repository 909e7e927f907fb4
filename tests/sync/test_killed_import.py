"""A process killed at random points during an import leaves a database that passes `check` and
holds either all of the bundle or none of it."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from tests.conftest import PASSWORD, USERNAME
from tests.sync.helpers import copy_site
from wulian_desk.services.station import maintenance, station
from wulian_desk.services.sync import sync


def _held(ctx, owner):
    with ctx.reading() as session:
        conn = session.connection()
        rows = sum(conn.exec_driver_sql(f"SELECT count(*) FROM {t} WHERE owner = ?", (owner,)).scalar_one()
                   for t in ("client", "case_file", "activity", "service_record", "activity_volunteer"))
        ledger = conn.exec_driver_sql("SELECT count(*) FROM sync_bundle_in").scalar_one()
    return rows, ledger


def test_a_killed_import_leaves_all_or_nothing(county, station_a, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    [bundle] = sync.export_all(station_a.ctx, stick)
    owner = station_a.ctx.station_id
    full = sum(bundle.counts[t] for t in ("client", "case_file", "activity", "service_record", "activity_volunteer"))
    env = dict(os.environ, WULIAN_DESK_PASSPHRASE=PASSWORD, WULIAN_DESK_USER=USERNAME)
    rng = random.Random(20261122)

    def run(trial, kill_after=None):
        folder = tmp_path / f"county-{trial}"
        copy_site(county.ctx, folder).close()
        started = time.monotonic()
        proc = subprocess.Popen([sys.executable, "-m", "wulian_desk", "--data-dir", str(folder), "import", str(bundle.path)],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if kill_after is None:
            proc.wait()
        else:
            time.sleep(kill_after)
            proc.send_signal(signal.SIGKILL)
            proc.wait()
        return folder, time.monotonic() - started

    # An import left alone, to know how long one takes here; then kills spread over that span,
    # from start-up through decryption, the backup, the writes and the commit.
    _, whole = run("whole")
    outcomes = []
    for trial, share in enumerate((0.4, 0.6, 0.75, 0.85, 0.9, 0.95, 1.0, 1.1)):
        folder, _ = run(trial, kill_after=whole * share * rng.uniform(0.97, 1.03))
        ctx = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
        try:
            assert all(check.ok for check in maintenance.check_station(ctx)), maintenance.check_station(ctx)
            rows, ledger = _held(ctx, owner)
            assert (rows, ledger) in ((0, 0), (full, 1)), (trial, rows, ledger)
            outcomes.append(ledger)
            if ledger == 0:  # the bundle can still be imported after the crash
                [result] = sync.import_bundles(ctx, [bundle.path])
                assert result.status == "imported" and _held(ctx, owner) == (full, 1)
        finally:
            ctx.close()
    print(f"import takes {whole:.1f} s; killed imports that had committed: {sum(outcomes)} of {len(outcomes)}")
