"""Time-ordered record ids (UUIDv7 layout) so new rows arrive nearly sorted in the B-tree."""

from __future__ import annotations

import os
import threading
import time
import uuid
from typing import NewType

RecordId = NewType("RecordId", str)

_lock = threading.Lock()
_last_ms = 0
_seq = 0


def new_id() -> RecordId:
    """A UUIDv7: 48 bits of Unix milliseconds, then a 12-bit sequence, then random bits.

    The sequence keeps ids made in the same millisecond in order, so ids sort by creation even
    when thousands are made per millisecond (demo and import).
    """
    global _last_ms, _seq
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            _seq += 1
            if _seq > 0xFFF:  # sequence exhausted: borrow the next millisecond
                _last_ms += 1
                _seq = 0
            ms = _last_ms
        else:
            _last_ms = ms
            _seq = 0
        seq = _seq
    rand = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76  # version 7
    value |= seq << 64
    value |= 0b10 << 62  # RFC 4122 variant
    value |= rand
    return RecordId(str(uuid.UUID(int=value)))


def id_time_ms(record_id: str) -> int:
    """The creation time in Unix milliseconds that a UUIDv7 carries."""
    return uuid.UUID(record_id).int >> 80
