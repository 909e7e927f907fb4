"""The store's side of the key slots file: sealing account slots and putting them in place,
disabling and pruning them, the accounts key's grants, the recovery code, and unlocking under the
failed-login delays. Store (storage/store.py) takes these methods from StoreSlots; every change
goes through `KeySlots.update`, which re-reads the file under its lock.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from wulian_desk.core.errors import AccountDisabledError, WrongPassphraseError
from wulian_desk.storage import account_seals
from wulian_desk.storage.keyslots import KeySlots, Slot, new_recovery_code, normalise_recovery_code
from wulian_desk.storage.login_guard import LoginGuard
from wulian_desk.storage.slot_crypto import box_public_of


def login_tag(slots: KeySlots, passphrase: str, username: str | None) -> str:
    """Which counter of failed logins an attempt belongs to."""
    if normalise_recovery_code(passphrase) is not None:
        return "recovery"
    return slots.user_tag(username) if username else "any-account"


class StoreSlots:
    """What an open Store does to its key slots (mixed into Store, which sets these fields)."""

    folder: Path
    slots: KeySlots
    _data_key: bytes
    failed_logins: list[dict]
    accounts_private: bytes | None
    opened_with: tuple[str, str]

    def _take_accounts_key(self, slot: Slot, box: bytes) -> None:
        """Note the slot we were opened with and open its grant of the accounts key, if any. A
        slot from before accounts keys gets its box key now, so a head can grant it one."""
        self.opened_with = (slot.kind, slot.account_id)
        if not slot.box_public:
            public = box_public_of(box)

            def add_box(slots: KeySlots) -> None:
                for mine in slots.slots:
                    if mine.same_as(slot) and not mine.box_public:
                        mine.box_public = public

            try:
                self.slots = KeySlots.update(self.folder, add_box)
            except OSError:
                return  # a read-only folder: the box key is added at a later login
            return
        self.accounts_private = self.slots.open_grant(slot, box)

    def seal_account_slot(self, *, account_id: str, username: str, password: str, head: bool = False) -> Slot:
        """A slot for `password`, ready for `put_account_slots`: sealing is the slow part, and
        the one that needs the keyring, so it comes before anything is written. A head's slot
        is granted the accounts key, when this store holds it."""
        slot = self.slots.seal_account(self._data_key, account_id=account_id, username=username,
                                       password=password)
        if head and self.accounts_private is not None:
            self.slots.grant_to(slot, self.accounts_private)
        return slot

    def start_accounts_key(self) -> bool:
        """Make the station's accounts key, for a station set up before there were any, and
        grant it to the slot we were opened with (a head's or the recovery code's). Returns
        False if another window made one first (its head then grants it to us later)."""
        private, public = account_seals.new_key()
        kind, account_id = self.opened_with

        def start(slots: KeySlots) -> None:
            if slots.accounts_key:
                return
            slots.accounts_key = public
            mine = slots.slot_for(kind, account_id)
            if mine is not None:
                slots.grant_to(mine, private)

        self.slots = KeySlots.update(self.folder, start)
        if self.slots.accounts_key != public:
            return False
        self.accounts_private = private
        return True

    def grant_accounts_key(self, *, account_ids: set[str], recovery: bool = False) -> None:
        """Grant the accounts key we hold to these heads' slots (and the recovery slot), where
        their slot has a box key and no grant yet."""
        if self.accounts_private is None:
            return

        def grant(slots: KeySlots) -> None:
            for slot in slots.slots:
                wanted = (slot.kind == "account" and slot.account_id in account_ids) or (
                    recovery and slot.kind == "recovery")
                if wanted and slot.box_public and not slot.grant:
                    slots.grant_to(slot, self.accounts_private)

        self.slots = KeySlots.update(self.folder, grant)

    def withdraw_accounts_key(self, account_id: str) -> None:
        """Take the accounts key's grant from an account that is no longer a head."""

        def withdraw(slots: KeySlots) -> None:
            for slot in slots.slots:
                if slot.kind == "account" and slot.account_id == account_id:
                    slot.grant = b""

        self.slots = KeySlots.update(self.folder, withdraw)

    def put_account_slots(self, sealed: list[Slot]) -> None:
        """Put sealed slots in place of their accounts' slots or disabled markers, in one write.

        Call only after the accounts' rows are committed: a slot whose account is not (yet) in
        the database is removed as stray by the next login (`remove_stray_slots`).
        """

        def put_all(slots: KeySlots) -> None:
            for slot in sealed:
                slots.put_account_slot(slot)

        self.slots = KeySlots.update(self.folder, put_all)

    def add_account_slot(self, *, account_id: str, username: str, password: str) -> None:
        self.put_account_slots([self.seal_account_slot(account_id=account_id, username=username,
                                                       password=password)])

    def disable_account_slot(self, *, account_id: str, username: str) -> None:
        self.slots = KeySlots.update(self.folder, lambda slots: slots.disable_account(account_id, username))

    def remove_stray_slots(self, stray: Callable[[dict[str, str]], dict[str, str]]) -> dict[str, str]:
        """Remove the slots that `stray` names, as {account id: user name or ""}, given every
        account with a slot as {id: slot kind}; a name turns the slot into a disabled marker, ""
        removes it.

        `stray` runs under the slots file's lock, so it sees every account whose slot is on
        disk: accounts get their slot only after their row is committed.
        """
        found: dict[str, str] = {}

        def prune(slots: KeySlots) -> None:
            found.update(stray(slots.account_slot_kinds()))
            for account_id, username in found.items():
                if username:
                    slots.disable_account(account_id, username)
                else:
                    slots.remove_account(account_id)

        if stray(self.slots.account_slot_kinds()):  # the common case, no stray slot: no lock, no write
            self.slots = KeySlots.update(self.folder, prune)
        return found

    def verify_password(self, *, username: str, password: str) -> str | None:
        """The account id the password opens (re-read from disk, so a slot changed by another
        window counts), with the same growing delays as a login."""
        slots = KeySlots.load(self.folder)
        _key, slot, _box, failed_logins = unlock_guarded(self.folder, slots, password, username)
        self.failed_logins.extend(failed_logins)
        return slot.account_id or None

    def regenerate_recovery_code(self) -> str:
        code = new_recovery_code()

        def renew(slots: KeySlots) -> None:
            slots.set_recovery(self._data_key, code)
            if self.accounts_private is not None:
                slots.grant_to(slots.slot_for("recovery"), self.accounts_private)

        self.slots = KeySlots.update(self.folder, renew)
        return code


def unlock_guarded(
    folder: Path, slots: KeySlots, passphrase: str, username: str | None
) -> tuple[bytes, Slot, bytes, list[dict]]:
    """Unlock under the failed-login delays: the data key, the slot that opened it, its box key,
    and the failed attempts since the last success (for the journal).

    A named attempt counts against that account; a nameless one is tried against every slot, so
    it counts against one shared counter. Either way the account whose slot matched must not be
    locked: its password opens nothing while its delay runs, whatever name was typed.
    """
    guard = LoginGuard(folder)
    tag = login_tag(slots, passphrase, username)
    if username:
        slots.refuse_if_disabled(username)  # says "disabled" rather than "wait"
    guard.check(tag)
    try:
        data_key, slot, box = slots.open_slot(passphrase, username=username)
    except AccountDisabledError:
        raise
    except WrongPassphraseError:
        guard.failed(tag)
        raise
    matched = slot.user_tag if slot.kind == "account" else tag
    if matched != tag:
        guard.check(matched)
    return data_key, slot, box, guard.succeeded(tag, matched)
