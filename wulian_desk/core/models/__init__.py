"""The record tables, one module per area. Every synced table carries the same version fields
(models/base.py; DESIGN.md, "Records and sync").

Models follow the SQLModel suffix scheme: `ThingBase` holds what a user edits, `ThingCreate` and
`ThingUpdate` are service inputs, `Thing(table=True)` is the row. Everything is importable from
here, so callers need not know which module holds a table.
"""

from wulian_desk.core.models.base import (  # noqa: F401
    SyncFields,
)
from wulian_desk.core.models.casework import (  # noqa: F401
    Approval,
    Case,
    CaseEvent,
    Client,
    ClientBase,
    Consent,
    FormRecord,
    ServiceSession,
    Supervision,
)
from wulian_desk.core.models.facilities import (  # noqa: F401
    Asset,
    AssetBase,
    AssetCreate,
    AssetUpdate,
    Room,
    RoomBase,
    RoomCreate,
    RoomUpdate,
)
from wulian_desk.core.models.journal import JournalHead  # noqa: F401
from wulian_desk.core.models.parties import (  # noqa: F401
    Agency,
    Allocation,
    Donation,
    Donor,
    Fund,
    OperatingFund,
    Organisation,
    OrganisationActivity,
    OrganisationEvaluation,
    Project,
    ProjectEvent,
    ProjectIndicator,
    ProjectSpending,
    Staff,
    StaffTraining,
)
from wulian_desk.core.models.station import (  # noqa: F401
    Account,
    AccountBase,
    Draft,
    LocalState,
    OrgUnit,
    OrgUnitBase,
    Setting,
)
from wulian_desk.core.models.sync import (  # noqa: F401
    ConflictDecision,
    CorrectionAnswer,
    CorrectionRequest,
    CountyDocument,
    Erasure,
    InstallationKey,
    MonthDecision,
    MonthSubmission,
    PersonLink,
    SyncBundleIn,
    SyncBundleOut,
    SyncConflict,
    SyncIdentity,
    SyncPeer,
    SyncRelay,
)
from wulian_desk.core.models.volunteering import (  # noqa: F401
    Activity,
    ActivityParticipant,
    ActivityVolunteer,
    GroupAttendance,
    GroupMeasure,
    GroupMember,
    GroupSession,
    GroupWork,
    ServiceRecord,
    TeamMember,
    Volunteer,
    VolunteerAward,
    VolunteerCertificate,
    VolunteerEvaluation,
    VolunteerTeam,
    VolunteerTraining,
)
