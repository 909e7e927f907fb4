"""Progress steps carry Chinese and English text; the listener gets the window's language."""

import pytest

from wulian_desk.core.errors import Cancelled
from wulian_desk.core.tasks import Progress


@pytest.mark.parametrize(("english", "shown"), [(False, ["收集记录", "完成"]), (True, ["Collecting records", "完成"])])
def test_a_step_speaks_the_listeners_language(english, shown):
    heard = []
    progress = Progress(lambda done, total, text: heard.append(text), english=english)
    progress.step(0, 2, "收集记录", "Collecting records")
    progress.step(2, 2, "完成")  # no English given: the Chinese stands
    assert heard == shown


def test_a_cancelled_progress_stops_at_the_next_step():
    progress = Progress(lambda *_: None)
    progress.cancel()
    with pytest.raises(Cancelled):
        progress.step(1, 2, "写入", "Writing")
