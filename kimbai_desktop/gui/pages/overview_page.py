"""The "Tổng quan" page, the first after sign-in for the principal and the counsellor: it answers
"what must I do today?" with counts (overdue, due today, due soon, open cases, new concerns), the
list of what is due (overdue first; state as icon, colour and words) and the new concerns from
teachers (code and time only) with "mark as read". Each item opens its case or pupil in one click
or with Enter. Beside them, in a column of its own that scrolls, the figures of the school year
as small charts (:mod:`kimbai_desktop.gui.overview`): cases by status and by form, the register
by level and by group, the reviews, and the year's targets with their progress.

The report viewer (``VIEW_STATISTICS`` only) sees the charts alone: no due list, no concerns, no
name. The page refreshes whenever it is shown, and through :meth:`refresh`; every service call
goes through the worker.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.domain.deadlines import DeadlineState
from kimbai_desktop.domain.formatting import format_date
from kimbai_desktop.gui import labels, messages
from kimbai_desktop.gui.cases.common import (
    SP,
    STATE_COLOURS,
    school_now,
    state_colour,
    state_icon,
    state_text,
    style_icon,
    time_text,
    waiting_text,
)
from kimbai_desktop.gui.overview.destruction import DestructionFrame
from kimbai_desktop.gui.overview.first_steps import FirstStepsPanel
from kimbai_desktop.gui.overview.panel import DashboardPanel
from kimbai_desktop.gui.register.texts import initials
from kimbai_desktop.gui.widgets import heading_label, hint_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services import cases
from kimbai_desktop.services.dashboard import dashboard, may_see_dashboard
from kimbai_desktop.services.first_steps import first_steps
from kimbai_desktop.services.overview import build_overview

PLAN_KINDS = ("safety", "target", "report")  # open in the training page's tabs
TILE_STATES = (DeadlineState.OVERDUE, DeadlineState.DUE_TODAY, DeadlineState.DUE_SOON)


def available(session: Any) -> bool:
    """The overview is for those who manage cases (principal, counsellor), and, as charts only,
    for whoever may read the figures (the report viewer)."""
    return session is not None and (
        bool(session.can(Permission.MANAGE_CASES)) or may_see_dashboard(session)
    )


def manages_cases(session: Any) -> bool:
    """Whether the page shows what is due and the new concerns (names and case codes)."""
    return session is not None and bool(session.can(Permission.MANAGE_CASES))


class Tile(QPushButton):
    """A big count with its icon and words under it; checkable, to show only what it counts."""

    def __init__(self, text: str, colour: str, icon: QIcon, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption_text = text
        self.colour = colour
        self.count = 0
        self.setCheckable(True)
        self.setMinimumHeight(84)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.icon_label = QLabel(self)
        self.icon_label.setPixmap(icon.pixmap(24, 24))
        self.number = QLabel("0", self)
        font = QFont(self.font())
        if font.pointSizeF() > 0:
            font.setPointSizeF(font.pointSizeF() * 2.0)
        font.setBold(True)
        self.number.setFont(font)
        self.caption = QLabel(text, self)
        self.caption.setWordWrap(True)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        for label in (self.icon_label, self.number, self.caption):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        top = QHBoxLayout()
        top.addStretch(1)
        top.addWidget(self.icon_label)
        top.addWidget(self.number)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.number.setText(str(count))
        colour = self.colour if count else "#4a4a4a"
        self.number.setStyleSheet(f"color: {colour};")
        self.caption.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.setAccessibleName(f"{count} {self.caption_text}")


class OverviewPage(QWidget):
    """``open_case(case_id)`` and ``open_pupil(pupil_id)`` ask the window to show a record;
    ``show_cases`` (the "open cases" tile) asks for the list of cases.

    From the charts (only for a user who may open that list):
    ``open_case_list(CaseQuery)`` asks for the list of cases with that status and school year;
    ``open_register(PupilQuery)`` for the register filtered by level, group or review;
    ``open_targets(target_id)`` for the training page's targets of the year.
    ``loaded`` once everything asked by :meth:`refresh` has arrived."""

    open_case = Signal(int)
    open_pupil = Signal(int)
    show_cases = Signal()
    open_case_list = Signal(object)
    open_register = Signal(object)
    open_targets = Signal(int)
    step_requested = Signal(object)  # a first step (services.first_steps.Step) to take
    open_inspection = Signal(int)  # an inspection whose follow-up action is due
    open_plan = Signal(str, int)  # another item of the school plan: its kind and record id
    loaded = Signal()

    def __init__(self, session: Any, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.worker = worker
        self.log_dialog: QDialog | None = None  # handover (closed at lock)
        self.manages = manages_cases(session)
        self.overview: Any = None
        self.dashboard: Any = None
        self.alerts: list[Any] = []
        self.loading = False
        self.filter_state: DeadlineState | None = None
        self._generation = 0

        self.heading = heading_label(self.tr("Overview"), self)
        self.today = QLabel(self)
        title_row = QHBoxLayout()
        title_row.addWidget(self.heading)
        title_row.addStretch(1)
        title_row.addWidget(self.today)
        self.refresh_button = QPushButton(self.tr("&Refresh"), self)
        self.refresh_button.setToolTip(
            self.tr("Read the deadlines again (F5)")
            if self.manages
            else self.tr("Read the figures again (F5)")
        )
        self.refresh_button.setShortcut("F5")
        self.refresh_button.clicked.connect(self.refresh)
        title_row.addWidget(self.refresh_button)

        self.tiles: dict[str, Tile] = {}
        tiles = QHBoxLayout()
        for key, text, colour, icon in (
            (
                "overdue",
                self.tr("overdue"),
                STATE_COLOURS[DeadlineState.OVERDUE],
                SP.SP_MessageBoxCritical,
            ),
            (
                "due_today",
                self.tr("due today"),
                STATE_COLOURS[DeadlineState.DUE_TODAY],
                SP.SP_MessageBoxWarning,
            ),
            (
                "due_soon",
                self.tr("due within 7 days"),
                STATE_COLOURS[DeadlineState.DUE_SOON],
                SP.SP_MessageBoxInformation,
            ),
            ("open_cases", self.tr("open cases"), "#1a4f9c", SP.SP_DirOpenIcon),
            (
                "new_concerns",
                self.tr("new concerns from teachers"),
                "#1a4f9c",
                SP.SP_FileDialogNewFolder,
            ),
        ):
            tile = Tile(text, colour, style_icon(self, icon), self)
            tile.setObjectName(f"tile_{key}")
            tile.clicked.connect(lambda _checked, k=key: self._tile_clicked(k))
            self.tiles[key] = tile
            tiles.addWidget(tile)

        self.items_title = heading_label(self.tr("What is due"), self, 1.1)
        self.items = QTreeWidget(self)
        self.items.setColumnCount(4)
        self.items.setHeaderLabels(
            [self.tr("State"), self.tr("Due"), self.tr("Record"), self.tr("What to do")]
        )
        self.items.setRootIsDecorated(False)
        self.items.setUniformRowHeights(True)
        self.items.setAlternatingRowColors(True)
        self.items.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.items.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.items.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.items.itemActivated.connect(lambda item, _c: self.open_item(item))
        self.items.itemClicked.connect(lambda item, _c: self.open_item(item))
        self.empty = hint_label("", self)
        self.empty.setVisible(False)

        self.alerts_title = heading_label(self.tr("New concerns from teachers"), self, 1.1)
        self.alert_list = QListWidget(self)
        self.alert_list.itemActivated.connect(lambda _i: self.open_alert())
        self.alert_list.itemSelectionChanged.connect(self._update_alert_buttons)
        self.open_alert_button = QPushButton(self.tr("O&pen the case"), self)
        self.open_alert_button.clicked.connect(self.open_alert)
        self.read_button = QPushButton(self.tr("&Mark as read"), self)
        self.read_button.clicked.connect(self.mark_read)
        alert_buttons = QVBoxLayout()  # beside the list: the due list above keeps the height
        alert_buttons.addWidget(self.open_alert_button)
        alert_buttons.addWidget(self.read_button)
        alert_buttons.addStretch(1)
        alerts = QFrame(self)
        alerts.setFrameShape(QFrame.Shape.StyledPanel)
        alerts_layout = QVBoxLayout(alerts)
        alerts_layout.addWidget(self.alerts_title)
        alerts_layout.addWidget(
            hint_label(
                self.tr(
                    "Only the case number and the time are shown here. Open the case to read it."
                ),
                alerts,
            )
        )
        alert_row = QHBoxLayout()
        alert_row.addWidget(self.alert_list, 1)
        alert_row.addLayout(alert_buttons)
        alerts_layout.addLayout(alert_row, 1)
        self.alert_list.setMaximumHeight(
            max(80, 4 * self.alert_list.fontMetrics().lineSpacing() + 12)
        )
        self.alerts_frame = alerts

        self.charts = DashboardPanel(
            self,
            can_open_cases=self.manages,
            can_open_register=session is not None and session.can(Permission.VIEW_REGISTER),
            can_open_training=session is not None and session.can(Permission.MANAGE_TRAINING),
        )
        self.charts.open_case_list.connect(self.open_case_list)
        self.charts.open_register.connect(self.open_register)
        self.charts.open_targets.connect(self.open_targets)
        self.charts_area = QScrollArea(self)
        self.charts_area.setObjectName("overviewCharts")
        self.charts_area.setWidgetResizable(True)
        self.charts_area.setFrameShape(QFrame.Shape.NoFrame)
        self.charts_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.charts_area.setWidget(self.charts)
        self.charts_area.setMinimumWidth(320)

        self.first_steps = FirstStepsPanel(self)  # a new school's checklist, principal only
        self.first_steps.step_requested.connect(self.step_requested)
        self.due_column = QWidget(self)
        due = QVBoxLayout(self.due_column)
        due.setContentsMargins(0, 0, 0, 0)
        due.addWidget(self.first_steps)
        due.addWidget(self.items_title)
        due.addWidget(self.items, 1)
        due.addWidget(self.empty)
        due.addWidget(alerts)
        self.destruction = DestructionFrame(session, worker, self)  # the principal's "Đến hạn hủy"
        self.destruction.destroyed_record.connect(self.refresh)
        due.addWidget(self.destruction)
        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.due_column, 3)
        body.addWidget(self.charts_area, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(title_row)
        layout.addLayout(tiles)
        layout.addLayout(body, 1)
        self._update_alert_buttons()
        if not self.manages:  # the report viewer: the figures alone, on the whole page
            for tile in self.tiles.values():
                tile.setVisible(False)
            self.due_column.setVisible(False)
            self.charts.set_columns(2)

    # -- loading -----------------------------------------------------------------------------------

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        if self.session is None or not available(self.session):
            return
        self._generation += 1
        generation = self._generation
        self.loading = True
        now = school_now(self.session)
        self.today.setText(self.tr("Today: {date}").format(date=format_date(now.date())))
        if self.manages:
            self.worker.submit(
                build_overview,
                self.session,
                on_done=lambda o: self._on_overview(generation, o),
                on_error=self._on_error,
                context=self,
            )
            self.worker.submit(
                cases.pending_alerts,
                self.session,
                on_done=lambda a: self._on_alerts(generation, a),
                on_error=self._on_error,
                context=self,
            )
            self.worker.submit(
                first_steps,
                self.session,
                on_done=lambda f: self.first_steps.show_steps(f)
                if generation == self._generation else None,
                on_error=self._on_error,
                context=self,
            )
        if self.session.can(Permission.DESTROY_RECORDS):
            self.destruction.refresh()
        # The one worker runs jobs in order: the figures come last, and then all is loaded.
        self.worker.submit(
            dashboard,
            self.session,
            on_done=lambda d: self._on_dashboard(generation, d),
            on_error=self._on_error,
            context=self,
        )

    def _on_overview(self, generation: int, overview: Any) -> None:
        if generation == self._generation:
            self.overview = overview
            self._show_items()

    def _on_alerts(self, generation: int, alerts: list[Any]) -> None:
        if generation != self._generation:
            return
        self.alerts = alerts
        self.alert_list.clear()
        for alert in alerts:
            item = QListWidgetItem(
                style_icon(self, SP.SP_FileDialogNewFolder),
                f"{alert.code}\n{time_text(alert.received_at)}",
            )
            item.setData(Qt.ItemDataRole.UserRole, alert)
            self.alert_list.addItem(item)
        if alerts:
            self.alert_list.setCurrentRow(0)
        else:
            self.alert_list.addItem(QListWidgetItem(self.tr("No new concern.")))
            self.alert_list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update_alert_buttons()

    def _on_dashboard(self, generation: int, figures: Any) -> None:
        if generation != self._generation:
            return
        self.dashboard = figures
        self.charts.show_dashboard(figures)
        self.loading = False
        self.loaded.emit()

    def _on_error(self, exc: BaseException) -> None:
        self.loading = False
        messages.show_error(self, exc)

    def _show_items(self) -> None:
        o = self.overview
        counts = {
            "overdue": o.count(DeadlineState.OVERDUE),
            "due_today": o.count(DeadlineState.DUE_TODAY),
            "due_soon": o.count(DeadlineState.DUE_SOON),
            "open_cases": o.open_cases,
            "new_concerns": o.new_concerns,
        }
        for key, tile in self.tiles.items():
            tile.set_count(counts[key])
        self.items.clear()
        shown = [i for i in o.items if self.filter_state is None or i.state == self.filter_state]
        for due in shown:
            item = QTreeWidgetItem(
                [state_text(due.state), time_text(due.due), self.label_text(due),
                 self.what_text(due)]
            )
            item.setIcon(0, state_icon(self, due.state))
            for column in range(4):
                item.setForeground(
                    column, state_colour(due.state) if column < 2 else item.foreground(column)
                )
            item.setData(0, Qt.ItemDataRole.UserRole, due)
            item.setToolTip(3, self.tr("Enter or click: open the record"))
            self.items.addTopLevelItem(item)
        first = self.items.topLevelItem(0)
        if first is not None:
            self.items.setCurrentItem(first)
            self.empty.setText("")
        else:
            self.empty.setText(self.tr("Nothing is due. Well done."))
        self.empty.setVisible(bool(self.empty.text()))

    def label_text(self, due: Any) -> str:
        """A case code, or the child of a review (initials while names are hidden)."""
        hidden = getattr(self, "hide_names", False)
        return initials(due.label) if hidden and due.kind in ("review", "inspection", "target", "receipt") \
            else str(due.label)

    def set_hide_names(self, hide: bool) -> None:
        """The window's "Hide names" switch: children by initials, no free-text task titles
        (they may name a child)."""
        self.hide_names = hide
        if self.overview is not None:
            self._show_items()

    def what_text(self, due: Any) -> str:
        if due.state == DeadlineState.WAITING:
            return waiting_text(due)
        if due.kind == "step" and due.step is not None:
            return labels.label(due.step)
        if due.kind == "task" and getattr(self, "hide_names", False):
            return self.tr("Plan task")
        if due.kind == "task":
            return self.tr("Plan task: {title}").format(title=due.what)
        if due.kind == "review":
            return self.tr("Periodic review of the child")
        if due.kind == "inspection":
            return self.tr("Inspection follow-up: {action}").format(action=due.what)
        if due.kind == "report":
            return self.tr("Report to send: {title}").format(title=due.what)
        if due.kind == "target":
            return self.tr("Target of the plan: {target}").format(target=due.what)
        if due.kind == "safety":
            return self.tr("Check of the safe school environment for {year} not done yet").format(
                year=due.label)
        if due.kind == "receipt":
            return self.tr("Receipt of the handover package not returned yet")
        return str(due.what)

    def _tile_clicked(self, key: str) -> None:
        states = dict(zip(("overdue", "due_today", "due_soon"), TILE_STATES, strict=True))
        for other, tile in self.tiles.items():
            if other != key:
                tile.setChecked(False)
        tile = self.tiles[key]
        if key in states:
            self.filter_state = states[key] if tile.isChecked() else None
            if self.overview is not None:
                self._show_items()
            self.items.setFocus()
        else:
            tile.setChecked(False)
            self.filter_state = None
            if self.overview is not None:
                self._show_items()
            if key == "new_concerns":
                self.alert_list.setFocus()
            else:
                self.show_cases.emit()

    def due_items(self) -> list[Any]:
        """The DueItems shown, in the order shown."""
        items = (self.items.topLevelItem(i) for i in range(self.items.topLevelItemCount()))
        return [item.data(0, Qt.ItemDataRole.UserRole) for item in items if item is not None]

    # -- opening -----------------------------------------------------------------------------------

    def open_item(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        due = item.data(0, Qt.ItemDataRole.UserRole)
        if due is None:
            return
        if due.kind == "review":
            self.open_pupil.emit(due.record_id)
        elif due.kind == "inspection":
            self.open_inspection.emit(due.record_id)
        elif due.kind in PLAN_KINDS:
            self.open_plan.emit(due.kind, due.record_id)
        elif due.kind == "receipt":
            from kimbai_desktop.gui.handover.log_dialog import TransferLogDialog

            self.log_dialog = TransferLogDialog(self.session, self.worker, self)
            self.log_dialog.finished.connect(self.log_dialog.deleteLater)
            self.log_dialog.open()
        else:
            self.open_case.emit(due.record_id)

    def selected_alert(self) -> Any:
        item = self.alert_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_alert_buttons(self) -> None:
        has = self.selected_alert() is not None
        self.open_alert_button.setEnabled(has)
        self.read_button.setEnabled(has)

    def open_alert(self) -> None:
        alert = self.selected_alert()
        if alert is not None:
            self.open_case.emit(alert.case_id)

    def mark_read(self) -> None:
        alert = self.selected_alert()
        if alert is None or self.session is None:
            return
        self.worker.submit(
            cases.acknowledge_alert,
            self.session,
            alert.case_id,
            on_done=lambda _r: self.refresh(),
            on_error=self._on_error,
            context=self,
        )

    def clear(self) -> None:
        """Forget everything shown and the session (at lock)."""
        from kimbai_desktop.gui.handover import close_now

        close_now(getattr(self, "log_dialog", None))
        self.log_dialog = None
        self._generation += 1
        self.session = None
        self.overview = None
        self.dashboard = None
        self.items.clear()
        self.alert_list.clear()
        self.charts.clear()
        self.first_steps.show_steps(None)
        for tile in self.tiles.values():
            tile.set_count(0)
