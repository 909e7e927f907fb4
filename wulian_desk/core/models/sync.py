"""What sync keeps: this installation's keys, the peers it exchanges bundles with, the ledger of
bundles in and out, versions that lost a concurrent edit, and the county's own records that travel
down (documents, correction requests) and the stations' answers that travel up.

The first five tables are local: they never leave the device. The last four carry the version
fields and travel in bundles like any other record.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlmodel import Field, SQLModel

from wulian_desk.core.models.base import SyncFields

# -- local, never synced -----------------------------------------------------------------------


class SyncIdentity(SQLModel, table=True):
    """This installation's private keys: inside the encrypted database, nowhere else."""

    __tablename__ = "sync_identity"

    id: int = Field(default=1, primary_key=True)
    sign_private: str = Field(max_length=64)  # Ed25519 private key, 32 raw bytes in base64
    age_identity: str = Field(max_length=100)  # AGE-SECRET-KEY-1...
    created_at: datetime


class SyncPeer(SQLModel, table=True):
    """An installation this one exchanges bundles with.

    `relation` says what the peer is to us: "county" (the tier above us, upward: the county, or
    for a community room its township), "station" (a station we enrolled, downward: a township's
    rooms, a county's townships and rooms), "device" (another computer of our own station) or
    "relayed" (a community room this county knows only through its township's bundles: its keys
    pinned at first sight, it never sends to us itself).
    """

    __tablename__ = "sync_peer"

    id: str = Field(primary_key=True, max_length=36)  # the peer installation's device id
    station_id: str = Field(index=True, max_length=36)  # the org unit that owns its records
    name: str = Field(max_length=80)
    tier: str = Field(max_length=16)
    division_code: str | None = Field(default=None, max_length=12)
    relation: str = Field(max_length=8)
    sign_public: str = Field(max_length=64)  # Ed25519 public key, 32 raw bytes in base64
    age_recipient: str = Field(max_length=100)
    fingerprint: str = Field(max_length=24)
    status: str = Field(default="active", max_length=8)  # active | revoked
    enrolled_at: datetime
    out_seq: int = 0  # the last sequence number we gave a bundle to this peer
    out_last_id: str | None = Field(default=None, max_length=36)
    acked_seq: int = 0  # the peer holds every bundle of ours up to this one
    in_last_seq: int = 0  # the highest sequence number we imported from this peer
    in_last_at: datetime | None = None
    # The station the peer reports to in its turn: for our "county" peer that is a township, the
    # township's county (whose documents it passes down to us); for a "relayed" peer (a community
    # room known to this county through its township's bundles) the township it reports through.
    upstream: str | None = Field(default=None, max_length=36)
    number_tag: str | None = Field(default=None, max_length=6)  # the tag we gave this computer of ours


class SyncBundleOut(SQLModel, table=True):
    """A bundle we wrote, and the version marks it covered: once the peer acknowledges it, every
    version at or below these marks need not go to that peer again."""

    __tablename__ = "sync_bundle_out"

    id: str = Field(primary_key=True, max_length=36)
    peer_id: str = Field(index=True, max_length=36)
    seq: int
    created_at: datetime
    marks: str  # JSON {device_id: counter}
    counts: str  # JSON {table: rows}
    file_name: str = Field(max_length=120)


class SyncRelay(SQLModel, table=True):
    """A room's payload as this township imported it (decrypted, still the room's signed gzip
    stream), kept to be forwarded verbatim to our county until the county acknowledges a bundle
    that carried it."""

    __tablename__ = "sync_relay"

    bundle_id: str = Field(primary_key=True, max_length=36)  # the room's bundle
    peer_id: str = Field(index=True, max_length=36)  # the room's installation
    station_id: str = Field(max_length=36)
    seq: int
    payload: bytes
    received_at: datetime
    carried_seq: int | None = None  # our first bundle to the county that carried it


class SyncBundleIn(SQLModel, table=True):
    """The ledger of bundles imported: a bundle id found here is a no-op."""

    __tablename__ = "sync_bundle_in"

    id: str = Field(primary_key=True, max_length=36)
    peer_id: str = Field(index=True, max_length=36)
    seq: int
    created_at: datetime  # when the sender wrote it
    imported_at: datetime
    counts: str  # JSON {table: rows}
    conflicts: int = 0


