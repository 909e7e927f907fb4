"""Store benchmarks: bulk demo fill, key-slot unlock, lazy list pages, each beside a floor
measured in the same run with raw sqlcipher3 on the same machine.

    .venv/bin/python bench/bench_store.py [--scale 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import sqlcipher3  # noqa: E402

from wulian_desk.core.ids import new_id  # noqa: E402
from wulian_desk.services import demo
from wulian_desk.services.facilities import facilities
from wulian_desk.services.station import station

PASSWORD = "bench-pass-2026"


def timed(fn, repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def raw_insert_floor(folder: Path, rows: int) -> float:
    """Raw executemany of `rows` asset-shaped rows into an encrypted database: the floor."""
    conn = sqlcipher3.connect(str(folder / "floor.db"))
    conn.set_key(b"x'" + os.urandom(32).hex().encode() + b"'")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute(
        "CREATE TABLE asset (id TEXT PRIMARY KEY, owner TEXT, device_id TEXT, counter INT, updated_at TEXT,"
        " deleted INT, org_unit_id TEXT, asset_tag TEXT, name TEXT, category TEXT, status TEXT, room_id TEXT,"
        " purchase_date TEXT, value_fen INT)"
    )
    data = [
        (new_id(), "o", "d", i, "2026-01-01", 0, "u", f"WL-{i:06d}", "联想台式电脑", "computer", "in_use", "r",
         "2024-01-01", 350000)
        for i in range(rows)
    ]
    start = time.perf_counter()
    with conn:
        conn.executemany("INSERT INTO asset VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", data)
    elapsed = time.perf_counter() - start
    conn.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wulian-bench-"))
    setup_time = timed(lambda: station.setup_station(
        folder / "st", name="首善街道社会工作服务站", tier="township", admin_username="admin", admin_password=PASSWORD
    ).context.close())
    unlock = timed(lambda: station.open_station(folder / "st", passphrase=PASSWORD).close(), repeat=3)
    ctx = station.open_station(folder / "st", passphrase=PASSWORD)
    fill = timed(lambda: demo.fill_demo(ctx, scale=args.scale))
    n_assets = 200 * args.scale
    from wulian_desk.services.station import audit_log

    written = next(e.detail["rows"] for e in audit_log.journal(ctx) if e.record_kind == "demo")
    floor = raw_insert_floor(folder, written)

    ids_time = timed(lambda: facilities.asset_ids(ctx, sort="asset_tag"), repeat=5)
    ids = facilities.asset_ids(ctx, sort="asset_tag")
    page_time = timed(lambda: facilities.assets_by_id(ctx, ids[len(ids) // 2 : len(ids) // 2 + 200]), repeat=5)
    search_time = timed(lambda: facilities.asset_ids(ctx, search="打印"), repeat=5)
    from wulian_desk.services.casework import cases, clients
    from wulian_desk.storage import search_box

    client_search = timed(lambda: clients.client_ids(ctx, search="王秀"), repeat=7)
    note_search = timed(lambda: cases.case_ids(ctx, search="智能手机"), repeat=7)
    with ctx.reading() as session:
        client_index = timed(lambda: search_box.matching_client_ids(session, "王秀", limit=200), repeat=7)
    raw = ctx.store.engine.raw_connection()
    try:
        conn = raw.driver_connection
        like_floor = timed(lambda: conn.execute("SELECT id FROM client WHERE name LIKE '%王秀%'").fetchall(), repeat=7)
        index_floor = timed(lambda: conn.execute(
            "SELECT client_id FROM client_search WHERE live AND (instr(name, '王秀') > 0 OR initials LIKE '王秀%') "
            "ORDER BY initials, client_id LIMIT 200").fetchall(), repeat=7)
    finally:
        raw.close()
    ctx.close()

    print(f"scale {args.scale}: {n_assets} assets; python {sys.version.split()[0]}; {os.cpu_count()} cores")
    print(f"{'measure':52} {'figure':>10} {'floor':>10} {'ratio':>7}")
    rows = [
        ("set-up (Argon2id x2, schema)", setup_time, None),
        ("unlock (Argon2id + open + migrate check)", unlock, None),
        (f"demo fill, {written} rows (Core bulk) vs raw insert", fill, floor),
        ("asset id list, sorted by tag", ids_time, None),
        ("one 200-row page from the middle", page_time, None),
        ("asset search as you type ('打印')", search_time, None),
        ("client search '王秀' (service) vs raw index query", client_search, index_floor),
        ("client index query alone vs raw LIKE on client", client_index, like_floor),
        ("case search by a note word '智能手机'", note_search, None),
    ]
    for name, figure, base in rows:
        ratio = f"{figure / base:6.1f}x" if base else ""
        base_text = f"{base * 1000:8.1f}ms" if base else ""
        print(f"{name:52} {figure * 1000:8.1f}ms {base_text:>10} {ratio:>7}")


if __name__ == "__main__":
    main()
