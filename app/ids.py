"""Client-made, time-ordered record ids (UUIDv7, RFC 9562).

Made when a record is created, before any network: the server deduplicates on
them, so a push can be retried forever and lands once. Ids made in one process
are strictly increasing even within one millisecond (the 12-bit ``rand_a``
field is used as a counter, method 1 of RFC 9562 section 6.2).
"""

from __future__ import annotations

import os
import threading
import time
import uuid

_lock = threading.Lock()
_last_ms = 0
_counter = 0


def new_id() -> str:
    """A new UUIDv7 as its canonical 36-character string."""
    global _last_ms, _counter
    with _lock:
        ms = time.time_ns() // 1_000_000
        if ms <= _last_ms:
            ms = _last_ms
            _counter += 1
            if _counter > 0xFFF:  # counter exhausted: borrow the next millisecond
                ms += 1
                _counter = 0
        else:
            _counter = 0
        _last_ms = ms
        counter = _counter
    rand_b = int.from_bytes(os.urandom(8), "big") & ((1 << 62) - 1)
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= counter << 64
    value |= 0b10 << 62
    value |= rand_b
    return str(uuid.UUID(int=value))


def id_timestamp_ms(record_id: str) -> int:
    """Unix milliseconds embedded in a UUIDv7."""
    return uuid.UUID(record_id).int >> 80
