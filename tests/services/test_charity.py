"""Donations into a fund, allocations out, the trace from donor to recipient, and no overdraw."""

from __future__ import annotations

from datetime import date

import pytest

from wulian_desk.core.clients import ClientInput, ConsentInput
from wulian_desk.core.errors import ValidationError
from wulian_desk.services.casework import clients
from wulian_desk.services.parties import charity


@pytest.fixture
def fund(ctx):
    first = charity.create_donor(ctx, name="眉县爱心企业", donor_type="enterprise").ids[0]
    second = charity.create_donor(ctx, name="陕西慈善基金会", donor_type="foundation").ids[0]
    fund = charity.create_fund(ctx, name="首善社区基金", fund_type="supermarket").ids[0]
    charity.receive_donation(ctx, donor_id=first, fund_id=fund, received_on=date(2025, 1, 2), amount_fen=30_000)
    charity.receive_donation(ctx, donor_id=second, fund_id=fund, received_on=date(2025, 2, 2), amount_fen=50_000)
    charity.receive_donation(ctx, donor_id=first, fund_id=fund, received_on=date(2025, 2, 3), item="大米", quantity=10, unit="袋")
    client = clients.create_client(ctx, ClientInput(name="刘芳", gender="female", org_unit_id=ctx.station_id), consent=ConsentInput(given_on=date(2025, 1, 2))).ids[0]
    return fund, client


def _state(ctx, fund_id):
    row = next(f for f in charity.funds(ctx) if f.id == fund_id)
    return row.balance_fen, row.goods, len(charity.trace_fund(ctx, fund_id))


def test_every_yuan_is_traced_to_its_donor(ctx, fund):
    fund_id, client = fund
    charity.allocate(ctx, fund_id=fund_id, recipient_kind="client", recipient_id=client, allocated_on=date(2025, 3, 1),
                     amount_fen=40_000, purpose="医疗救助")
    charity.allocate(ctx, fund_id=fund_id, recipient_kind="client", recipient_id=client, allocated_on=date(2025, 3, 2),
                     item="大米", quantity=4, unit="袋")
    lines = charity.trace_fund(ctx, fund_id)
    cash = [(x.donor_name, x.amount_fen) for x in lines if not x.item]
    assert cash == [("眉县爱心企业", 30_000), ("陕西慈善基金会", 10_000)]
    assert [(x.donor_name, x.quantity, x.unit, x.recipient_id) for x in lines if x.item] == [("眉县爱心企业", 4, "袋", client)]
    balance, goods, _ = _state(ctx, fund_id)
    assert balance == 40_000 and goods == {("大米", "袋"): 6}


def test_an_allocation_larger_than_the_balance_is_refused_and_changes_nothing(ctx, fund):
    fund_id, client = fund
    before = _state(ctx, fund_id)
    with pytest.raises(ValidationError, match="余额只有 800.00 元") as err:
        charity.allocate(ctx, fund_id=fund_id, recipient_kind="client", recipient_id=client,
                         allocated_on=date(2025, 3, 1), amount_fen=80_001)
    assert err.value.field == "amount_fen"
    with pytest.raises(ValidationError, match="库存只有 10袋"):
        charity.allocate(ctx, fund_id=fund_id, recipient_kind="client", recipient_id=client,
                         allocated_on=date(2025, 3, 1), item="大米", quantity=11, unit="袋")
    assert _state(ctx, fund_id) == before


@pytest.mark.parametrize("kwargs", [dict(amount_fen=0), dict(amount_fen=100, item="油", quantity=1, unit="桶"),
                                    dict(item="油", quantity=0, unit="桶")])
def test_a_donation_is_cash_or_goods(ctx, fund, kwargs):
    donor = charity.donors(ctx)[0]["id"]
    with pytest.raises(ValidationError):
        charity.receive_donation(ctx, donor_id=donor, fund_id=fund[0], received_on=date(2025, 1, 2), **kwargs)


def test_lists_are_read_a_page_at_a_time_with_names(ctx, fund):
    from dataclasses import replace

    fund_id, client = fund
    charity.allocate(ctx, fund_id=fund_id, recipient_kind="client", recipient_id=client, allocated_on=date(2025, 3, 2),
                     item="大米", quantity=4, unit="袋")
    donors = charity.donors_by_id(ctx, charity.donor_ids(ctx))
    first = donors[charity.donor_ids(ctx, search="爱心")[0]]
    assert (first.donations, first.cash_fen, first.goods) == (2, 30_000, "大米10袋")
    ids = charity.donation_ids(ctx, search="陕西")
    assert [(d.donor_name, d.fund_name, d.amount_fen) for d in charity.donations_by_id(ctx, ids).values()] == [
        ("陕西慈善基金会", "首善社区基金", 50_000)]
    assert len(charity.donation_ids(ctx, fund_id=fund_id)) == 3 and charity.donation_ids(ctx, search="油") == []
    [key] = charity.stock_ids(ctx, search="米")
    row = charity.stock_by_id(ctx, [key])[key]
    assert (row.fund_name, row.item, row.unit, row.received, row.issued, row.on_hand) == ("首善社区基金", "大米", "袋",
                                                                                          10, 4, 6)
    assert charity.funds_by_id(ctx, [fund_id])[fund_id].unit_name == "首善街道社会工作服务站"
    [line] = charity.trace_fund(ctx, fund_id)
    assert (line.recipient_name, line.allocated_on) == ("刘芳", date(2025, 3, 2))
    county = replace(ctx, role="county_admin")  # sees charity, not clients: the recipient stays unnamed
    assert charity.trace_fund(county, fund_id)[0].recipient_name == "服务对象"
