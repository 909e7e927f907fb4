"""社区活动 page: the activities as a list (lazy; the major events not yet reported on a tick) and
as a month calendar with the days that have activities in bold; an activity's record."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.activities import ACTIVITY_TYPES, MAJOR_EVENTS
from wulian_desk.services.volunteering import activities
from wulian_desk.ui.activities.detail import ActivityDetail
from wulian_desk.ui.activities.dialogs import ActivityDialog
from wulian_desk.ui.clients.listing import RecordList
from wulian_desk.ui.i18n import vocab_label
from wulian_desk.ui.models.lazy_table import Column, LazyTableModel
from wulian_desk.ui.signals import emit
from wulian_desk.ui.widgets.export_button import ExportButton


def major_text(row) -> str:
    if row.major_event is None:
        return ""
    kind = vocab_label(MAJOR_EVENTS, row.major_event)
    return f"⚑ {kind}" + ("" if row.reported_on else " *")


ACTIVITY_COLUMNS = (
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "活动编号"), "number", lambda r: r.activity_number),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "活动名称"), "title", lambda r: r.title, stretch=True),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "类型"), "activity_type", lambda r: vocab_label(ACTIVITY_TYPES, r.activity_type)),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "时间"), "starts_at", lambda r: f"{r.starts_at:%Y-%m-%d %H:%M}"),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "地点"), "place", lambda r: r.place),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "参与人数"), "participants",
           lambda r: str(r.participants + r.headcount_unregistered), numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "志愿者"), "volunteers", lambda r: str(r.volunteers), numeric=True),
    Column(QT_TRANSLATE_NOOP("ActivitiesModel", "重大活动（*未报备）"), "major_event", major_text),
)


def activities_model(ctx, runner=None, parent=None) -> LazyTableModel:
    """With the task runner, searching and sorting (in the service, by pinyin) run off the GUI thread."""
    return LazyTableModel(
        columns=ACTIVITY_COLUMNS, context="ActivitiesModel", sort_column=3, descending=True, kind="activity", depends_on=frozenset({"service_record"}),
        list_ids=lambda **query: activities.activity_ids(ctx, **query),
        fetch_rows=lambda ids: activities.activities_by_id(ctx, ids), parent=parent, runner=runner,
    )


class MonthView(QWidget):
    """A month calendar: days with activities in bold, the chosen day's activities below."""

    opened = Signal(str)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.marked: list[QDate] = []
        self.by_day: dict[date, list] = {}
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("calendar")
        self.calendar.setGridVisible(True)
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.load())
        self.calendar.selectionChanged.connect(self.show_day)
        self.day_list = QListWidget()
        self.day_list.setObjectName("dayList")
        self.day_list.itemActivated.connect(lambda item: emit(self.opened, item.data(Qt.ItemDataRole.UserRole)))
        self.day_list.itemDoubleClicked.connect(lambda item: emit(self.opened, item.data(Qt.ItemDataRole.UserRole)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.calendar, 2)
        layout.addWidget(self.day_list, 1)

    def load(self) -> None:
        month = (self.calendar.yearShown(), self.calendar.monthShown())
        rows = activities.activities_by_id(self.ctx, activities.activity_ids(self.ctx, month=month))
        plain = QTextCharFormat()
        for day in self.marked:
            self.calendar.setDateTextFormat(day, plain)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        self.by_day = {}
        for row in sorted(rows.values(), key=lambda r: r.starts_at):
            self.by_day.setdefault(row.starts_at.date(), []).append(row)
        self.marked = [QDate(d.year, d.month, d.day) for d in self.by_day]
        for day in self.marked:
            self.calendar.setDateTextFormat(day, bold)
        self.show_day()

    def show_day(self) -> None:
        self.day_list.clear()
        for row in self.by_day.get(self.calendar.selectedDate().toPython(), []):
            item = QListWidgetItem(f"{row.starts_at:%H:%M} {row.title}  {row.place}  {major_text(row)}")
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.day_list.addItem(item)

    def select(self, day: date) -> None:
        self.calendar.setCurrentPage(day.year, day.month)
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))


class ActivitiesPage(QWidget):
    changed = Signal(object)  # Changes

    def __init__(self, ctx, runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_activities")
        self.ctx = ctx
        title = QLabel(self.tr("社区活动"))
        title.setObjectName("pageTitle")
        self.unreported = QCheckBox(self.tr("只看未报备的重大活动"))
        self.unreported.setObjectName("unreportedFilter")
        self.unreported.toggled.connect(lambda on: self.list.set_extra_query(unreported_only=on or None))
        self.add_button = QPushButton(self.tr("新增活动"))
        self.add_button.setObjectName("addButton")
        self.add_button.setEnabled(ctx.may("activity", "create"))
        self.add_button.clicked.connect(self.add)
        self.export_button = ExportButton(ctx, runner, "activities")
        self.list = RecordList(activities_model(ctx, runner), placeholder=self.tr("活动名称、编号、地点或主办方（Ctrl+F）"),
                               filters=[self.unreported], buttons=[self.export_button, self.add_button])
        self.list.opened.connect(self.show_activity)
        self.month = MonthView(ctx)
        self.month.opened.connect(self.show_activity)
        self.views = QTabWidget()
        self.views.setObjectName("activityViews")
        self.views.addTab(self.list, self.tr("列表"))
        self.views.addTab(self.month, self.tr("月历"))
        self.views.currentChanged.connect(lambda _i: self.month.load() if self.views.currentWidget() is self.month else None)
        self.detail = ActivityDetail(ctx)
        self.detail.back.connect(self.show_list)
        self.detail.changed.connect(self._changed)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.views)
        self.stack.addWidget(self.detail)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 8)
        layout.addWidget(title)
        layout.addWidget(self.stack, 1)
        QShortcut(QKeySequence.StandardKey.New, self, context=Qt.ShortcutContext.WindowShortcut).activated.connect(self.add)
        QShortcut(QKeySequence.StandardKey.Find, self, context=Qt.ShortcutContext.WindowShortcut) \
            .activated.connect(self.focus_search)
        self.list.apply_filters()

    def show_list(self) -> None:
        self.detail.clear()
        self.stack.setCurrentWidget(self.views)

    def focus_search(self) -> None:
        self.show_list()
        self.views.setCurrentWidget(self.list)
        self.list.focus_search()

    def show_calendar(self, day: date | None = None) -> None:
        self.show_list()
        self.views.setCurrentWidget(self.month)
        self.month.select(day or date.today())
        self.month.load()

    def show_activity(self, activity_id: str) -> None:
        self.detail.show_activity(activity_id)
        self.stack.setCurrentWidget(self.detail)

    def add(self) -> None:
        if not self.ctx.may("activity", "create"):
            return
        on = self.month.calendar.selectedDate().toPython() if self.views.currentWidget() is self.month else None
        dialog = ActivityDialog(self.ctx, on=on, parent=self)
        if dialog.exec():
            self._changed(dialog.changes)
            self.show_activity(dialog.changes.ids[0])

    def _changed(self, changes) -> None:
        emit(self.changed, changes)

    def apply_changes(self, changes) -> None:
        self.list.apply_changes(changes)
        if self.views.currentWidget() is self.month and changes.kinds & {"activity"}:
            self.month.load()

    def drop_cache(self) -> None:
        self.list.drop_cache()
        self.month.day_list.clear()
        self.show_list()
