"""Which version of a row wins, and whether the loser is a conflict a person must see.

Counters are Lamport clocks: importing raises this device's counter past every counter it
received, so an edit made after seeing a version always carries a higher counter than it. The
winner is the higher (counter, updated_at, device_id): the same answer in every database, in any
order of import. The loser is dropped only when it is an ancestor of the winner (the same device
wrote both, or the winner was written over it); any other loser is kept as a conflict.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


@dataclass(frozen=True)
class Version:
    device_id: str
    counter: int
    updated_at: str  # as stored: ISO text sorts as time does
    base_version: str | None

    @property
    def tag(self) -> str:
        return f"{self.device_id}:{self.counter}"

    def beats(self, other: Version) -> bool:
        return (self.counter, self.updated_at, self.device_id) > (other.counter, other.updated_at, other.device_id)

    def supersedes(self, other: Version) -> bool:
        """True when `self` was written knowing `other`: dropping `other` loses nothing."""
        return self.device_id == other.device_id or self.base_version == other.tag


class Outcome(Enum):
    INSERT = "insert"  # a row we did not have
    SAME = "same"  # the version we already hold
    REPLACE = "replace"  # a newer version of ours
    REPLACE_CONFLICT = "replace_conflict"  # wins; ours was concurrent and goes to conflicts
    KEEP = "keep"  # older than ours, and ours was written over it
    KEEP_CONFLICT = "keep_conflict"  # loses, but was concurrent: it goes to conflicts


def decide(local: Version | None, incoming: Version) -> Outcome:
    if local is None:
        return Outcome.INSERT
    if local.tag == incoming.tag:
        return Outcome.SAME
    if incoming.beats(local):
        return Outcome.REPLACE if incoming.supersedes(local) else Outcome.REPLACE_CONFLICT
    return Outcome.KEEP if local.supersedes(incoming) else Outcome.KEEP_CONFLICT
