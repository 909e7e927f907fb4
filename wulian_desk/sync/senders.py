"""Which tables each kind of sender may write into this database, whatever a row's owner column
says. A station's keys prove a bundle came from that station, not that the station may decide
what the county shows or refuses: a revocation, a sharing policy or a form definition in a
station's bundle would be the county's word in a station's hand.

Every synced table is in exactly one of the lists below (tests/sync check it), so a new table is
refused from every sender until someone decides whose it is.
"""

from __future__ import annotations

# The county's own records, sent down to its stations: its documents (policy profile, sharing
# policy, forms, revocations, the person secret), its correction requests, its decisions on their
# months and the links by which it joins records to one person by hand.
COUNTY_TABLES = frozenset({"county_document", "correction_request", "month_decision", "person_link"})

# A station's own records, sent up to its county: its casework, people, places and money, its
# accounts and org units (so every reference in its records resolves), its month submissions, its
# answers to the county's correction requests, its erasures, its decisions on conflicts and its
# computers' public signing keys (which the county lists for every station: certificate codes).
STATION_TABLES = frozenset({
    "account", "org_unit", "conflict_decision", "correction_answer", "erasure", "month_submission",
    "installation_key",
    # people and parties
    "client", "consent", "volunteer", "volunteer_team", "team_member", "volunteer_award",
    "volunteer_certificate", "volunteer_evaluation", "volunteer_training", "donor", "agency",
    "organisation", "organisation_evaluation", "organisation_activity", "staff", "staff_training",
    # casework and groups
    "case_file", "case_event", "service_session", "supervision", "approval", "form_record",
    "group_work", "group_member", "group_session", "group_attendance", "group_measure",
    # activities and service hours
    "activity", "activity_participant", "activity_volunteer", "service_record",
    # places, money and projects
    "room", "asset", "fund", "operating_fund", "donation", "allocation", "project", "project_event",
    "project_indicator", "project_spending",
})

# Relation of the sending peer (SyncPeer.relation, as the receiver knows it) -> what it may send.
# "station": a station below us; "county": the tier above us; "device": another computer of our
# own station, which holds everything we hold (our records and our county's documents);
# "relayed": a community room a county knows through its township, which never sends itself.
#
# Tiers chain: community room -> township station -> county. A township's upward peer is its
# county, its downward peers its rooms; to a room the township is "county" (the tier above). So:
# - up, a township sends its own STATION_TABLES, and carries its rooms' own payloads verbatim
#   beside them (a manifest's `forwarded`, sync/relay.py), each signed by its room;
# - down, a township sends COUNTY_TABLES: the county's documents and requests it holds, owned by
#   the county and unchanged, and its own decisions about its rooms, owned by the township.
# A township's decisions on its community rooms' months go up beside its own records, so the
# county sees each room's month as its township decided it. Only decisions about rooms enrolled
# beneath that township are taken (services/sync/sync.py checks each row).
UPWARD_DECISIONS = frozenset({"month_decision"})
UPWARD_TABLES = STATION_TABLES | UPWARD_DECISIONS

ALLOWED = {
    "station": UPWARD_TABLES,
    "county": COUNTY_TABLES,
    "device": STATION_TABLES | COUNTY_TABLES,
    "relayed": frozenset(),
}


def tables_from(relation: str) -> frozenset[str]:
    """The tables a peer of this relation may send; none for a relation we do not know."""
    return ALLOWED.get(relation, frozenset())


def owners_from(relation: str, *, station: str, upstream: str | None) -> set[str] | None:
    """Whose rows a peer of this relation may send us. A station (or a room) its own; the tier
    above its own and, when it is a township, its county's, which it passes down unchanged; our
    own computers whatever they hold (None); a relayed room nothing directly."""
    if relation == "device":
        return None
    if relation == "county":
        return {station} | ({upstream} if upstream else set())
    if relation == "station":
        return {station}
    return set()


def downward_owners(own_station: str, *, above: str | None) -> set[str]:
    """Whose documents we send to the stations below us: ours, and, at a township, those of the
    county above us (passed down as they are)."""
    return {own_station} | ({above} if above else set())
