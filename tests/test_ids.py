from __future__ import annotations

import threading
import uuid

from hypothesis import given, settings
from hypothesis import strategies as st

from app.ids import id_timestamp_ms, new_id


def test_uuid7_shape() -> None:
    u = uuid.UUID(new_id())
    assert u.version == 7
    assert u.variant == uuid.RFC_4122


@settings(max_examples=20)
@given(st.integers(min_value=2, max_value=3000))
def test_ids_strictly_increase(n: int) -> None:
    ids = [new_id() for _ in range(n)]
    assert ids == sorted(ids)
    assert len(set(ids)) == n


def test_unique_across_threads() -> None:
    out: list[str] = []
    lock = threading.Lock()

    def work() -> None:
        mine = [new_id() for _ in range(2000)]
        with lock:
            out.extend(mine)

    threads = [threading.Thread(target=work) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(set(out)) == 8000


def test_timestamp_embedded() -> None:
    import time

    before = time.time_ns() // 1_000_000
    rid = new_id()
    assert before - 1 <= id_timestamp_ms(rid) <= time.time_ns() // 1_000_000 + 5
