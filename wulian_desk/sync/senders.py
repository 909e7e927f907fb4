"""Which tables each kind of sender may write into this database, whatever a row's owner column
says. A station's keys prove a bundle came from that station, not that the station may decide
what the county shows or refuses: a revocation, a sharing policy or a form definition in a
station's bundle would be the county's word in a station's hand.

Every synced table is in exactly one of the lists below (tests/sync check it), so a new table is
refused from every sender until someone decides whose it is.
"""

from __future__ import annotations

# The county's own records, sent down to its stations: its documents (policy profile, sharing
# policy, forms, revocations, the person secret), its correction requests and the links by which
# it joins records to one person by hand.
COUNTY_TABLES = frozenset({"county_document", "correction_request", "person_link"})

# A station's own records, sent up to its county: its casework, people, places and money, its
# accounts and org units (so every reference in its records resolves), its answers to the
# county's correction requests, its erasures and its decisions on conflicts.
STATION_TABLES = frozenset({
    "account", "org_unit", "conflict_decision", "correction_answer", "erasure",
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
# "station": a station below us; "county": our county; "device": another computer of our own
# station, which holds everything we hold (our records and our county's documents).
ALLOWED = {
    "station": STATION_TABLES,
    "county": COUNTY_TABLES,
    "device": STATION_TABLES | COUNTY_TABLES,
}


def tables_from(relation: str) -> frozenset[str]:
    """The tables a peer of this relation may send; none for a relation we do not know."""
    return ALLOWED.get(relation, frozenset())
