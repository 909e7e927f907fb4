"""The service-hours totals in SQLite's own SQL: a page of volunteers' totals (the ids passed as
one JSON array through json_each, so a page is one statement at any size) and one volunteer's
hours per year (dates are ISO text in SQLite, so the year is their first four characters). A
PostgreSQL module answers the same two questions its own way."""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import text
from sqlmodel import Session

# Its WHERE repeats the partial index's terms word for word (migration 0006), so SQLite answers
# from the index alone; bench/bench_volunteers.py runs the same text through a raw connection as
# the floor, and tests/services/test_volunteers_hours.py checks the plan.
TOTALS_SQL = """
SELECT volunteer_id,
       sum(minutes) AS total_minutes,
       sum(CASE WHEN served_on >= :year_start AND served_on < :year_end THEN minutes ELSE 0 END) AS year_minutes,
       count(*) AS records,
       max(served_on) AS last_served
FROM service_record
WHERE volunteer_id IN (SELECT value FROM json_each(:ids))
  AND superseded_by IS NULL AND deleted = 0
GROUP BY volunteer_id
"""
YEARLY_SQL = """
SELECT substr(served_on, 1, 4) AS year, sum(minutes), count(*)
FROM service_record
WHERE volunteer_id = :volunteer_id AND superseded_by IS NULL AND deleted = 0
GROUP BY year ORDER BY year
"""


def hours_totals(session: Session, volunteer_ids: list[str], *, year: int) -> list[tuple[str, int, int, int, date | None]]:
    """(volunteer id, total minutes, minutes in `year`, records, last day served) of each of
    these volunteers who has live records; the others are absent."""
    params = {"ids": json.dumps(list(volunteer_ids)), "year_start": f"{year:04d}-01-01",
              "year_end": f"{year + 1:04d}-01-01"}
    return [(v, total, in_year, n, date.fromisoformat(last) if last else None)
            for v, total, in_year, n, last in session.execute(text(TOTALS_SQL), params).all()]


def hours_per_year(session: Session, volunteer_id: str) -> list[tuple[int, int, int]]:
    """(year, minutes, records) of each year the volunteer served, the earliest first."""
    rows = session.execute(text(YEARLY_SQL), {"volunteer_id": volunteer_id}).all()
    return [(int(y), int(m), int(n)) for y, m, n in rows]
