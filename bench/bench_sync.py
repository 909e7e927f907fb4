"""Sync benchmarks: a station-year of about 200,000 records (demo scale 7) exported to the county
and imported there, each beside the floor of the same steps done raw in the same run:

    export floor: read every row on a raw connection, JSON lines, age encryption, Ed25519 signature
    import floor: sqlite3 executemany of the same rows into the county's empty tables

    .venv/bin/python bench/bench_sync.py [--scale 7]
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pyrage  # noqa: E402

from wulian_desk.services import demo
from wulian_desk.services.station import station
from wulian_desk.services.sync import enrolment, sync
from wulian_desk.sync.changes import quoted, specs  # noqa: E402

PASSWORD = "bench-pass-2026"


def setup(base: Path, name: str, tier: str, code: str):
    return station.setup_station(base / name, name=name, tier=tier, division_code=code, admin_username="admin",
                                 admin_password=PASSWORD).context


def enrol(st, county, base: Path) -> None:
    request = enrolment.write_request(st, base / "request.wer")
    enrolment.accept_request(county, request, base / "reply.wer", fingerprint=enrolment.read_request(request).fingerprint)
    enrolment.import_reply(st, base / "reply.wer", fingerprint=enrolment.keys_info(county).fingerprint)


def raw_rows(ctx) -> dict[str, tuple[list[str], list[tuple]]]:
    raw = ctx.store.engine.raw_connection()
    try:
        return {s.name: (list(s.columns), raw.execute(f"SELECT {quoted(s.columns)} FROM {s.name}").fetchall())
                for s in specs().values()}
    finally:
        raw.close()


def export_floor(ctx, recipient: str) -> tuple[float, int]:
    identity = enrolment.my_identity(ctx)
    start = time.perf_counter()
    tables = raw_rows(ctx)
    dumps = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode
    lines = "\n".join(dumps(r) for _, rows in tables.values() for r in rows).encode()
    cipher = pyrage.encrypt(gzip.compress(lines, compresslevel=1), [pyrage.x25519.Recipient.from_str(recipient)])
    identity.sign(cipher[:1000])
    return time.perf_counter() - start, sum(len(rows) for _, rows in tables.values())


def import_floor(county, tables) -> float:
    raw = county.store.write_engine.raw_connection()
    try:
        start = time.perf_counter()
        raw.execute("BEGIN IMMEDIATE")
        raw.execute("PRAGMA defer_foreign_keys = ON")
        for name, (columns, rows) in tables.items():
            if rows:
                raw.executemany(f"INSERT OR IGNORE INTO {name} ({quoted(columns)}) VALUES ({', '.join('?' * len(columns))})", rows)
        elapsed = time.perf_counter() - start
        raw.rollback()
    finally:
        raw.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        county = setup(base, "county", "county", "610722")
        st = setup(base, "station", "township", "610722001")
        t = time.perf_counter()
        demo.fill_demo(st, scale=args.scale)
        print(f"demo station at scale {args.scale}: {time.perf_counter() - t:.1f} s")
        enrol(st, county, base)
        stick = base / "stick"
        stick.mkdir()
        county_recipient = enrolment.keys_info(county).age_recipient

        floor_out, rows = export_floor(st, county_recipient)
        t = time.perf_counter()
        [bundle] = sync.export_all(st, stick)
        export = time.perf_counter() - t
        floor_in = import_floor(county, raw_rows(st))
        t = time.perf_counter()
        [result] = sync.import_bundles(county, [bundle.path])
        imported = time.perf_counter() - t
        assert result.status == "imported", result.message

        print(f"\n    {rows:,} records in the station; bundle {bundle.records:,} records, {bundle.size / 1e6:.1f} MB")
        print("                                                     seconds  x floor")
        print(f"    export floor (raw read, JSON lines, age, Ed25519)  {floor_out:6.2f}     1.00")
        print(f"    export bundle (goal < 5 s)                         {export:6.2f}  {export / floor_out:7.2f}")
        print(f"    import floor (sqlite3 executemany)                 {floor_in:6.2f}     1.00")
        print(f"    import bundle incl. backup (goal < 10 s)           {imported:6.2f}  {imported / floor_in:7.2f}")
        st.close()
        county.close()


if __name__ == "__main__":
    main()
