"""What the charity services ask: what came into and went out of a fund (cash and goods), the
fund, donor, donation and stock lists filtered and their page rows, what each donor gave, the
recipients' names, a fund's donations and allocations for the trace, and which donors the roster
import already knows."""

from __future__ import annotations

from sqlmodel import Session, col, func, select

from wulian_desk.core.models import (
    Activity,
    Allocation,
    Client,
    Donation,
    Donor,
    Fund,
    OrgUnit,
    Project,
)
from wulian_desk.storage.queries.common import live

# What names a recipient of each kind: a client's or project's name, an activity's number and title.
_RECIPIENT_LABELS = {"client": (Client, (Client.name,)), "activity": (Activity, (Activity.activity_number, Activity.title)),
                     "project": (Project, (Project.name,))}

# -- funds --------------------------------------------------------------------------------------


def fund_sums(session: Session, fund_id: str) -> tuple[list[tuple], list[tuple]]:
    """(item, unit, fen, quantity) summed per item and unit over a fund's live donations (in) and
    allocations (out); cash has the item ""."""
    def sums(model):
        return list(session.exec(select(model.item, model.unit, func.sum(model.amount_fen), func.sum(model.quantity))
                                 .where(model.fund_id == fund_id, model.deleted == False)  # noqa: E712
                                 .group_by(model.item, model.unit)).all())
    return sums(Donation), sums(Allocation)


def received_fen(session: Session, fund_id: str) -> int:
    """The cash a fund's live donations brought in, in fen."""
    return session.exec(select(func.coalesce(func.sum(Donation.amount_fen), 0)).where(
        Donation.fund_id == fund_id, Donation.deleted == False)).one()  # noqa: E712


def fund_ids(session: Session, *, fund_type: str | None, search: str) -> list[str]:
    """Live funds and supermarkets by name; `search` finds a part of the name."""
    query = select(Fund.id).where(Fund.deleted == False)  # noqa: E712
    if fund_type:
        query = query.where(Fund.fund_type == fund_type)
    if search:
        query = query.where(col(Fund.name).contains(search))
    return list(session.exec(query.order_by(Fund.name, Fund.id)).all())


def funds_with_units(session: Session, ids: list[str]) -> list[tuple[Fund, str | None]]:
    """These funds (live ones only) with the name of their unit."""
    return list(session.exec(select(Fund, OrgUnit.name).outerjoin(OrgUnit, OrgUnit.id == Fund.org_unit_id)
                             .where(col(Fund.id).in_(ids), Fund.deleted == False)).all())  # noqa: E712


def fund_names(session: Session) -> dict[str, str]:
    """Live funds: id -> name."""
    return dict(session.exec(select(Fund.id, Fund.name).where(Fund.deleted == False)).all())  # noqa: E712


def goods_moved(session: Session, fund_ids: list[str] | None = None) -> dict[tuple[str, str, str], list[int]]:
    """(fund, item, unit) -> [quantity in, quantity out] over live donations and allocations, of
    these funds or (None) of all."""
    moved: dict[tuple[str, str, str], list[int]] = {}
    for side, model in enumerate((Donation, Allocation)):
        query = (select(model.fund_id, model.item, model.unit, func.sum(model.quantity))
                 .where(model.item != "", model.deleted == False)  # noqa: E712
                 .group_by(model.fund_id, model.item, model.unit))
        if fund_ids is not None:
            query = query.where(col(model.fund_id).in_(fund_ids))
        for fund_id, item, unit, quantity in session.exec(query).all():
            moved.setdefault((fund_id, item, unit), [0, 0])[side] += quantity
    return moved


# -- donors and donations -----------------------------------------------------------------------


def donor_ids(session: Session, *, search: str) -> list[str]:
    """Live donors by name; `search` finds a part of the name or the contact person."""
    query = select(Donor.id).where(Donor.deleted == False)  # noqa: E712
    if search:
        query = query.where(col(Donor.name).contains(search) | col(Donor.contact).contains(search))
    return list(session.exec(query.order_by(Donor.name, Donor.id)).all())


def donors_in(session: Session, ids: list[str]) -> list[Donor]:
    return list(session.exec(live(Donor).where(col(Donor.id).in_(ids))).all())


def given_by(session: Session, donor_ids: list[str]) -> list[tuple[str, str, str, int, int, int]]:
    """(donor, item, unit, donations, fen, quantity) per donor, item and unit over live donations."""
    return list(session.exec(select(Donation.donor_id, Donation.item, Donation.unit, func.count(),
                                    func.sum(Donation.amount_fen), func.sum(Donation.quantity))
                             .where(col(Donation.donor_id).in_(donor_ids), Donation.deleted == False)  # noqa: E712
                             .group_by(Donation.donor_id, Donation.item, Donation.unit)).all())


def donor_names(session: Session) -> set[str]:
    """The names of the live donors: how the roster import knows one."""
    return set(session.exec(select(Donor.name).where(Donor.deleted == False)).all())  # noqa: E712


def donation_ids(session: Session, *, search: str, donor_id: str | None, fund_id: str | None) -> list[str]:
    """Live donations newest first; `search` finds a part of the donor's or fund's name, the goods or
    the notes."""
    query = (select(Donation.id).join(Donor, Donor.id == Donation.donor_id).join(Fund, Fund.id == Donation.fund_id)
             .where(Donation.deleted == False))  # noqa: E712
    if donor_id:
        query = query.where(Donation.donor_id == donor_id)
    if fund_id:
        query = query.where(Donation.fund_id == fund_id)
    if search:
        query = query.where(col(Donor.name).contains(search) | col(Fund.name).contains(search)
                            | col(Donation.item).contains(search) | col(Donation.notes).contains(search))
    return list(session.exec(query.order_by(col(Donation.received_on).desc(), col(Donation.id).desc())).all())


def donations_with_names(session: Session, ids: list[str]) -> list[tuple[Donation, str, str]]:
    """(donation, donor name, fund name) of these donations, tombstones included."""
    return list(session.exec(select(Donation, Donor.name, Fund.name).join(Donor, Donor.id == Donation.donor_id)
                             .join(Fund, Fund.id == Donation.fund_id).where(col(Donation.id).in_(ids))).all())


# -- the trace ----------------------------------------------------------------------------------


def donations_into(session: Session, fund_id: str) -> list[tuple[Donation, str]]:
    """A fund's live donations, each with its donor's name."""
    return list(session.exec(select(Donation, Donor.name).join(Donor, Donor.id == Donation.donor_id)
                             .where(Donation.fund_id == fund_id, Donation.deleted == False)).all())  # noqa: E712


def allocations_from(session: Session, fund_id: str) -> list[Allocation]:
    """A fund's live allocations, oldest first."""
    return list(session.exec(live(Allocation).where(Allocation.fund_id == fund_id)
                             .order_by(Allocation.allocated_on, Allocation.id)).all())


def recipient_names(session: Session, kind: str, ids: set[str]) -> dict[str, str]:
    """Recipients of one kind ("client", "activity", "project") by id -> name, tombstones included,
    asked 500 ids at a time."""
    model, label = _RECIPIENT_LABELS[kind]
    names: dict[str, str] = {}
    for chunk in range(0, len(ids), 500):
        part = sorted(ids)[chunk:chunk + 500]
        for row in session.exec(select(model.id, *label).where(col(model.id).in_(part))).all():
            names[row[0]] = " ".join(str(x) for x in row[1:])
    return names
