"""A long export reports real progress: a step per batch of rows written, so the bar moves
before the end; when it is done the notice offers to open the workbook or its folder."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tests.ui.conftest import BIG_SCALE
from wulian_desk.core import tasks as core_tasks
from wulian_desk.core.tasks import Progress
from wulian_desk.services.reports.exports import export_list
from wulian_desk.ui import notice, tasks
from wulian_desk.ui.widgets import export_button
from wulian_desk.ui.widgets.windows import settle_window

ASSETS = 200 * BIG_SCALE


def test_the_export_steps_once_a_batch_and_moves_before_the_end(big_ctx, tmp_path, monkeypatch):
    monkeypatch.setattr(core_tasks, "BATCH", 500)
    steps: list[tuple[int, int, str]] = []
    out = export_list(big_ctx, "assets", tmp_path / "assets.xlsx", progress=Progress(lambda *s: steps.append(s)))
    assert load_workbook(out).active.max_row == ASSETS + 2  # title, headers, every asset
    written = [(done, total) for done, total, _text in steps if total]
    assert written[0] == (0, ASSETS)
    assert [done for done, _ in written[1:]] == list(range(500, ASSETS + 1, 500))  # one step per batch, in order
    assert all(total == ASSETS for _, total in written)
    assert any(0 < done < ASSETS for done, _ in written)  # the bar moved before the end
    assert steps[-1][:2] == (ASSETS, ASSETS) and "已写入 3000 / 3000 条" == steps[-1][2]


def test_the_button_s_progress_reaches_the_window_and_the_notice_opens_the_file(qtbot, big_ctx, runner, wait_tasks,
                                                                               tmp_path, monkeypatch):
    monkeypatch.setattr(core_tasks, "BATCH", 500)
    shown: list[tuple[int, int]] = []
    original = tasks.Task._on_progress

    def recording(task, done, total, text):
        shown.append((done, total))
        original(task, done, total, text)

    monkeypatch.setattr(tasks.Task, "_on_progress", recording)
    opened: list[Path] = []
    monkeypatch.setattr(notice, "open_path", lambda path: opened.append(path) or True)
    out = tmp_path / "资产.xlsx"
    monkeypatch.setattr(export_button, "ask_export_path", lambda *_a: out)
    holder = QWidget()
    qtbot.addWidget(holder)
    button = export_button.ExportButton(big_ctx, runner, "assets")
    QVBoxLayout(holder).addWidget(button)
    settle_window(holder, QSize(800, 400))
    holder.show()
    button.click()
    assert not button.isEnabled()
    wait_tasks(120_000)
    assert button.isEnabled() and out.exists()
    assert any(0 < done < total for done, total in shown), shown  # on the GUI thread, before the end
    bar = holder.findChild(notice.NoticeBar)
    assert bar is not None and bar.isVisible() and bar.text.text() == f"已导出到 {out}"
    assert bar.open_file.isVisible() and bar.open_folder.isVisible()
    assert not bar.print_button.isVisible()  # a workbook is not a PDF
    bar.open_folder.click()
    assert opened == [out.parent] and not bar.isVisible()
    bar.show_notice("again", out)
    bar.open_file.click()
    assert opened == [out.parent, out]


def test_a_screen_on_its_own_says_saved_along_its_bottom_edge(qtbot, tmp_path, monkeypatch):
    from wulian_desk.ui import message

    opened: list[Path] = []
    monkeypatch.setattr(notice, "open_path", lambda path: opened.append(path) or True)
    holder = QWidget()
    qtbot.addWidget(holder)
    QVBoxLayout(holder)
    settle_window(holder, QSize(420, 300))
    holder.show()
    folder = tmp_path / "新文件夹"
    folder.mkdir()
    message.saved(holder, "站点已移到 " + str(folder) + "，检查全部通过。原文件夹保留备查，确认无误后可以删除。", folder)
    bar = holder.findChild(notice.NoticeBar, "floatingNotice")
    assert bar.isVisible() and holder.rect().contains(bar.geometry())  # inside the window, wrapped
    assert not bar.open_file.isVisible() and bar.open_folder.isVisible()  # a folder: only 打开文件夹
    bar.open_folder.click()
    assert opened == [folder]
