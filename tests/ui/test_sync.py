"""The 同步 screens, driven as people use them: a station enrols with its county through the two
dialogs (fingerprints read out on the phone), exports to a folder standing in for the USB stick,
the county imports everything on the stick and sees the station reported; a tampered bundle and a
wrong fingerprint are refused with the service's reason and change nothing; a correction request
goes down and its answer comes back up; a conflict is listed and resolved; a worker sees only
what a worker may do."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from tests.ui.conftest import PASSWORD, USERNAME, WORKER, WORKER_PASSWORD, click_save
from wulian_desk.services.sync import drives

COUNTY_NAME = "城固县社会工作服务总站"
STATION_NAME = "博望街道社会工作服务站"


# -- sites ------------------------------------------------------------------------------------


def _setup(folder: Path, *, name: str, tier: str, code: str) -> None:
    from wulian_desk.core.clients import ClientInput, ConsentInput
    from wulian_desk.core.models import RoomCreate
    from wulian_desk.services.casework import clients
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.station import station

    result = station.setup_station(folder, name=name, tier=tier, division_code=code, admin_username=USERNAME,
                                   admin_display_name="王站长", admin_password=PASSWORD)
    ctx = result.context
    try:
        if tier != "county":
            facilities.create_room(ctx, RoomCreate(org_unit_id=ctx.station_id, name="个案室", room_type="counselling",
                                                   area_m2=15))
            clients.create_client(ctx, ClientInput(name="张秀英", gender="female", org_unit_id=ctx.station_id),
                                  consent=ConsentInput(given_on=date(2026, 1, 2)))
    finally:
        ctx.close()


@pytest.fixture(scope="session")
def sync_templates(tmp_path_factory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("sync-sites")
    _setup(root / "county", name=COUNTY_NAME, tier="county", code="610722")
    _setup(root / "station", name=STATION_NAME, tier="township", code="610722001")
    return {"county": root / "county", "station": root / "station"}


def _open(template: Path, target: Path, username: str = USERNAME, password: str = PASSWORD):
    from wulian_desk.services.station import station

    if not target.exists():
        shutil.copytree(template, target)
    return station.open_station(target, passphrase=password, username=username)


@pytest.fixture
def county_ctx(sync_templates, tmp_path):
    ctx = _open(sync_templates["county"], tmp_path / "county")
    yield ctx
    ctx.close()


@pytest.fixture
def station_ctx(sync_templates, tmp_path):
    ctx = _open(sync_templates["station"], tmp_path / "station")
    yield ctx
    ctx.close()


@pytest.fixture
def stick(tmp_path, monkeypatch) -> Path:
    """A folder standing in for the USB stick, and the only removable drive the machine sees."""
    folder = tmp_path / "KINGSTON"
    folder.mkdir()
    monkeypatch.setattr(drives, "removable_drives", lambda **_: [drives.Drive(folder, "KINGSTON", 8 * 1024**3)])
    return folder


def enrol_by_service(station_ctx, county_ctx, folder: Path) -> None:
    from wulian_desk.services.sync import enrolment

    request = enrolment.write_request(station_ctx, folder / "request.wer")
    enrolment.accept_request(county_ctx, request, folder / "reply.wer",
                             fingerprint=enrolment.read_request(request).fingerprint)
    enrolment.import_reply(station_ctx, folder / "reply.wer", fingerprint=enrolment.keys_info(county_ctx).fingerprint)


# -- driving the screens ----------------------------------------------------------------------


def answer(monkeypatch, dialog_class, script) -> None:
    """The next `dialog_class(...).exec()` runs `script(dialog)` instead of waiting for a person."""

    def exec_(dialog):
        dialog.show()
        script(dialog)
        dialog.hide()
        QApplication.processEvents()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)


def open_page(qtbot, ctx, runner, wait_tasks, tab: str):
    from wulian_desk.ui.sync.page import SyncPage
    from wulian_desk.ui.widgets.windows import settle_window

    page = SyncPage(ctx, runner)
    qtbot.addWidget(page)
    settle_window(page)  # a page shown on its own, as the window would hold it
    page.resize(1100, 700)
    page.show()
    wait_tasks()
    page.show_tab(tab)
    wait_tasks()
    return page


def column(table, number: int) -> list[str]:
    return [table.cell_text(r, number) for r in range(table.rowCount())]


# -- the whole loop ---------------------------------------------------------------------------


def test_enrol_export_import_and_the_county_sees_the_station_reported(
        qtbot, runner, wait_tasks, monkeypatch, dialogs, station_ctx, county_ctx, stick):
    from wulian_desk.services.sync import sync
    from wulian_desk.ui.sync import files
    from wulian_desk.ui.sync.keys import AcceptDialog, ReplyDialog

    station = open_page(qtbot, station_ctx, runner, wait_tasks, "keys")
    county = open_page(qtbot, county_ctx, runner, wait_tasks, "keys")
    station_fp = station.keys.fingerprint.text()
    county_fp = county.keys.fingerprint.text()
    assert station_fp and county_fp and station_fp != county_fp
    assert station.keys.recipient.text().startswith("age1")
    assert "BEGIN PUBLIC KEY" in station.keys.pem.toPlainText()
    assert station.keys.enrol_state.text() == "本站还没有登记到县级总站。"
    assert county.keys.accept_button.isVisible() and station.keys.request_button.isVisible()

    # 1. The station writes its request onto the stick.
    request = stick / "request.wer"
    monkeypatch.setattr(files, "ask_save", lambda parent, title, suggested, filters: request)
    station.keys.request_button.click()
    wait_tasks()
    assert request.exists()
    assert station.keys.status.text().startswith(f"已写出登记申请：{request}")
    assert station_fp in station.keys.status.text()

    # 2. The county opens it; a misheard fingerprint is refused under its field, nothing enrolled.
    monkeypatch.setattr(files, "ask_open_enrolment", lambda parent, title, start=None: request)
    seen = {}

    def accept(dialog):
        assert dialog.findChild(type(dialog.out_label), "requestStation").text() == STATION_NAME
        assert dialog.findChild(type(dialog.out_label), "requestFingerprint").text() == station_fp
        dialog.fingerprint.setText("AAAA-BBBB-CCCC-DDDD")
        click_save(dialog)
        seen["wrong"] = dialog.errors.message("fingerprint")
        seen["peers"] = len(sync.list_peers(county_ctx))
        dialog.fingerprint.setText(station_fp.lower().replace("-", " "))  # as typed from the phone call
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, AcceptDialog, accept)
    county.keys.accept_button.click()
    wait_tasks()
    assert seen["wrong"].startswith("指纹不一致：文件中") and station_fp in seen["wrong"]
    assert seen["peers"] == 0
    reply = stick / f"enrol-reply-{station_ctx.store.device_id[-8:]}.wer"
    assert reply.exists()
    assert county.keys.status.text() == f"已登记 {STATION_NAME}。请把回执 {reply} 交给站点，并在电话中告诉站点本总站的指纹：{county_fp}。"
    assert county.keys.enrol_state.text() == "已登记 1 个站点的电脑（其中 1 个在用）。"

    # 3. The station imports the reply with the county's fingerprint.
    monkeypatch.setattr(files, "ask_open_enrolment", lambda parent, title, start=None: reply)

    def import_reply(dialog):
        dialog.fingerprint.setText(station_fp)  # the station's own, not the county's
        click_save(dialog)
        seen["reply_wrong"] = dialog.errors.message("fingerprint")
        seen["station_peers"] = len(sync.list_peers(station_ctx))
        dialog.fingerprint.setText(county_fp)
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, ReplyDialog, import_reply)
    station.keys.reply_button.click()
    wait_tasks()
    assert seen["reply_wrong"].startswith("指纹不一致：文件中")
    assert seen["station_peers"] == 0
    assert station.keys.status.text() == f"已登记到 {COUNTY_NAME}。此后导出的数据包将发往该总站。"
    assert station.keys.enrol_state.text() == f"本站已登记到 {COUNTY_NAME}（总站指纹 {county_fp}）。"

    # 4. The station sees what will go up, then exports to the stick.
    export = station.show_tab("export")
    wait_tasks()
    assert export.picker.folder() == stick
    assert "KINGSTON" in export.picker.combo.currentText()
    assert export.peer_combo.currentText() == f"{COUNTY_NAME}（县级总站）"
    preview = {row[0]: row for row in export.preview.rows_text()}
    assert preview["房间"][1:] == ["1", "—", "—"]
    assert preview["服务对象"][1] == "1"
    assert "身份证号" in preview["服务对象"][2] and "电话" in preview["服务对象"][2]
    assert "姓名或名称（化名）" in preview["服务对象"][3] and "出生日期（只报年份）" in preview["服务对象"][3]
    export.export_button.click()
    wait_tasks()
    bundles = sorted(stick.glob("*.wlb"))
    assert len(bundles) == 1
    assert export.outcome.text() == f"已写入 1 个数据包到 {stick}，并已读回校验无误。可以安全拔出 U 盘。"
    assert column(export.written, 0) == [bundles[0].name] and column(export.written, 1) == [COUNTY_NAME]
    station.show_tab("peers")
    wait_tasks()
    assert station.peers.table.rows_text()[0][:5] == [COUNTY_NAME, "县级总站", "正常", county_fp, "1"]  # bundle 1 sent

    # 5. The county imports everything on the stick and sees a per-file result.
    importer = county.show_tab("import")
    assert importer.picker.folder() == stick
    importer.all_button.click()
    wait_tasks()
    rows = importer.table.rows_text()
    assert [r[:4] for r in rows] == [[bundles[0].name, STATION_NAME, "1", "已导入"]]
    assert rows[0][7].startswith(f"已导入：来自 {STATION_NAME} 的第 1 号数据包")
    assert importer.summary.text() == "1 个数据包：已导入：1 个。"

    importer.all_button.click()  # the same stick again: nothing changes
    wait_tasks()
    assert importer.table.rows_text()[0][3] == "已导入过"
    assert importer.table.rows_text()[0][7] == "第 1 号数据包已经导入过，未做任何更改。"

    # 6. A damaged copy is refused with its reason and changes nothing.
    damaged = stick.parent / "damaged.wlb"
    data = bytearray(bundles[0].read_bytes())
    data[-10] ^= 0x01
    damaged.write_bytes(bytes(data))
    ledger_before = len(sync.ledger(county_ctx))
    monkeypatch.setattr(files, "ask_bundles", lambda parent, start=None: [damaged])
    importer.files_button.click()
    wait_tasks()
    rows = importer.table.rows_text()
    assert rows[0][0] == "damaged.wlb" and rows[0][3] == "被拒绝（内容被改动）" and rows[0][7]
    assert importer.summary.text() == "1 个数据包：被拒绝：1 个。"
    assert len(sync.ledger(county_ctx)) == ledger_before

    # 7. The county's view: the station's bundle arrived, but it has not submitted the month (a
    # bundle written within the month is not its report).
    peers = county.show_tab("peers")
    wait_tasks()
    assert peers.month.currentData() == date.today().strftime("%Y-%m")
    reported = peers.reporting_table.rows_text()
    assert [r[:3] for r in reported] == [[STATION_NAME, "未报送", "1"]]
    assert reported[0][5] == "—"
    assert peers.reporting_summary.text() == "上报率 0%，及时率 0%（应报 1 个站点，已上报 0 个，按时 0 个）。"
    assert peers.table.rows_text()[0][:3] == [STATION_NAME, "站点", "正常"]
    assert peers.table.rows_text()[0][6] == "1"
    peers.month.setCurrentIndex(2)  # two months ago: nothing submitted either
    wait_tasks()
    assert peers.reporting_table.rows_text()[0][1] == "未报送"
    assert peers.reporting_summary.text().startswith("上报率 0%，及时率 0%")
    assert dialogs.warnings == []


def test_export_to_a_missing_folder_names_it_and_changes_nothing(
        qtbot, runner, wait_tasks, monkeypatch, dialogs, station_ctx, county_ctx, tmp_path):
    from wulian_desk.services.sync import sync
    from wulian_desk.ui.sync import files

    monkeypatch.setattr(drives, "removable_drives", lambda **_: [])
    enrol_by_service(station_ctx, county_ctx, tmp_path)
    page = open_page(qtbot, station_ctx, runner, wait_tasks, "export")
    export = page.export
    assert export.picker.folder() is None
    assert export.picker.combo.currentText().startswith("（没有找到 U 盘")
    export.export_button.click()
    assert dialogs.warnings == ["请先插好 U 盘并重新查找，或选择一个文件夹。"]

    gone = tmp_path / "pulled-out"
    monkeypatch.setattr(files, "ask_folder", lambda parent, start=None: gone)
    export.picker.other_button.click()
    assert export.picker.folder() == gone and export.picker.combo.count() == 1
    export.export_button.click()
    wait_tasks()
    assert dialogs.warnings[1] == f"文件夹 {gone} 不存在（U 盘插好了吗？）"
    assert export.outcome.text().startswith("没有导出完成：文件夹")
    assert "可以安全拔出" not in export.outcome.text()
    assert sync.list_peers(station_ctx)[0].out_seq == 0

    importer = page.show_tab("import")
    importer.picker.set_folder(gone)
    importer.all_button.click()
    assert dialogs.warnings[2] == f"无法打开文件夹 {gone}（U 盘插好了吗？）"


# -- corrections ------------------------------------------------------------------------------


def test_a_correction_request_goes_down_and_its_answer_comes_back(
        qtbot, runner, wait_tasks, monkeypatch, dialogs, station_ctx, county_ctx, tmp_path, stick):
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.sync import sync
    from wulian_desk.ui.sync.corrections import AnswerDialog, RequestDialog

    enrol_by_service(station_ctx, county_ctx, tmp_path)
    sync.import_bundles(county_ctx, [r.path for r in sync.export_all(station_ctx, tmp_path)])
    room_id = facilities.room_ids(station_ctx)[0]

    county = open_page(qtbot, county_ctx, runner, wait_tasks, "corrections")
    tab = county.corrections
    assert tab.request_button.isVisible() and tab.request_button.isEnabled() and not tab.answer_button.isVisible()

    room_name = facilities.rooms_by_id(station_ctx, [room_id])[room_id].name

    def request(dialog):
        assert dialog.station.currentText() == STATION_NAME
        dialog.kind.setCurrentIndex(dialog.kind.findData("room"))
        qtbot.waitUntil(lambda: dialog.record.findData(room_id) >= 0)  # the station's rooms, as the county holds them
        dialog.find.setText("没有这个房间")
        dialog.message.setPlainText("个案室面积与现场核查不符，请核实。")
        click_save(dialog)  # before the list caught up with the typing: it catches up first
        assert dialog.isVisible()
        assert dialog.errors.message("record_id") == "请选择要更正的记录。"
        qtbot.waitUntil(lambda: dialog.record.count() == 0)  # the list shows the typed search, no match
        dialog.find.setText(room_name)
        qtbot.waitUntil(lambda: dialog.record.findData(room_id) >= 0)
        dialog.record.setCurrentIndex(dialog.record.findData(room_id))
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, RequestDialog, request)
    tab.request_button.click()
    wait_tasks()
    assert tab.status.text() == "已记录更正请求，将随下一个发往该站点的数据包送达。"
    assert tab.table.rows_text() == [[STATION_NAME, "房间", room_name, "个案室面积与现场核查不符，请核实。", "王站长",
                                      date.today().isoformat(), "待答复", "", ""]]

    # Down: the county exports to the stick, the station imports it through its import screen.
    county.show_tab("export").export_button.click()
    wait_tasks()
    station = open_page(qtbot, station_ctx, runner, wait_tasks, "import")
    station.importer.all_button.click()
    wait_tasks()
    assert [r[3] for r in station.importer.table.rows_text()] == ["已导入"]

    corrections = station.show_tab("corrections")
    wait_tasks()
    assert not corrections.request_button.isVisible()
    assert column(corrections.table, 6) == ["待答复"]
    corrections.table.selectRow(0)
    errors = {}

    def reply(dialog):
        asked = dialog.findChild(type(dialog.general_error), "requestText").text()
        assert "个案室面积与现场核查不符" in asked and f"房间 {room_name}" in asked  # which of its rooms is meant
        dialog.status.setCurrentIndex(dialog.status.findData("declined"))
        click_save(dialog)
        errors["declined"] = dialog.errors.message("answer")
        dialog.status.setCurrentIndex(dialog.status.findData("corrected"))
        dialog.text.setPlainText("已按现场核查更正为 18 平方米。")
        click_save(dialog)
        assert not dialog.isVisible(), dialog.general_error.text()

    answer(monkeypatch, AnswerDialog, reply)
    corrections.answer_button.click()
    wait_tasks()
    assert errors["declined"] == "请填写答复。"
    assert column(corrections.table, 6) == ["已更正"]
    assert corrections.status.text() == "已答复，将随下一个上报的数据包送达总站。"

    # Up: the answer travels with the station's next bundle.
    for old in stick.glob("*.wlb"):
        old.unlink()
    station.show_tab("export").export_button.click()
    wait_tasks()
    county.show_tab("import").all_button.click()
    wait_tasks()
    assert [r[3] for r in county.importer.table.rows_text()] == ["已导入"]
    county.show_tab("corrections")
    wait_tasks()
    assert tab.table.rows_text()[0][6:] == ["已更正", "王站长", "已按现场核查更正为 18 平方米。"]
    assert dialogs.warnings == []


# -- conflicts --------------------------------------------------------------------------------


def make_conflict(ctx, table: str, row_id: str, counter: int = 1, **values) -> None:
    """Another computer of the owning station edited the row without seeing this version."""
    from wulian_desk.sync import changes, payload

    spec = changes.specs()[table]
    with ctx.reading() as session:
        row = list(session.connection().exec_driver_sql(
            f"SELECT {changes.quoted(spec.columns)} FROM {table} WHERE id = ?", (row_id,)).one())
    at = {c: i for i, c in enumerate(spec.columns)}
    row[at["device_id"]], row[at["counter"]], row[at["base_version"]] = "01a2ffff-0000-7000-8000-00000000beef", counter, None
    for name, value in values.items():
        row[at[name]] = value
    with ctx.writing() as session:
        assert changes.apply(session, [payload.TableBlock(table, list(spec.columns), [row])]).conflicts == 1


def room_names(ctx) -> list[str]:
    from wulian_desk.services.facilities import facilities

    ids = facilities.room_ids(ctx)
    return [facilities.rooms_by_id(ctx, ids)[i].name for i in ids]


def test_a_conflict_is_listed_with_its_differences_and_resolved(
        qtbot, runner, wait_tasks, dialogs, station_ctx):
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.sync import conflicts

    room_id = facilities.room_ids(station_ctx)[0]
    make_conflict(station_ctx, "room", room_id, name="心理咨询室", area_m2=20.0)
    page = open_page(qtbot, station_ctx, runner, wait_tasks, "conflicts")
    tab = page.conflicts
    assert page.tabs.tabText(page.tabs.indexOf(tab)) == "冲突（1）"
    assert tab.table.rows_text()[0][:2] == ["房间", room_id]
    assert "姓名或名称" in tab.table.rows_text()[0][3] and "面积" in tab.table.rows_text()[0][3]
    assert ["姓名或名称", "个案室", "心理咨询室"] in tab.differences.rows_text()
    assert ["面积", "15.0", "20.0"] in tab.differences.rows_text()
    assert tab.keep_button.isEnabled() and tab.restore_button.isEnabled()  # our own record

    tab.restore_button.click()
    wait_tasks()
    assert tab.status.text() == "已恢复落选的版本。"
    assert room_names(station_ctx) == ["心理咨询室"]
    assert tab.table.rowCount() == 0 and page.tabs.tabText(page.tabs.indexOf(tab)) == "冲突"

    # One resolved elsewhere meanwhile: the service's reason, shown as a message.
    make_conflict(station_ctx, "room", room_id, counter=2, notes="窗户朝北")
    tab.load()
    wait_tasks()
    assert tab.table.rowCount() == 1
    conflicts.resolve(station_ctx, tab.selected().id, restore=False)
    tab.keep_button.click()
    wait_tasks()
    assert dialogs.warnings == ["这处冲突已经处理过了。"]
    assert room_names(station_ctx) == ["心理咨询室"] and conflicts.open_count(station_ctx) == 0


def test_at_the_county_a_stations_conflict_can_only_be_set_aside(
        qtbot, runner, wait_tasks, dialogs, station_ctx, county_ctx, tmp_path):
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.sync import conflicts, sync

    enrol_by_service(station_ctx, county_ctx, tmp_path)
    sync.import_bundles(county_ctx, [r.path for r in sync.export_all(station_ctx, tmp_path)])
    make_conflict(county_ctx, "room", facilities.room_ids(station_ctx)[0], name="活动室")
    page = open_page(qtbot, county_ctx, runner, wait_tasks, "conflicts")
    tab = page.conflicts
    assert tab.table.rowCount() == 1
    assert tab.keep_button.isEnabled() and not tab.restore_button.isEnabled()
    tab.keep_button.click()
    wait_tasks()
    assert tab.status.text() == "已保留当前版本。" and conflicts.open_count(county_ctx) == 0


# -- roles and the window ---------------------------------------------------------------------


def test_the_window_opens_the_sync_area_and_a_worker_sees_only_what_a_worker_may_do(
        qtbot, runner, wait_tasks, sync_templates, tmp_path, monkeypatch):
    from wulian_desk.services.station import accounts
    from wulian_desk.ui.main_window import MainWindow
    from wulian_desk.ui.sync.page import SyncPage

    monkeypatch.setattr(drives, "removable_drives", lambda **_: [])
    head = _open(sync_templates["station"], tmp_path / "station")
    accounts.create_account(head, username=WORKER, display_name="李晓", role="worker", password=WORKER_PASSWORD)
    window = MainWindow(head, runner, tmp_path / "station")
    qtbot.addWidget(window)
    window.show()
    window.idle.stop()
    page = window.show_area("sync")
    wait_tasks()
    assert isinstance(page, SyncPage)
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["导出", "导入", "同步对象", "共享策略", "冲突",
                                                                       "更正请求", "密钥与登记"]
    window.close()
    runner.wait()
    head.close()

    worker = _open(sync_templates["station"], tmp_path / "station", WORKER, WORKER_PASSWORD)
    try:
        page = open_page(qtbot, worker, runner, wait_tasks, "keys")
        assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == ["同步对象", "共享策略", "更正请求",
                                                                           "密钥与登记"]
        assert page.keys.fingerprint.text()
        for button in (page.keys.request_button, page.keys.reply_button, page.keys.accept_button,
                       page.keys.backup_button):
            assert not button.isVisibleTo(page.keys)
        assert page.peers.revoke_button.isHidden()
        assert not page.corrections.answer_button.isHidden()
    finally:
        runner.wait()
        worker.close()


def test_keys_are_backed_up_only_after_confirmation(qtbot, runner, wait_tasks, monkeypatch, dialogs, station_ctx,
                                                    tmp_path):
    from wulian_desk.ui.sync import files

    out = tmp_path / "keys.txt"
    asked = []
    monkeypatch.setattr(files, "ask_save", lambda parent, title, suggested, filters: asked.append(suggested) or out)
    page = open_page(qtbot, station_ctx, runner, wait_tasks, "keys")
    dialogs.confirm_answer = False
    page.keys.backup_button.click()
    wait_tasks()
    assert len(dialogs.confirmed) == 1 and "县级总站保险柜" in dialogs.confirmed[0]
    assert asked == [] and not out.exists()

    dialogs.confirm_answer = True
    page.keys.backup_button.click()
    wait_tasks()
    assert out.read_text(encoding="utf-8").count("AGE-SECRET-KEY-1") == 1
    assert page.keys.status.text().startswith(f"已写出私钥备份：{out}")


def test_a_check_only_import_changes_nothing_and_a_revoked_stations_bundle_is_refused(
        qtbot, runner, wait_tasks, monkeypatch, dialogs, station_ctx, county_ctx, tmp_path, stick):
    from wulian_desk.services.sync import sync

    enrol_by_service(station_ctx, county_ctx, tmp_path)
    sync.export_all(station_ctx, stick)
    page = open_page(qtbot, county_ctx, runner, wait_tasks, "import")
    importer = page.importer
    importer.dry_run.setChecked(True)
    importer.all_button.click()
    wait_tasks()
    assert [r[3] for r in importer.table.rows_text()] == ["检查通过（未导入）"]
    assert importer.table.rows_text()[0][7].startswith(f"可以导入：来自 {STATION_NAME} 的第 1 号数据包")
    assert sync.ledger(county_ctx) == []

    peers = page.show_tab("peers")
    wait_tasks()
    peers.table.selectRow(0)
    assert peers.revoke_button.isEnabled()
    peers.revoke_button.click()
    wait_tasks()
    assert "确定吊销" in dialogs.confirmed[0] and STATION_NAME in dialogs.confirmed[0]
    assert peers.table.rows_text()[0][2] == "已吊销" and not peers.revoke_button.isEnabled()

    page.show_tab("import")
    importer.dry_run.setChecked(False)
    importer.all_button.click()
    wait_tasks()
    rows = importer.table.rows_text()
    assert rows[0][3] == "被拒绝（发送方已吊销）" and "吊销" in rows[0][7]
    assert sync.ledger(county_ctx) == []


def test_the_sync_screens_speak_english(qapp, qtbot, runner, wait_tasks, monkeypatch, station_ctx):
    from wulian_desk.ui import i18n

    monkeypatch.setattr(drives, "removable_drives", lambda **_: [])
    i18n.install(qapp, "en")
    page = open_page(qtbot, station_ctx, runner, wait_tasks, "keys")
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "Export", "Import", "Peers", "Sharing policy", "Conflicts", "Corrections", "Keys and enrolment"]
    assert page.keys.enrol_state.text() == "This station is not enrolled with a county yet."
    assert page.keys.request_button.text() == "Write an enrolment request…"
    export = page.show_tab("export")
    wait_tasks()
    assert export.picker.combo.currentText().startswith("(No USB stick found")
    assert export.preview_note.text().startswith("Nothing enrolled yet.")


# -- the sharing policy -----------------------------------------------------------------------


def sharing_rows(tab) -> dict[str, list[str]]:
    return {tab.table.row_key(r): tab.table.rows_text()[r] for r in range(tab.table.rowCount())}


def ticked(tab) -> set[str]:
    from PySide6.QtCore import Qt

    return {tab.table.row_key(r) for r in range(tab.table.rowCount())
            if tab.table.item(r, 3).checkState() == Qt.CheckState.Checked}


def tick(tab, key: str, on: bool = True) -> None:
    from PySide6.QtCore import Qt

    row = next(r for r in range(tab.table.rowCount()) if tab.table.row_key(r) == key)
    tab.table.item(row, 3).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def test_the_county_widens_the_sharing_policy_and_the_station_sees_it_in_force(
        qtbot, runner, wait_tasks, dialogs, station_ctx, county_ctx, tmp_path):
    from PySide6.QtCore import Qt

    from wulian_desk.core.sharing import widenable
    from wulian_desk.services.sync import county_documents, sync

    enrol_by_service(station_ctx, county_ctx, tmp_path)
    county = open_page(qtbot, county_ctx, runner, wait_tasks, "sharing")
    tab = county.sharing
    rows = sharing_rows(tab)
    assert list(rows) == widenable()  # every withheld column, in the policy's order
    assert rows["client.name"] == ["服务对象", "姓名或名称", "化名", ""]
    assert rows["client.birth_date"][2] == "只报年份"
    assert rows["service_session.content"] == ["个案服务记录", "内容", "不上报", ""]
    assert ticked(tab) == set()
    assert "随下一个发往各站点的数据包下达" in tab.effect.text() and tab.effect.isVisible()
    assert tab.save_button.isVisible() and not tab.save_button.isEnabled()

    tick(tab, "service_session.content")
    assert tab.status.text() == "有未保存的修改。" and tab.save_button.isEnabled()
    tick(tab, "service_session.content", on=False)  # back as it was: nothing to save
    assert tab.status.text() == "" and not tab.save_button.isEnabled()
    tick(tab, "supervision.notes")
    tab.revert_button.click()
    assert ticked(tab) == set() and not tab.revert_button.isEnabled()

    tick(tab, "service_session.content")
    tick(tab, "supervision.notes")
    tab.save_button.click()
    wait_tasks()
    assert tab.status.text() == "已保存共享策略（放开 2 个字段）。将随下一个发往各站点的数据包生效。"
    assert county_documents.sharing_policy(county_ctx).keep == {"service_session.content", "supervision.notes"}
    assert ticked(tab) == {"service_session.content", "supervision.notes"} and not tab.save_button.isEnabled()

    # The station, before the county's next bundle: the default, read-only.
    station = open_page(qtbot, station_ctx, runner, wait_tasks, "sharing")
    mine = station.sharing
    assert not mine.save_button.isVisibleTo(mine) and not mine.effect.isVisibleTo(mine)
    assert mine.table.horizontalHeaderItem(3).text() == "本站现行"
    assert sharing_rows(mine)["service_session.content"][3] == "不上报"
    assert sharing_rows(mine)["client.name"][3] == "化名"
    assert mine.table.item(0, 3).data(Qt.ItemDataRole.CheckStateRole) is None  # no check boxes here

    # The policy goes down with the county's next bundle; then it is in force at the station.
    down = tmp_path / "down"
    down.mkdir()
    results = sync.import_bundles(station_ctx, [r.path for r in sync.export_all(county_ctx, down)])
    assert [r.status for r in results] == ["imported"]
    station.apply_changes(object())
    wait_tasks()
    rows = sharing_rows(mine)
    assert rows["service_session.content"][3] == "照原样上报（总站已放开）"
    assert rows["supervision.notes"][3] == "照原样上报（总站已放开）"
    assert rows["service_session.next_steps"][3] == "不上报" and rows["client.name"][3] == "化名"
    assert dialogs.warnings == []


def test_a_county_worker_sees_the_policy_without_changing_it(qtbot, runner, wait_tasks, sync_templates, tmp_path):
    from PySide6.QtCore import Qt

    from wulian_desk.services.station import accounts

    head = _open(sync_templates["county"], tmp_path / "county")
    try:
        accounts.create_account(head, username=WORKER, display_name="李晓", role="worker", password=WORKER_PASSWORD)
    finally:
        head.close()
    worker = _open(sync_templates["county"], tmp_path / "county", WORKER, WORKER_PASSWORD)
    try:
        page = open_page(qtbot, worker, runner, wait_tasks, "sharing")
        tab = page.sharing
        assert tab.table.rowCount() > 10 and not tab.save_button.isVisibleTo(tab)
        assert not tab.table.item(0, 3).flags() & Qt.ItemFlag.ItemIsUserCheckable
    finally:
        runner.wait()
        worker.close()


# -- bundle history ---------------------------------------------------------------------------


def test_the_peers_tab_lists_the_bundles_received_from_the_selected_peer(
        qtbot, runner, wait_tasks, dialogs, station_ctx, county_ctx, tmp_path):
    import json

    from wulian_desk.core.models import RoomCreate
    from wulian_desk.services.facilities import facilities
    from wulian_desk.services.sync import sync

    enrol_by_service(station_ctx, county_ctx, tmp_path)
    written = []
    for number in (1, 2, 3):
        folder = tmp_path / f"bundle-{number}"
        folder.mkdir()
        written.append(sync.export_all(station_ctx, folder)[0])
        facilities.create_room(station_ctx, RoomCreate(org_unit_id=station_ctx.station_id, name=f"活动室{number}",
                                                       room_type="group", area_m2=30))
    sync.import_bundles(county_ctx, [written[0].path, written[2].path])  # the second one stays behind

    page = open_page(qtbot, county_ctx, runner, wait_tasks, "peers")
    peers = page.peers
    assert peers.selected().name == STATION_NAME  # the first peer is selected at once
    history = peers.history
    assert history.title() == f"从 {STATION_NAME} 收到的数据包"
    rows = history.table.rows_text()
    assert [r[0] for r in rows] == ["3", "1"]
    ledger = {b.seq: b for b in sync.ledger(county_ctx)}
    records = {seq: sum(json.loads(b.counts).values()) for seq, b in ledger.items()}
    assert [r[3] for r in rows] == [str(records[3]), str(records[1])]
    assert records[1] == written[0].records and records[3] == written[2].records
    assert rows[1][1] and rows[1][2] and rows[1][4] == ""
    assert "服务对象（1）" in rows[1][5]
    assert history.summary.text().startswith(f"已导入 2 个数据包，共 {records[1] + records[3]} 条记录。缺少第 2 号数据包")

    # The missing bundle arrives: the history shows it after the import.
    sync.import_bundles(county_ctx, [written[1].path])
    page.apply_changes(object())
    wait_tasks()
    assert [r[0] for r in history.table.rows_text()] == ["3", "2", "1"]
    assert "缺少" not in history.summary.text()

    # At the station: nothing has come down from the county yet.
    station = open_page(qtbot, station_ctx, runner, wait_tasks, "peers")
    assert station.peers.history.title() == f"从 {COUNTY_NAME} 收到的数据包"
    assert station.peers.history.table.rowCount() == 0
    assert station.peers.history.summary.text() == "还没有导入过它的数据包。"
    station.peers.table.clearSelection()
    assert station.peers.history.summary.text().startswith("在上表中选中一个同步对象")
    assert dialogs.warnings == []


# -- results in English -----------------------------------------------------------------------


def test_import_results_in_english_are_put_together_from_the_results_fields(
        qapp, qtbot, runner, wait_tasks, monkeypatch, dialogs, station_ctx, county_ctx, tmp_path, stick):
    import re

    from wulian_desk.services.sync import sync
    from wulian_desk.ui import i18n
    from wulian_desk.ui.sync import files

    enrol_by_service(station_ctx, county_ctx, tmp_path)
    early = tmp_path / "early"
    early.mkdir()
    sync.export_all(station_ctx, early)  # bundle 1 stays at the station
    i18n.install(qapp, "en")
    station = open_page(qtbot, station_ctx, runner, wait_tasks, "export")
    station.export.export_button.click()  # bundle 2, onto the stick
    wait_tasks()
    assert station.export.outcome.text() == (f"1 bundle(s) written to {stick}, read back and verified. "
                                             "The USB stick can be removed safely.")
    bundle = next(stick.glob("*.wlb"))
    records = station.export.results[0].records

    county = open_page(qtbot, county_ctx, runner, wait_tasks, "import")
    importer = county.importer
    importer.dry_run.setChecked(True)
    importer.all_button.click()
    wait_tasks()
    row = importer.table.rows_text()[0]
    assert row[3] == "Checked (not imported)"
    assert row[7] == (f"Can be imported: bundle 2 from {STATION_NAME}, records: {records}. "
                      "Note: bundles 1 are missing; copy them too (this bundle carries full data all the same).")
    importer.dry_run.setChecked(False)
    importer.all_button.click()
    wait_tasks()
    row = importer.table.rows_text()[0]
    assert row[3] == "Imported" and row[7].startswith(f"Imported bundle 2 from {STATION_NAME}, records: {records}.")
    importer.all_button.click()
    wait_tasks()
    assert importer.table.rows_text()[0][3:4] + importer.table.rows_text()[0][7:] == [
        "Already imported", "Bundle 2 was imported before; nothing was changed."]

    damaged = tmp_path / "damaged.wlb"
    data = bytearray(bundle.read_bytes())
    data[-10] ^= 0x01
    damaged.write_bytes(bytes(data))
    stranger = tmp_path / "notes.wlb"
    stranger.write_text("a shopping list\n", encoding="utf-8")
    monkeypatch.setattr(files, "ask_bundles", lambda parent, start=None: [damaged, stranger])
    importer.files_button.click()
    wait_tasks()
    rows = importer.table.rows_text()
    assert [r[3] for r in rows] == ["Refused (tampered)", "Refused (not a bundle)"]
    assert rows[0][7].endswith("refused: tampered. Nothing was changed.")
    assert rows[1][7] == "Bundle refused: not a bundle. Nothing was changed."
    for r in rows:  # nothing of the service's Chinese message shows
        assert not re.search(r"[\u4e00-\u9fff]", r[7].replace(STATION_NAME, ""))
    assert [r.reason for r in importer.results] == ["tampered", "not_a_bundle"]
    assert importer.summary.text().startswith("2 bundle(s): ") and importer.summary.text().endswith(".")

    # The same results in Chinese keep the service's own sentence, with the reason's label.
    i18n.install(qapp, i18n.CHINESE)
    importer._imported(importer.results, 0)
    rows = importer.table.rows_text()
    assert [r[3] for r in rows] == ["被拒绝（内容被改动）", "被拒绝（不是数据包）"]
    assert [r[7] for r in rows] == [r.message for r in importer.results]
    assert dialogs.warnings == []


def test_every_refusal_reason_of_the_bundle_format_has_a_label_in_both_languages(qapp):
    import re

    from wulian_desk.ui import i18n
    from wulian_desk.ui.sync import outcomes

    table = Path(__file__).resolve().parents[2].joinpath("docs", "bundle-format.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `([a-z_]+)` \|", table.split("## Rejections", 1)[1], re.M)
    assert len(documented) == 13
    codes = [*documented, "unreadable"]
    chinese = [outcomes.reason(code) for code in codes]
    assert all(re.search(r"[\u4e00-\u9fff]", text) for text in chinese)
    assert len(set(chinese)) == len(codes)
    i18n.install(qapp, "en")
    english = [outcomes.reason(code) for code in codes]
    assert all(text.isascii() and text for text in english) and len(set(english)) == len(codes)
    assert english[codes.index("bad_signature")] == "bad signature"
    assert outcomes.reason("ValidationError") == "other reason (ValidationError)"


def test_the_sharing_policy_and_bundle_history_speak_english(
        qapp, qtbot, runner, wait_tasks, monkeypatch, county_ctx):
    from wulian_desk.ui import i18n

    monkeypatch.setattr(drives, "removable_drives", lambda **_: [])
    i18n.install(qapp, "en")
    page = open_page(qtbot, county_ctx, runner, wait_tasks, "sharing")
    tab = page.sharing
    assert [tab.table.horizontalHeaderItem(c).text() for c in range(4)] == [
        "Record kind", "Field", "By default", "Send up for supervision"]
    rows = sharing_rows(tab)
    assert rows["client.birth_date"][2] == "year only" and rows["service_session.content"][2] == "not sent up"
    assert tab.effect.text().startswith("Once saved, the new policy goes down with the next bundle to each station")
    assert tab.save_button.text() == "Save the sharing policy"
    peers = page.show_tab("peers")
    wait_tasks()
    assert peers.history.title() == "Bundles received"
    assert peers.history.summary.text() == "Select a peer above to list the bundles received from it and imported."
