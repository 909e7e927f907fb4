"""Several processes changing accounts at once: every change that reported success holds, and
nothing a disable removed comes back."""

from __future__ import annotations

import multiprocessing
import os

from tests.conftest import PASSWORD, USERNAME
from wulian_desk.core.errors import WrongPassphraseError
from wulian_desk.services.station import accounts, station
from wulian_desk.storage.login_guard import GUARD_FILE

OLD = "old-pass-2026"


def _new_password(name: str) -> str:
    return f"{name}-new-pass-2026"


def _change(folder, barrier, op: str, name: str) -> None:
    """One process: log in, wait until every process has logged in, then make one change."""
    try:
        if op == "own":
            ctx = station.open_station(folder, passphrase=OLD, username=name)
        else:
            ctx = station.open_station(folder, passphrase=PASSWORD, username=USERNAME)
        barrier.wait(timeout=60)
        if op == "add":
            accounts.create_account(ctx, username=name, display_name="", role="worker",
                                    password=_new_password(name))
        elif op == "disable":
            accounts.disable_account(ctx, accounts.find_account(ctx, name).id)
        elif op == "reset":
            accounts.reset_password(ctx, accounts.find_account(ctx, name).id, new_password=_new_password(name))
        elif op == "own":
            accounts.change_own_password(ctx, old_password=OLD, new_password=_new_password(name))
        ctx.close()
    except BaseException:
        os._exit(1)
    os._exit(0)


def _opens(folder, password, username=None) -> bool:
    (folder / GUARD_FILE).unlink(missing_ok=True)  # the refusals below are not what is tested
    try:
        ctx = station.open_station(folder, passphrase=password, username=username)
    except WrongPassphraseError:  # wrong password, disabled, locked: all refusals
        return False
    ctx.close()
    return True


def test_racing_adds_disables_and_password_changes_all_hold(ctx):
    folder = ctx.store.folder
    plan = ([("add", f"new{i}") for i in range(5)] + [("disable", f"gone{i}") for i in range(3)]
            + [("reset", f"reset{i}") for i in range(2)] + [("own", "self0")])
    for op, name in plan:
        if op != "add":
            accounts.create_account(ctx, username=name, display_name="", role="worker", password=OLD)
    ctx.close()

    mp = multiprocessing.get_context("fork")
    barrier = mp.Barrier(len(plan))
    procs = [mp.Process(target=_change, args=(folder, barrier, op, name)) for op, name in plan]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    succeeded = [(op, name) for (op, name), p in zip(plan, procs, strict=True) if p.exitcode == 0]
    assert len(succeeded) == len(plan), [(op, name, p.exitcode) for (op, name), p in zip(plan, procs, strict=True)]

    for op, name in succeeded:
        if op == "disable":
            assert not _opens(folder, OLD, name), name
            assert not _opens(folder, OLD), name
        else:
            assert _opens(folder, _new_password(name), name), name
            assert _opens(folder, _new_password(name)), name
            if op != "add":
                assert not _opens(folder, OLD, name), name
    assert _opens(folder, PASSWORD, USERNAME)
