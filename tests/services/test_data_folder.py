"""Moving the station's data folder: copied while closed, checked, then named for this user or for
every user of the machine; the old folder is refused from then on with the new place named; a move
to a bad place, by a role that may not, or that fails its checks changes nothing."""

from __future__ import annotations

import shutil

import pytest

from wulian_desk import paths
from wulian_desk.core.errors import DataDirError, PermissionDenied, ValidationError
from wulian_desk.services.station import accounts, data_folder, station

PASSWORD = "move-pass-2026"


@pytest.fixture
def config(tmp_path, monkeypatch):
    user, machine = tmp_path / "config-user", tmp_path / "config-machine"
    monkeypatch.setattr(paths, "config_dir", lambda: user)
    monkeypatch.setattr(paths, "machine_config_dir", lambda: machine)
    return user, machine


@pytest.fixture
def old(tmp_path):
    folder = tmp_path / "old"
    ctx = station.setup_station(folder, name="博望街道社会工作服务站", tier="township", admin_username="admin",
                                admin_display_name="王站长", admin_password=PASSWORD).context
    accounts.create_account(ctx, username="liwei", display_name="李伟", role="worker", password="worker-pass-1")
    ctx.close()
    return folder


def test_the_default_folder_until_one_is_named_and_the_users_choice_before_the_machines(config):
    user, machine = config
    assert paths.data_folder().source == "default"
    machine.mkdir()
    (machine / paths.DATA_FOLDER_FILE).write_text("\ufeffC:/ProgramData/wulian-desk/station\r\n", encoding="utf-8")
    chosen = paths.data_folder()
    assert (chosen.source, chosen.path.as_posix()) == ("machine", "C:/ProgramData/wulian-desk/station")
    paths.name_data_folder(user / "mine", for_machine=False)
    assert paths.data_folder().source == "user" and paths.default_data_dir() == (user / "mine").resolve()
    paths.name_data_folder(machine / "shared", for_machine=True)  # for everyone: this user's own choice goes
    assert paths.data_folder().source == "machine"


@pytest.mark.parametrize("for_machine", [False, True])
def test_a_move_copies_checks_names_the_new_folder_and_retires_the_old(config, old, tmp_path, for_machine):
    new = tmp_path / "shared" / "station"
    new.parent.mkdir()
    moved = data_folder.move_station(old, new, passphrase=PASSWORD, username="admin", for_machine=for_machine)
    assert moved.new == new.resolve() and moved.for_machine is for_machine
    assert paths.data_folder().path == new.resolve()
    assert paths.data_folder().source == ("machine" if for_machine else "user")
    ctx = station.open_station(new, passphrase="worker-pass-1", username="liwei")  # every account comes along
    try:
        assert station.station_info(ctx).name == "博望街道社会工作服务站"
    finally:
        ctx.close()
    with pytest.raises(DataDirError) as refused:
        station.open_station(old, passphrase=PASSWORD, username="admin")
    assert str(new.resolve()) in refused.value.message
    assert (old / "station.db").is_file()  # kept for reference until someone deletes it
    assert not list(new.parent.glob(".station.moving-*"))


def test_a_worker_may_not_move_the_station(config, old, tmp_path):
    with pytest.raises(PermissionDenied):
        data_folder.move_station(old, tmp_path / "new", passphrase="worker-pass-1", username="liwei",
                                 for_machine=False)
    assert not (tmp_path / "new").exists() and paths.data_folder().source == "default"
    station.open_station(old, passphrase=PASSWORD, username="admin").close()


@pytest.mark.parametrize("where", ["inside", "itself", "full", "no_parent"])
def test_a_bad_place_is_refused_before_anything_is_copied(config, old, tmp_path, where):
    target = {"inside": old / "sub", "itself": old, "full": tmp_path / "full", "no_parent": tmp_path / "a" / "b"}[where]
    if where == "full":
        target.mkdir()
        (target / "someone-elses.txt").write_text("x")
    with pytest.raises(ValidationError):
        data_folder.move_station(old, target, passphrase=PASSWORD, username="admin", for_machine=False)
    assert paths.data_folder().source == "default"
    assert not (old / "MOVED-TO.txt").exists()


def test_a_copy_that_fails_its_checks_is_removed_and_nothing_is_named(config, old, tmp_path, monkeypatch):
    from wulian_desk.services.station.maintenance import CheckResult

    monkeypatch.setattr(data_folder, "check_station", lambda _ctx: [CheckResult("integrity", False, "第 3 页损坏")])
    with pytest.raises(DataDirError) as failed:
        data_folder.move_station(old, tmp_path / "new", passphrase=PASSWORD, username="admin", for_machine=False)
    assert "第 3 页损坏" in failed.value.message
    assert not (tmp_path / "new").exists() and paths.data_folder().source == "default"
    station.open_station(old, passphrase=PASSWORD, username="admin").close()


def test_a_machine_folder_that_cannot_be_named_leaves_the_station_where_it_was(config, old, tmp_path):
    _user, machine = config
    machine.write_text("a file where the machine's config folder should be")
    with pytest.raises(DataDirError):
        data_folder.move_station(old, tmp_path / "new", passphrase=PASSWORD, username="admin", for_machine=True)
    assert not (tmp_path / "new").exists()
    station.open_station(old, passphrase=PASSWORD, username="admin").close()
    shutil.rmtree(tmp_path / "new", ignore_errors=True)