class SyncConflict(SQLModel, table=True):
    """A version that lost a concurrent edit, kept until a person decides. The id is derived from
    the losing version, so the same loss found twice, in any order, is one entry."""

    __tablename__ = "sync_conflict"

    id: str = Field(primary_key=True, max_length=64)
    table_name: str = Field(max_length=40)
    row_id: str = Field(index=True, max_length=36)
    owner: str = Field(max_length=36)
    loser_version: str = Field(max_length=60)
    winner_version: str = Field(max_length=60)
    loser_row: str  # JSON {column: stored value}
    found_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str | None = Field(default=None, max_length=40)
    resolution: str | None = Field(default=None, max_length=12)  # kept | restored


# -- synced: the county's records and the stations' answers -----------------------------------


class CountyDocument(SyncFields, table=True):
    """A document the county sends down: the policy profile, the sharing policy, a form
    definition, a revocation. `for_station` None: for every station."""

    __tablename__ = "county_document"

    kind: str = Field(max_length=20)  # vocab.COUNTY_DOCUMENT_KINDS
    key: str = Field(max_length=80)
    content: str
    for_station: str | None = Field(default=None, max_length=36)


class CorrectionRequest(SyncFields, table=True):
    """The county asks a station to correct one of its records; it never overwrites it."""

    __tablename__ = "correction_request"

    station_id: str = Field(index=True, max_length=36)
    record_table: str = Field(max_length=40)
    record_id: str = Field(max_length=36)
    message: str
    requested_by: str = Field(max_length=40)
    requested_on: date


class CorrectionAnswer(SyncFields, table=True):
    """The station's answer to a correction request: corrected, or why not."""

    __tablename__ = "correction_answer"

    request_id: str = Field(index=True, max_length=36)
    status: str = Field(max_length=12)  # corrected | declined
    answer: str
    answered_by: str = Field(max_length=40)
    answered_on: date


class Erasure(SyncFields, table=True):
    """A purge that must reach every copy: the county and the station's other computers erase
    the same records when this arrives (storage/erasure.py). Names no one: only ids."""

    __tablename__ = "erasure"

    subject_table: str = Field(max_length=40)
    subject_id: str = Field(index=True, max_length=36)
    erased_on: date


class ConflictDecision(SyncFields, table=True):
    """A person's decision on a conflict (kept, or restored as a new edit), which travels: the
    station's other computers, and the county, set the same conflict aside when it arrives
    (services/sync/conflicts.py). The conflict's id is the same everywhere it was found."""

    __tablename__ = "conflict_decision"

    conflict_id: str = Field(index=True, max_length=64)
    resolution: str = Field(max_length=12)  # kept | restored
    decided_on: date


# -- synced: a station's month, submitted up and decided down (core/month_lock.py) -------------


class MonthSubmission(SyncFields, table=True):
    """A station submits one month to the tier above, after the month has ended. A resubmission
    after a return is a new row."""

    __tablename__ = "month_submission"

    station_id: str = Field(index=True, max_length=36)
    month: str = Field(index=True, max_length=7)  # YYYY-MM
    submitted_at: datetime  # UTC
    submitted_by: str = Field(max_length=40)
    note: str = ""


class MonthDecision(SyncFields, table=True):
    """The tier above approves a submitted month, returns it with a reason, or reopens an
    approved one (month_lock.DECISIONS). It names the submission it decides on."""

    __tablename__ = "month_decision"

    station_id: str = Field(index=True, max_length=36)
    month: str = Field(index=True, max_length=7)
    submission_id: str = Field(max_length=36)
    decision: str = Field(max_length=12)  # approved | returned | reopened
    reason: str = ""
    decided_at: datetime  # UTC
    decided_by: str = Field(max_length=40)


class InstallationKey(SyncFields, table=True):
    """A computer of a station and its public signing key, written by that computer itself. It
    travels to the station's other computers and up to the county, which lists it in the keys
    document it sends every station, so certificates signed on any computer of a station verify
    anywhere in the county. Its owner is the station: a key vouches only for its own station."""

    __tablename__ = "installation_key"

    installation_id: str = Field(index=True, max_length=36)  # the computer's device id
    sign_public: str = Field(max_length=64)  # Ed25519, base64 of the 32 raw bytes


class PersonLink(SyncFields, table=True):
    """The county joins a record to a person by hand (someone without an ID number: a child, a
    foreign passport): every record linked to the same `person` is one person at the county. The
    county owns the links; they travel down to its stations like its other records."""

    __tablename__ = "person_link"

    record_kind: str = Field(max_length=20)  # "volunteer" or "client"
    record_id: str = Field(index=True, max_length=36)
    person: str = Field(index=True, max_length=36)  # any id naming the person: the links agree on it
