"""Exporting bundles reports each bundle's steps, so the bar moves while the only bundle (a
station's, for its county) is being made, not only when it is done."""

from __future__ import annotations

from wulian_desk.core.tasks import Progress
from wulian_desk.services.sync import sync


def test_the_export_bar_moves_through_the_bundle_s_own_steps(county, station_a, tmp_path):
    stick = tmp_path / "stick"
    stick.mkdir()
    heard: list[tuple[int, int, str]] = []
    [result] = sync.export_all(station_a.ctx, stick, progress=Progress(lambda *s: heard.append(s)))
    assert result.path.exists()
    shares = [done / total for done, total, _ in heard if total]
    assert shares == sorted(shares) and shares[-1] == 1  # forward only, to the end
    assert len({s for s in shares if 0 < s < 1}) >= 2  # the bar moved before the end
    assert any("加密并签名" in text for *_, text in heard)
