"""Correction requests: the county asks a station to correct one of its records (it never
overwrites a station's record); the station answers, corrected or declined with a reason. Both
travel in bundles: requests down, answers up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from wulian_desk.core.errors import NotFoundError, ValidationError
from wulian_desk.core.models import CorrectionAnswer, CorrectionRequest
from wulian_desk.core.text import clean_text
from wulian_desk.core.texts import translate
from wulian_desk.services.context import Changes, Context
from wulian_desk.services.station import station
from wulian_desk.storage.queries import record_labels_sqlite as record_labels
from wulian_desk.storage.queries import sync as queries
from wulian_desk.sync.changes import specs

STATUSES = {"corrected": "已更正", "declined": "不予更正"}

# The records a county may ask about, each with how a person knows it (storage/queries/record_labels_sqlite.py).
RECORD_LABELS = record_labels.LABEL_SQL
CHOICES_SHOWN = 50  # a screenful to pick from; typing narrows it


@dataclass(frozen=True)
class CorrectionRow:
    id: str
    station_id: str
    station_name: str
    record_table: str
    record_id: str
    record_label: str  # how a person knows the record; "" where it is not held here
    message: str
    requested_by: str
    requested_on: date
    status: str | None  # None: not answered yet
    answer: str
    answered_by: str
    answered_on: date | None


def request(ctx: Context, *, station_id: str, record_table: str, record_id: str, message: str) -> Changes:
    ctx.require("correction", "request")
    if station.station_info(ctx).tier != "county":
        raise ValidationError(translate("services.sync.corrections", "更正请求由县级总站发出。"))
    message = clean_text(message, field="message", label=translate("services.sync.corrections", "更正说明"), max_len=500, required=True)
    if record_table not in RECORD_LABELS or record_table not in specs():
        raise ValidationError(translate("services.sync.corrections", "未知的记录类型：{record_table}").format(record_table=record_table), field="record_table")
    if not record_id:
        raise ValidationError(translate("services.sync.corrections", "请选择要更正的记录。"), field="record_id")
    with ctx.writing() as session:
        if queries.peer_of_station(session, station_id) is None:
            raise NotFoundError(translate("services.sync.corrections", "这个站点还没有在本总站登记。"))
        owner = queries.stored_value(session, record_table, "owner", record_id)
        if owner != station_id:
            raise NotFoundError(translate("services.sync.corrections", "在该站点上报的数据中找不到这条记录。"))
        row = ctx.stamp(session, CorrectionRequest(station_id=station_id, record_table=record_table, record_id=record_id,
                                                   message=message, requested_by=ctx.display_name or ctx.username,
                                                   requested_on=date.today()))
        session.add(row)
        ctx.audit(session, "correction_request", record_table, record_id, station=station_id)
    return Changes.of("correction", row.id)


def record_choices(ctx: Context, *, station_id: str, record_table: str, text: str = "",
                   limit: int = CHOICES_SHOWN) -> list[tuple[str, str]]:
    """(id, label) of a station's live records of one kind as the county holds them, those whose
    label holds `text`, in label order: what the county picks a request's record from."""
    ctx.require("correction", "request")
    if record_table not in RECORD_LABELS:
        raise ValidationError(translate("services.sync.corrections", "未知的记录类型：{record_table}").format(record_table=record_table), field="record_table")
    with ctx.reading() as session:
        rows = record_labels.labelled_records(session, record_table, owner=station_id, text=text.strip(), limit=limit)
    return [(record_id, name or record_id) for record_id, name in rows]


def answer(ctx: Context, request_id: str, *, status: str, text: str) -> Changes:
    ctx.require("correction", "answer")
    if status not in STATUSES:
        raise ValidationError(translate("services.sync.corrections", "答复须为“已更正”或“不予更正”。"), field="status")
    text = clean_text(text, field="answer", label=translate("services.sync.corrections", "答复"), max_len=500, required=status == "declined")
    with ctx.writing() as session:
        req = session.get(CorrectionRequest, request_id)
        if req is None or req.station_id != ctx.station_id:
            raise NotFoundError(translate("services.sync.corrections", "找不到发给本站的这条更正请求。"))
        row = ctx.stamp(session, CorrectionAnswer(request_id=request_id, status=status, answer=text,
                                                  answered_by=ctx.display_name or ctx.username,
                                                  answered_on=date.today()))
        session.add(row)
        ctx.audit(session, "correction_answer", req.record_table, req.record_id, status=status)
    return Changes.of("correction", request_id)


def list_requests(ctx: Context, *, open_only: bool = False) -> list[CorrectionRow]:
    """At a station: the county's requests to it. At the county: every request and its answer."""
    ctx.require("correction", "view")
    with ctx.reading() as session:
        requests = queries.live_correction_requests(session)
        answers = queries.latest_answers(session)  # the latest answer counts
        names = queries.station_names(session)
        labels = {r.id: record_labels.record_label(session, r.record_table, r.record_id) for r in requests}
    info = station.station_info(ctx)
    names[info.id] = info.name
    rows = []
    for r in requests:
        a = answers.get(r.id)
        if open_only and a is not None:
            continue
        rows.append(CorrectionRow(r.id, r.station_id, names.get(r.station_id, r.station_id), r.record_table, r.record_id,
                                  labels[r.id], r.message, r.requested_by, r.requested_on, a.status if a else None,
                                  a.answer if a else "", a.answered_by if a else "", a.answered_on if a else None))
    return rows
