"""The light helpers the login window uses before the database stack has loaded."""

from wulian_desk.services.station import ui_support
from wulian_desk.storage.engine import DB_FILE
from wulian_desk.storage.keyslots import SLOTS_FILE
from wulian_desk.storage.store import is_initialised


def test_station_files_match_the_storage_layer():
    assert set(ui_support.STATION_FILES) == {DB_FILE, SLOTS_FILE}


def test_station_present_agrees_with_storage(station_dir, tmp_path):
    assert ui_support.station_present(station_dir) is is_initialised(station_dir) is True
    empty = tmp_path / "empty"
    empty.mkdir()
    assert ui_support.station_present(empty) is is_initialised(empty) is False
    assert ui_support.station_present(tmp_path / "missing") is False


def test_demo_login_is_read_only_from_a_valid_demo_file(tmp_path):
    assert ui_support.demo_login(tmp_path) is None
    (tmp_path / "demo.json").write_text('{"username": "admin", "password": "demo-pass-2026"}')
    assert ui_support.demo_login(tmp_path) == ui_support.DemoLogin("admin", "demo-pass-2026")
    for broken in ("not json", "[1, 2]", '{"username": "", "password": "x"}', '{"username": "a"}'):
        (tmp_path / "demo.json").write_text(broken)
        assert ui_support.demo_login(tmp_path) is None


def test_language_is_remembered_beside_the_database(tmp_path):
    assert ui_support.saved_language(tmp_path) is None
    ui_support.remember_language(tmp_path, "en")
    assert ui_support.saved_language(tmp_path) == "en"
    ui_support.remember_language(tmp_path, "fr")  # not a language we ship: ignored
    assert ui_support.saved_language(tmp_path) == "en"


def test_unlock_session_checks_the_sessions_own_password(ctx):
    from tests.conftest import PASSWORD
    from wulian_desk.core.errors import WrongPassphraseError

    ui_support.unlock_session(ctx, PASSWORD)
    try:
        ui_support.unlock_session(ctx, "not-the-password")
    except WrongPassphraseError as err:
        assert "不正确" in str(err)
    else:  # pragma: no cover
        raise AssertionError("a wrong password unlocked the window")


def test_a_recovery_code_session_unlocks_with_the_recovery_code(station_dir, recovery_code):
    from tests.conftest import PASSWORD
    from wulian_desk.core.errors import WrongPassphraseError
    from wulian_desk.services.station.station import open_station

    ctx = open_station(station_dir, passphrase=recovery_code)
    try:
        ui_support.unlock_session(ctx, recovery_code)
        try:
            ui_support.unlock_session(ctx, PASSWORD)
        except WrongPassphraseError:
            pass
        else:  # pragma: no cover
            raise AssertionError("an account password unlocked a recovery-code session")
    finally:
        ctx.close()
