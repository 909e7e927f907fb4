"""The volunteers by person: one row per person (total hours, star level under the profile in
force, the stations served at), each station's record beneath (hours, teams, trainings). The
county's volunteers screen opens on it; a station may look at it too."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wulian_desk.core.volunteers import format_hours
from wulian_desk.services.volunteering import people
from wulian_desk.ui.i18n import listed
from wulian_desk.ui.signals import emit


class PeopleView(QWidget):
    back = Signal()

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("volunteerPeople")
        self.ctx = ctx
        self.people: list = []
        self.search = QLineEdit()
        self.search.setObjectName("peopleSearch")
        self.search.setPlaceholderText(self.tr("姓名或志愿者统一编号"))
        self.search.returnPressed.connect(self.refresh)
        back = QPushButton(self.tr("逐条记录列表"))
        back.setObjectName("recordsButton")
        back.clicked.connect(lambda: emit(self.back))
        self.tree = QTreeWidget()
        self.tree.setObjectName("peopleTree")
        self.tree.setHeaderLabels([self.tr("姓名 / 站点"), self.tr("志愿者统一编号"), self.tr("累计时长（小时）"),
                                   self.tr("星级"), self.tr("服务的站点 / 服务队"), self.tr("培训")])
        self.summary = QLabel()
        self.summary.setObjectName("peopleSummary")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)

    def refresh(self) -> None:
        self.people = people.volunteer_people(self.ctx, search=self.search.text())
        self.tree.clear()
        for person in self.people:
            top = QTreeWidgetItem([person.name, person.national_number or "—", format_hours(person.minutes),
                                   person.star_label or "—", listed(person.stations), ""])
            for record in person.records:
                top.addChild(QTreeWidgetItem([
                    record.station_name, "", format_hours(record.minutes), "",
                    listed(record.teams) or self.tr("无服务队"),
                    self.tr("%1 次，%2 学时").replace("%1", str(record.trainings)).replace("%2", f"{record.training_hours:g}")]))
            self.tree.addTopLevelItem(top)
            top.setExpanded(len(person.records) > 1)
        # Columns as wide as what they hold; the last (the trainings) takes what is left.
        for column in range(self.tree.columnCount() - 1):
            self.tree.resizeColumnToContents(column)
        records = sum(len(p.records) for p in self.people)
        self.summary.setText(self.tr("共 %1 人（%2 条志愿者记录）").replace("%1", str(len(self.people)))
                             .replace("%2", str(records)))
