"""Casework benchmarks on a demo station (scale 100: 100,000 clients, about 200,000 session notes),
each beside a floor from the same run:

- search as you type: p50/p95 of the search box over a typed sequence, beside the raw FTS5 query;
- the clients list: all ids in name order plus the first page of rows, beside a raw paged query;
- jumping to the last row: the last page of rows;
- printing a 50-page case file.

    .venv/bin/python bench/bench_casework.py [--scale 100]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wulian_desk.services import cases, clients, demo, printing, search, station  # noqa: E402

PASSWORD = "bench-pass-2026"
TYPED = ("王", "王秀", "王秀兰", "w", "wx", "wxl", "z", "zh", "1", "12", "123", "1234", "智", "智能", "智能手",
         "智能手机", "上门", "上门探访", "GA", "GA2025", "独居", "独居老人")


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wulian-bench-")) / "station"
    ctx = station.setup_station(folder, name="首善街道社会工作服务站", tier="township", admin_username="admin",
                                admin_password=PASSWORD).context
    started = time.perf_counter()
    demo.fill_demo(ctx, scale=args.scale)
    print(f"demo station at scale {args.scale} made in {time.perf_counter() - started:.1f} s")
    raw = ctx.store.engine.raw_connection().driver_connection
    n_notes = raw.execute("SELECT count(*) FROM service_session").fetchone()[0]
    n_clients = raw.execute("SELECT count(*) FROM client").fetchone()[0]
    print(f"{n_clients} clients, {n_notes} session notes\n")

    box, floor = [], []
    for _ in range(args.rounds):
        for query in TYPED:
            start = time.perf_counter()
            search.quick_search(ctx, query)
            box.append(time.perf_counter() - start)
            if len(query) >= 3:
                start = time.perf_counter()
                raw.execute("SELECT rowid FROM session_fts WHERE session_fts MATCH ? LIMIT 200",
                            ('"' + query + '"',)).fetchall()
                floor.append(time.perf_counter() - start)

    def first_page():
        ids = clients.client_ids(ctx)
        clients.clients_by_id(ctx, ids[:100])
        return ids

    def raw_first_page():
        raw.execute("SELECT id, name, gender, birth_date, id_number, phone FROM client WHERE deleted = 0 "
                    "ORDER BY name_initials, id LIMIT 100").fetchall()

    list_times = [timed(first_page) for _ in range(args.rounds)]
    raw_list = [timed(raw_first_page) for _ in range(args.rounds)]
    ids = first_page()
    last_page = [timed(lambda: clients.clients_by_id(ctx, ids[-100:])) for _ in range(args.rounds)]

    busiest = raw.execute(
        "SELECT s.case_id FROM service_session s JOIN case_file c ON c.id = s.case_id WHERE c.stage = 'service' "
        "GROUP BY s.case_id ORDER BY count(*) DESC LIMIT 1").fetchone()[0]
    for day in range(650):  # pad one case to about 50 printed pages
        cases.add_session(ctx, busiest, on=date(2026, 1, 1), minutes=45, session_type="home_visit",
                          content=f"第 {day + 1} 次上门探访：了解老人饮食起居、用药和情绪，协助整理居室，联系子女反馈近况。")
    out = folder.parent / "case.pdf"
    print_time = timed(lambda: printing.print_case_file(ctx, busiest, out))
    pages = out.read_bytes().count(b"/Type /Page\n") or out.read_bytes().count(b"/Type /Page")
    ctx.close()

    print(f"{'measure':48} {'figure':>10} {'floor':>10} {'ratio':>6}")
    rows = [
        ("search box p50 (typed sequence)", statistics.median(box), statistics.median(floor)),
        ("search box p95 (goal < 50 ms, < 3x FTS5)", p95(box), p95(floor)),
        ("clients list: ids + first page (goal < 100 ms)", statistics.median(list_times), statistics.median(raw_list)),
        ("jump to the last row's page (goal < 100 ms)", statistics.median(last_page), None),
        (f"print a {pages}-page case file (goal < 2 s)", print_time, None),
    ]
    for name, figure, base in rows:
        print(f"{name:48} {ms(figure)} {ms(base) if base else '':>10} {f'{figure / base:5.1f}x' if base else '':>6}")


def timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
