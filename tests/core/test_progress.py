"""Progress steps carry Chinese and English text; the listener gets the window's language."""

import pytest

from wulian_desk.core import texts
from wulian_desk.core.errors import Cancelled
from wulian_desk.core.tasks import Progress
from wulian_desk.core.texts import translate


def _english(context, source, disambiguation=None, n=-1):
    return {"收集记录": "Collecting records"}.get(source, "")


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
