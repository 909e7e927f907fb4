import uuid

from wulian_desk.core.ids import id_time_ms, new_id


def test_ids_are_uuid7_and_sort_in_creation_order():
    ids = [new_id() for _ in range(5000)]
    assert ids == sorted(ids)
    assert len(set(ids)) == len(ids)
    parsed = uuid.UUID(ids[0])
    assert parsed.version == 7
    assert parsed.variant == uuid.RFC_4122


def test_id_carries_its_creation_time():
    import time

    before = time.time_ns() // 1_000_000
    record_id = new_id()
    after = time.time_ns() // 1_000_000
    assert before <= id_time_ms(record_id) <= after + 1
