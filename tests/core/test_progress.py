"""Progress steps carry marked texts; the listener gets them in the window's language."""

import pytest

from wulian_desk.core import texts
from wulian_desk.core.errors import Cancelled
from wulian_desk.core.tasks import Progress
from wulian_desk.core.texts import translate

ENGLISH = {"收集记录": "Collecting records", "导出给 县总站：": "For the county: "}


def _english(context, source, disambiguation=None, n=-1):
    return ENGLISH.get(source, "")


@pytest.fixture
def english_window():
    texts.use(_english)
    yield
    texts.use(None)


@pytest.mark.parametrize(("lookup", "shown"), [(None, ["收集记录", "完成"]), (_english, ["Collecting records", "完成"])])
def test_a_step_speaks_the_language_of_the_process(lookup, shown):
    heard = []
    progress = Progress(lambda done, total, text: heard.append(text))
    texts.use(lookup)
    try:
        progress.step(0, 2, translate("Test", "收集记录"))
        progress.step(2, 2, translate("Test", "完成"))  # not in the catalogue: the Chinese stands
    finally:
        texts.use(None)
    assert heard == shown


def test_a_cancelled_progress_stops_at_the_next_step():
    progress = Progress(lambda *_: None)
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.step(1, 2, "写入")


def test_a_piece_of_the_work_moves_the_bar_through_its_share(english_window):
    heard = []
    whole = Progress(lambda done, total, text: heard.append((done, total, text)))
    second = whole.part(1, 2, translate("Test", "导出给 县总站："))
    second.step(0, 3, translate("Test", "收集记录"))
    second.step(3, 3, translate("Test", "完成"))
    assert heard == [(1000, 2000, "For the county: Collecting records"), (2000, 2000, "For the county: 完成")]
    whole.cancel()  # cancelling the work stops the piece at its next step
    assert second.cancelled
    with pytest.raises(Cancelled):
        second.step(1, 3, "写入")


def test_reported_items_step_once_a_batch_and_at_the_end():
    from wulian_desk.core.tasks import reported

    heard = []
    items = list(range(25))
    assert list(reported(items, Progress(lambda *s: heard.append(s[:2])), batch=10)) == items
    assert heard == [(10, 25), (20, 25), (25, 25)]
    stopped = Progress()
    stopped.cancel()
    with pytest.raises(Cancelled):
        list(reported(items, stopped, batch=10))
