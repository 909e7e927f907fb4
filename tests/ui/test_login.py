"""The login window: wrong password keeps the input and says so inline; the right one, or the
recovery code, unlocks; a demo station says what its published password is."""

from __future__ import annotations

import json

import pytest

from tests.ui.conftest import PASSWORD, USERNAME
from wulian_desk.ui.login import LoginWindow


@pytest.fixture
def login(qtbot, runner, station_dir):
    window = LoginWindow(station_dir, runner)
    qtbot.addWidget(window)
    window.show()
    return window


def test_wrong_password_is_refused_inline_and_the_fields_are_kept(login, qtbot, wait_tasks):
    form = login.form
    form.username.setText(USERNAME)
    form.password.setText("not-my-password")
    unlocked = []
    form.unlocked.connect(unlocked.append)
    form.submit_button.click()
    wait_tasks()
    assert unlocked == []
    assert form.error.isVisible() and form.error.text() == "用户名或密码不正确。"
    assert form.username.text() == USERNAME and form.password.text() == "not-my-password"
    assert form.submit_button.isEnabled()

    form.password.setText(PASSWORD)
    with qtbot.waitSignal(login.unlocked, timeout=10_000) as signal:
        form.submit_button.click()
    ctx = signal.args[0]
    try:
        assert ctx.username == USERNAME and ctx.role == "head"
        assert form.password.text() == ""  # not left lying in the widget
    finally:
        ctx.close()


def test_empty_fields_are_refused_without_trying(login, runner):
    login.form.username.setText("")
    login.form.submit()
    assert login.form.error.text() == "请输入用户名。" and not runner.busy
    login.form.username.setText(USERNAME)
    login.form.submit()
    assert login.form.error.text() == "请输入密码。" and not runner.busy


def test_the_recovery_code_typed_as_password_unlocks(login, qtbot, recovery_code):
    login.form.username.setText(USERNAME)
    login.form.password.setText(recovery_code)
    with qtbot.waitSignal(login.unlocked, timeout=10_000) as signal:
        login.form.submit()
    ctx = signal.args[0]
    assert ctx.account_id is None and ctx.role == "head"
    ctx.close()


def test_demo_station_prefills_the_user_and_shows_its_password(qtbot, runner, station_dir):
    (station_dir / "demo.json").write_text(json.dumps({"username": USERNAME, "password": PASSWORD}))
    window = LoginWindow(station_dir, runner)
    qtbot.addWidget(window)
    window.show()
    assert window.form.username.text() == USERNAME
    assert window.demo_hint.isVisible()
    assert "演示站点" in window.demo_hint.text() and PASSWORD in window.demo_hint.text()


def test_a_real_station_shows_no_demo_hint(login):
    assert login.form.username.text() == ""
    assert not login.demo_hint.isVisible()
