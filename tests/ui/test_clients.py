"""The clients screens: add a client through the real dialog (consent refused, then given), the
duplicate warning, the masked list searched as you type, the record with its consent history."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from tests.ui import casework_fixtures as cw
from tests.ui.conftest import click_save
from wulian_desk.services.casework import clients
from wulian_desk.ui.clients.consent import ConsentDialog
from wulian_desk.ui.clients.dialog import ClientDialog
from wulian_desk.ui.clients.page import ClientsPage
from wulian_desk.ui.main_window import MainWindow

casework_template, casework_dir, worker_ctx = cw.casework_template, cw.casework_dir, cw.worker_ctx


def answer(monkeypatch, dialog_class, script):
    """Stand in for the modal exec(): show the real dialog and let `script` work it like a user."""
    seen = []

    def exec_(dialog):
        dialog.show()
        seen.append(dialog)
        script(dialog)
        dialog.hide()
        QApplication.processEvents()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_)
    return seen


def open_window(qtbot, ctx, runner, folder):
    window = MainWindow(ctx, runner, folder)
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    window.idle.stop()
    qtbot.waitUntil(lambda: not runner.busy)  # the overview's first load, before anything else
    return window


def make_page(qtbot, ctx, runner, folder) -> ClientsPage:
    return open_window(qtbot, ctx, runner, folder).show_area("clients")


def test_a_client_with_sensitive_categories_needs_consent(qtbot, worker_ctx, runner, casework_dir, wait_tasks, monkeypatch, dialogs):
    page = make_page(qtbot, worker_ctx, runner, casework_dir)

    def script(dialog: ClientDialog):
        dialog.name.setText("张三")
        dialog.gender.setCurrentIndex(dialog.gender.findData("male"))
        dialog.birth_date.set_value("1950-03-07")
        dialog.phone.setText("13800001234")
        dialog.categories["dibao"].setChecked(True)  # financial hardship: sensitive
        click_save(dialog)
        assert dialog.isVisible()
        assert "缺少知情同意" in dialog.errors.message("consent")
        assert "经济困难信息" in dialog.errors.message("consent")
        assert clients.client_ids(worker_ctx) == []
        dialog.consent_box.setChecked(True)
        dialog.consent.sensitive["financial"].setChecked(True)
        click_save(dialog)
        assert not dialog.isVisible()

    seen = answer(monkeypatch, ClientDialog, script)
    page.add_button.click()
    assert len(seen) == 1
    [client_id] = clients.client_ids(worker_ctx)
    assert page.stack.currentWidget() is page.detail
    assert page.detail.values["phone"].text() == "138****1234"  # masked
    assert page.detail.consents.rowCount() == 1
    assert not page.detail.full_button.isVisible()  # a worker may not see full numbers
    assert client_id == page.detail.view.id


def test_duplicate_warning_asks_before_saving(qtbot, worker_ctx, runner, casework_dir, wait_tasks, monkeypatch, dialogs):
    cw.make_client(worker_ctx, "李四", birth_date=__import__("datetime").date(1960, 1, 1))
    page = make_page(qtbot, worker_ctx, runner, casework_dir)
    dialogs.confirm_answer = False

    def script(dialog: ClientDialog):
        dialog.name.setText("李四")
        dialog.gender.setCurrentIndex(dialog.gender.findData("male"))
        dialog.birth_date.set_value("1960-01-01")
        click_save(dialog)
        assert "重复登记" in dialogs.confirmed[-1]
        assert dialog.isVisible()
        dialogs.confirm_answer = True
        click_save(dialog)
        assert not dialog.isVisible()

    answer(monkeypatch, ClientDialog, script)
    page.add_button.click()
    assert len(clients.client_ids(worker_ctx)) == 2


def test_list_searches_by_initials_and_masks_numbers(qtbot, worker_ctx, runner, casework_dir, wait_tasks):
    cw.make_client(worker_ctx, "张三", phone="13912345678")
    cw.make_client(worker_ctx, "王五", gender="female")
    page = make_page(qtbot, worker_ctx, runner, casework_dir)
    assert page.list.model.rowCount() == 2
    page.list.search.setText("zs")
    qtbot.waitUntil(lambda: page.list.model.rowCount() == 1)
    assert page.list.model.index(0, 0).data() == "张三"
    assert page.list.model.index(0, 4).data() == "139****5678"


def test_record_and_withdraw_consent(qtbot, worker_ctx, runner, casework_dir, wait_tasks, monkeypatch, dialogs):
    client_id = cw.make_client(worker_ctx, "赵六")
    page = make_page(qtbot, worker_ctx, runner, casework_dir)
    page.show_client(client_id)

    def script(dialog: ConsentDialog):
        dialog.fields.sensitive["health"].setChecked(True)
        click_save(dialog)

    answer(monkeypatch, ConsentDialog, script)
    page.detail.consent_button.click()
    assert page.detail.consents.rowCount() == 2
    assert "健康信息" in page.detail.values["consent"].text()
    page.detail.withdraw_button.click()
    wait_tasks()  # withdrawn on the write lane
    assert "撤回" in dialogs.confirmed[-1]
    assert page.detail.values["consent"].text() == "已撤回"
    assert page.detail.consents.item(0, 4).text() != "—"


def test_household_members_are_added_checked_shown_and_kept_on_edit(qtbot, worker_ctx, runner, casework_dir,
                                                                    wait_tasks, monkeypatch, dialogs):
    page = make_page(qtbot, worker_ctx, runner, casework_dir)

    def add(dialog: ClientDialog):
        dialog.name.setText("刘桂英")
        dialog.gender.setCurrentIndex(dialog.gender.findData("female"))
        dialog.birth_date.set_value("1944-06-02")
        son = dialog.household.add_member()
        son.name.setText("李建国")
        son.relation.setCurrentIndex(son.relation.findData("child"))
        son.birth_year.setText("2099")
        dialog.household.add_member()  # a line left blank is no member
        click_save(dialog)
        assert dialog.isVisible()  # refused, saying which member and why
        assert dialog.errors.message("household") == "第 1 位家庭成员的出生年份应在 1900 到 " \
            f"{__import__('datetime').date.today().year} 之间。"
        assert clients.client_ids(worker_ctx) == []
        son.birth_year.setText("1970")
        daughter = dialog.household.lines[1]
        daughter.name.setText("李建红")
        click_save(dialog)
        assert "请选择第 2 位家庭成员（李建红）与服务对象的关系" in dialog.errors.message("household")
        daughter.relation.setCurrentIndex(daughter.relation.findData("child"))
        click_save(dialog)
        assert not dialog.isVisible()

    answer(monkeypatch, ClientDialog, add)
    page.add_button.click()
    [client_id] = clients.client_ids(worker_ctx)
    assert clients.view_client(worker_ctx, client_id).household == [
        {"name": "李建国", "relation": "child", "birth_year": 1970},
        {"name": "李建红", "relation": "child", "birth_year": None},
    ]
    assert page.detail.values["household"].text() == "李建国（子女，1970 年生）；李建红（子女）"

    def edit(dialog: ClientDialog):
        assert [line.name.text() for line in dialog.household.lines] == ["李建国", "李建红"]
        dialog.address.setText("城关镇北街 3 号")  # an edit elsewhere keeps the members
        click_save(dialog)
        assert not dialog.isVisible()

    answer(monkeypatch, ClientDialog, edit)
    page.detail.edit_button.click()
    assert len(clients.view_client(worker_ctx, client_id).household) == 2

    def remove(dialog: ClientDialog):
        dialog.household.lines[0].remove_button.click()
        assert len(dialog.household.lines) == 1
        click_save(dialog)

    answer(monkeypatch, ClientDialog, remove)
    page.detail.edit_button.click()
    assert clients.view_client(worker_ctx, client_id).household == [
        {"name": "李建红", "relation": "child", "birth_year": None}]
    assert page.detail.values["household"].text() == "李建红（子女）"


def test_a_long_clients_list_paints_a_page_and_counts_when_its_ids_are_in(qtbot, big_ctx, runner, wait_tasks):
    from wulian_desk.ui.models.lazy_table import PAGE_SIZE

    page = ClientsPage(big_ctx, runner)
    qtbot.addWidget(page)
    model = page.list.model
    total = len(clients.client_ids(big_ctx))
    assert total > 2 * PAGE_SIZE
    assert model.rowCount() == PAGE_SIZE + 1 and not model.complete
    assert page.list.count.text() == f"{PAGE_SIZE + 1} 条以上，正在载入…"
    qtbot.waitUntil(lambda: model.complete)
    assert model.rowCount() == total and page.list.count.text() == f"共 {total} 条"
    page.list.search.setText("wang")  # nobody's initials start so: an empty list, known at once
    page.list.apply_filters()
    assert model.complete and page.list.count.text() == "共 0 条"


def test_household_members_are_kept_in_the_draft_and_offered_back(qtbot, worker_ctx, runner, wait_tasks):
    """The members' lines come and go, so the household keeps its own draft value: a lock with
    two lines typed (one still blank) brings both back in the next client dialog."""
    from wulian_desk.services.casework import drafts

    dialog = ClientDialog(worker_ctx)
    dialog.runner = runner  # opened on its own, not from a page that holds the window's runner
    qtbot.addWidget(dialog)
    dialog.name.setText("刘桂英")
    son = dialog.household.add_member()
    son.name.setText("李建国")
    son.relation.setCurrentIndex(son.relation.findData("child"))
    son.birth_year.setText("1970")
    dialog.household.add_member()
    dialog.keep_draft()  # the window locks
    dialog.reject()
    wait_tasks()  # kept on the write lane
    stored = drafts.load_draft(worker_ctx, "clientDialog:new")["values"]["household"]
    assert stored == [{"name": "李建国", "relation": "child", "birth_year": "1970"},
                      {"name": "", "relation": None, "birth_year": None}]

    again = ClientDialog(worker_ctx)
    qtbot.addWidget(again)
    assert again.drafts.banner.isVisibleTo(again) and again.household.lines == []
    again.drafts.banner.restore_button.click()
    assert again.name.text() == "刘桂英"
    assert [line.value() for line in again.household.lines] == stored
    assert again.household.value() == stored[:1]  # the blank line is still no member
