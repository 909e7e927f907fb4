import pytest

from wulian_desk.core.errors import Cancelled, ValidationError
from wulian_desk.core.tasks import Progress
from wulian_desk.services import catalog, demo, facilities, maintenance


def snapshot(ctx):
    ids = facilities.asset_ids(ctx, sort="asset_tag")
    rows = facilities.assets_by_id(ctx, ids)
    return [(rows[i].asset_tag, rows[i].name, rows[i].value_fen, rows[i].room_name) for i in ids]


def test_demo_is_deterministic_and_sound(demo_ctx, ctx):
    demo.fill_demo(ctx, scale=1)
    assert snapshot(ctx) == snapshot(demo_ctx)
    counts = catalog.record_counts(ctx)
    assert counts["assets"]["live"] == 200
    assert counts["units"]["live"] == 8
    assert all(r.ok for r in maintenance.check_station(ctx))
    # Some units miss a minimum on purpose, so the compliance view has something to show.
    assert any(not u.met for u in facilities.compliance(ctx))


def test_demo_only_fills_an_empty_station(demo_ctx):
    with pytest.raises(ValidationError, match="空站点"):
        demo.fill_demo(demo_ctx, scale=1)


def test_demo_scales(ctx):
    demo.fill_demo(ctx, scale=10)
    assert catalog.record_counts(ctx)["assets"]["live"] == 2000


def test_cancelled_demo_writes_nothing(ctx):
    progress = Progress(lambda done, total, text: progress.cancel() if done else None)
    with pytest.raises(Cancelled):
        demo.fill_demo(ctx, scale=10, progress=progress)
    counts = catalog.record_counts(ctx)
    assert counts["assets"]["live"] == 0 and counts["rooms"]["live"] == 0


def test_demo_scale_bounds(ctx):
    with pytest.raises(ValidationError):
        demo.fill_demo(ctx, scale=0)
