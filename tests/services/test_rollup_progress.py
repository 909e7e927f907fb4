"""The roll-up reports its reading and a step per station summed, so the window's bar moves."""

from __future__ import annotations

from datetime import date

from wulian_desk.core.tasks import Progress
from wulian_desk.services.reports import rollup


def test_the_rollup_steps_through_its_stations(ctx):
    heard: list[tuple[int, int, str]] = []
    month = f"{date.today():%Y-%m}"
    result = rollup.rollup(ctx, month, progress=Progress(lambda *s: heard.append(s)))
    assert heard[0] == (0, 0, "读取记录")
    summed = [text for _done, total, text in heard if total]
    assert len(summed) == len(result.stations) and summed[0].startswith("汇总 ")
