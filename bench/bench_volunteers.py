"""Volunteer benchmarks on a demo station (1,000,000 service records at scale 100): the totals of
one page of the volunteers list beside the same query text on a raw sqlcipher3 connection, the
whole page (rows and totals), and importing a 10,000-row hours workbook.

    .venv/bin/python bench/bench_volunteers.py [--scale 100]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wulian_desk.core.activities import ActivityInput  # noqa: E402
from wulian_desk.core.identity import make_id_number  # noqa: E402
from wulian_desk.core.roster import HOURS_COLUMNS, VOLUNTEER_COLUMNS  # noqa: E402
from wulian_desk.services import demo
from wulian_desk.services.station import station
from wulian_desk.services.volunteering import activities, roster_import, service_hours, volunteers

PASSWORD = "bench-pass-2026"
PAGE = 50  # rows a list shows at once


def timed(fn, repeat: int = 1) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - start)
    return statistics.median(runs)


def _sheet(path: Path, columns, rows: list[dict]) -> Path:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet()
    ws.append([c.header for c in columns])
    for row in rows:
        ws.append([row.get(c.key) for c in columns])
    wb.save(path)
    return path


def make_hours_workbook(ctx, folder: Path, *, rows: int = 10_000, bad_every: int = 50) -> tuple[Path, int]:
    """Register 200 volunteers and 50 past activities, and write an hours workbook of `rows` rows
    (each volunteer at each activity), one in `bad_every` with hours out of range. Returns the
    path and how many rows should be taken."""
    people = 200
    born = date(1956, 1, 1)
    numbers = [make_id_number("610328", born + timedelta(days=i // 100), i, "male") for i in range(people)]
    roster = [{"name": f"志愿者{i}", "id_number": n, "consent_on": "2026-01-02"} for i, n in enumerate(numbers)]
    report = roster_import.import_roster(ctx, "volunteers", _sheet(folder / "bench-roster.xlsx", VOLUNTEER_COLUMNS, roster))
    assert report.taken == people, report.rows[:3]
    refs = []
    for k in range(rows // people):
        day = date.today() - timedelta(days=k + 1)
        start = datetime.combine(day, datetime.min.time()).replace(hour=9)
        activity = activities.create_activity(ctx, ActivityInput(
            title=f"批量导入测试活动{k}", activity_type="neighbour_watch", org_unit_id=ctx.station_id, starts_at=start,
            ends_at=start + timedelta(hours=2), organiser="本站", person_in_charge="站长", place="社区广场")).ids[0]
        refs.append((activities.activities_by_id(ctx, [activity])[activity].activity_number, day))
    lines = [{"id_number": n, "name": f"志愿者{i}", "activity": ref, "served_on": day.isoformat(),
              "hours": 30 if (k * people + i) % bad_every == 0 else 2.5, "content": "探访独居老人"}
             for k, (ref, day) in enumerate(refs) for i, n in enumerate(numbers)][:rows]
    path = _sheet(folder / "bench-hours.xlsx", HOURS_COLUMNS, lines)
    return path, sum(1 for line in lines if line["hours"] != 30)


def totals_floor(ctx, page: list[str]) -> float:
    """The same query text on the raw sqlcipher3 connection under the engine: the floor."""
    params = {"ids": json.dumps(page), "year_start": f"{date.today().year}-01-01",
              "year_end": f"{date.today().year + 1}-01-01"}
    raw = ctx.store.engine.raw_connection()
    try:
        driver = raw.driver_connection
        return timed(lambda: driver.execute(service_hours.TOTALS_SQL, params).fetchall(), repeat=15)
    finally:
        raw.close()


def page_floor(ctx, page: list[str]) -> float:
    """A page with its rows too: the volunteer rows and the totals, both raw."""
    params = {"ids": json.dumps(page), "year_start": f"{date.today().year}-01-01",
              "year_end": f"{date.today().year + 1}-01-01"}
    raw = ctx.store.engine.raw_connection()
    try:
        driver = raw.driver_connection

        def both():
            driver.execute("SELECT * FROM volunteer WHERE id IN (SELECT value FROM json_each(:ids))", params).fetchall()
            driver.execute(service_hours.TOTALS_SQL, params).fetchall()

        return timed(both, repeat=15)
    finally:
        raw.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="wulian-bench-"))
    ctx = station.setup_station(folder / "st", name="首善街道社会工作服务站", tier="township", admin_username="admin",
                                admin_password=PASSWORD).context
    fill = timed(lambda: demo.fill_demo(ctx, scale=args.scale))
    records = service_hours.station_totals(ctx).records
    ids = volunteers.volunteer_ids(ctx)
    pages = [ids[i : i + PAGE] for i in (0, len(ids) // 2, max(0, len(ids) - PAGE))]
    totals = statistics.median(timed(lambda p=p: service_hours.volunteer_totals(ctx, p), repeat=15) for p in pages)
    floor = statistics.median(totals_floor(ctx, p) for p in pages)
    page = statistics.median(timed(lambda p=p: volunteers.volunteers_by_id(ctx, p), repeat=15) for p in pages)
    page_base = statistics.median(page_floor(ctx, p) for p in pages)
    id_list = timed(lambda: volunteers.volunteer_ids(ctx), repeat=5)
    path, expected = make_hours_workbook(ctx, folder)
    read = timed(lambda: __import__("wulian_desk.reports.roster_template", fromlist=["read_rows"]).read_rows(
        path, HOURS_COLUMNS))
    start = time.perf_counter()
    report = roster_import.import_roster(ctx, "hours", path)
    imported = time.perf_counter() - start
    assert report.taken == expected, (report.taken, expected)
    ctx.close()

    print(f"scale {args.scale}: {records} live service records, {len(ids)} volunteers; python "
          f"{sys.version.split()[0]}; {os.cpu_count()} cores")
    print(f"{'measure':52} {'figure':>10} {'floor':>10} {'ratio':>7}")
    for name, figure, base in (
        (f"demo fill, scale {args.scale}", fill, None),
        (f"totals of a {PAGE}-volunteer page (service vs raw SQL)", totals, floor),
        (f"a {PAGE}-volunteer page: rows + totals, masked", page, page_base),
        ("volunteer id list, name order", id_list, None),
        ("read a 10,000-row hours workbook (openpyxl)", read, None),
        (f"import 10,000 hour rows ({report.taken} taken, {report.refused} refused)", imported, None),
    ):
        ratio = f"{figure / base:6.1f}x" if base else ""
        base_text = f"{base * 1000:8.1f}ms" if base else ""
        print(f"{name:52} {figure * 1000:8.1f}ms {base_text:>10} {ratio:>7}")


if __name__ == "__main__":
    main()
