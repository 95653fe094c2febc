"""What the main window shows while the data is open: a header (school, signed-in user),
navigation on the left, and the pages the user's role allows on the right.

Built anew for each unlock (another account may unlock a locked window) and thrown away at lock,
so no page keeps data while the screen is locked. Pages are reached with Ctrl+1, Ctrl+2, ...
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kimbai_desktop.domain.access import Permission
from kimbai_desktop.gui import labels
from kimbai_desktop.gui.pages import (
    cases_page,
    concerns_page,
    overview_page,
    register_page,
    reports_page,
    training_page,
)
from kimbai_desktop.gui.pages.audit_page import AuditPage
from kimbai_desktop.gui.pages.school_page import SchoolPage
from kimbai_desktop.gui.pages.settings_page import SettingsPage
from kimbai_desktop.gui.settings import AppSettings
from kimbai_desktop.gui.widgets import FieldError, heading_label
from kimbai_desktop.gui.worker import DbWorker
from kimbai_desktop.services.first_steps import Step
from kimbai_desktop.services.preferences import load_hide_names, save_hide_names

NAV_MIN_WIDTH = 180
NAV_MAX_WIDTH = 260
NAV_PADDING = 16  # room to spare (a bold current item, rounding)


class Workspace(QWidget):
    """The header, the navigation and the pages for one signed-in user."""

    def __init__(
        self,
        session: Any,
        worker: DbWorker,
        settings: AppSettings,
        running_language: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.school_label = heading_label("", self, scale=1.25)
        self.school_label.setObjectName("schoolName")
        user = session.user
        self.user_label = QLabel(
            self.tr("Signed in: {name} ({role})").format(
                name=user.full_name, role=labels.label(user.role)
            ),
            self,
        )
        self.user_label.setObjectName("signedInUser")
        self.user_label.setTextFormat(Qt.TextFormat.PlainText)
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        header = QFrame(self)
        header.setObjectName("header")
        header.setFrameShape(QFrame.Shape.StyledPanel)
        header_layout = QHBoxLayout(header)
        header_layout.setContentsMargins(12, 8, 12, 8)
        header_layout.addWidget(self.school_label, 1)
        # One switch for the whole window (a shared desk): every list and view shows codes or
        # initials instead of children's names until it is turned off; remembered per account.
        self.worker = worker
        self.hide_names = False
        self.hide_names_box = QCheckBox(self.tr("&Hide names"), self)
        self.hide_names_box.setObjectName("hideNames")
        self.hide_names_box.setToolTip(self.tr(
            "Show codes and initials instead of children's names on every page, for a desk "
            "others can see (Ctrl+H)"))
        self.hide_names_box.toggled.connect(self.set_hide_names)
        hide_shortcut = QShortcut(QKeySequence("Ctrl+H"), self)
        hide_shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        hide_shortcut.activated.connect(self.hide_names_box.toggle)
        header_layout.addWidget(self.hide_names_box)
        header_layout.addSpacing(12)
        header_layout.addWidget(self.user_label)

        self.banner = FieldError(self)
        self.banner.setObjectName("damagedBanner")

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(24, 24))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget(self)
        style = self.style()
        self.pages: list[QWidget] = []
        self.overview_page: overview_page.OverviewPage | None = None
        self.cases_page: cases_page.CasesPage | None = None
        self.concerns_page: concerns_page.ConcernsPage | None = None
        self.register_page: register_page.RegisterPage | None = None
        self.training_page: training_page.TrainingPage | None = None
        icon = style.standardIcon
        pixmap = QStyle.StandardPixmap
        if overview_page.available(session):
            self.overview_page = overview_page.OverviewPage(session, worker, self)
            self._add_page(self.overview_page, self.tr("Overview"),
                           icon(pixmap.SP_DesktopIcon))
        if concerns_page.available(session):
            self.concerns_page = concerns_page.ConcernsPage(session, worker, self)
            self._add_page(self.concerns_page, self.tr("Report a concern"),
                           icon(pixmap.SP_MessageBoxWarning))
        if cases_page.available(session):
            self.cases_page = cases_page.CasesPage(session, worker, self)
            self._add_page(self.cases_page, self.tr("Case files"),
                           icon(pixmap.SP_DirOpenIcon))
        if register_page.available(session):
            self.register_page = register_page.RegisterPage(session, worker, self)
            self._add_page(self.register_page, self.tr("Register"),
                           icon(pixmap.SP_FileDialogListView))
        if training_page.available(session):
            self.training_page = training_page.TrainingPage(session, worker, self)
            self._add_page(self.training_page, self.tr("Training"),
                           icon(pixmap.SP_FileDialogInfoView))
        self.reports_page: reports_page.ReportsPage | None = None
        if reports_page.available(session):
            self.reports_page = reports_page.ReportsPage(session, worker, self)
            self._add_page(self.reports_page, self.tr("Reports"),
                           icon(pixmap.SP_FileDialogDetailedView))
        self.school_page = SchoolPage(session, worker, self)
        self.settings_page = SettingsPage(settings, running_language, session, worker, self)
        self.audit_page: AuditPage | None = None
        self._add_page(
            self.school_page,
            self.tr("School"),
            style.standardIcon(QStyle.StandardPixmap.SP_DirHomeIcon),
        )
        if session.can(Permission.VIEW_AUDIT):
            self.audit_page = AuditPage(session, worker, self)
            self._add_page(
                self.audit_page,
                self.tr("Access log"),
                style.standardIcon(QStyle.StandardPixmap.SP_FileDialogContentsView),
            )
        self._add_page(
            self.settings_page,
            self.tr("Settings"),
            style.standardIcon(QStyle.StandardPixmap.SP_FileDialogDetailedView),
        )
        self._connect_pages()
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)
        self._fit_navigation()

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.nav)
        body.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        worker.submit(load_hide_names, session, on_done=self._hide_names_loaded, context=self)

    # -- hiding names ------------------------------------------------------------------------------

    def _hide_names_loaded(self, hide: bool) -> None:
        self.hide_names_box.blockSignals(True)
        self.hide_names_box.setChecked(hide)
        self.hide_names_box.blockSignals(False)
        self.set_hide_names(hide, remember=False)

    def set_hide_names(self, hide: bool, remember: bool = True) -> None:
        """Every page that shows a child's name follows the switch; saved for this account."""
        self.hide_names = bool(hide)
        if self.hide_names_box.isChecked() != self.hide_names:
            self.hide_names_box.blockSignals(True)
            self.hide_names_box.setChecked(self.hide_names)
            self.hide_names_box.blockSignals(False)
        for page in self.pages:
            follow = getattr(page, "set_hide_names", None)
            if follow is not None:
                follow(self.hide_names)
        if remember and self.session is not None:
            self.worker.submit(save_hide_names, self.session, self.hide_names, context=self)

    def _fit_navigation(self) -> None:
        """Make the navigation as wide as its longest title needs, so no title is cut short with
        "...": the items' size hints give a height only, so the width comes from the text."""
        nav = self.nav
        metrics = nav.fontMetrics()
        longest = max(
            (metrics.horizontalAdvance(nav.item(i).text()) for i in range(nav.count())), default=0
        )
        # the style's margins left and right of the icon and of the text, as the item draws them
        margin = nav.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, nav) + 1
        item = nav.iconSize().width() + longest + 4 * margin
        width = item + 2 * nav.spacing() + 2 * nav.frameWidth() + NAV_PADDING
        nav.setFixedWidth(min(NAV_MAX_WIDTH, max(NAV_MIN_WIDTH, width)))

    def _connect_pages(self) -> None:
        """Records open each other: an overview item opens its case or pupil, a pupil's case
        opens in the case files."""
        overview, cases, register = self.overview_page, self.cases_page, self.register_page
        if cases is not None:
            if overview is not None:
                overview.open_case.connect(self.open_case)
                overview.show_cases.connect(lambda: (self.show_page(cases), cases.show_list()))
            if register is not None:
                register.case_requested.connect(self.open_case)
        if overview is not None and register is not None:
            overview.open_pupil.connect(self.open_pupil)
            overview.open_register.connect(
                lambda query: (self.show_page(register), register.show_query(query)))
        if overview is not None and cases is not None:
            overview.open_case_list.connect(
                lambda query: (self.show_page(cases), cases.show_status(query.status)))
        audit = self.audit_page
        if audit is not None:
            for page in (cases, register):
                if page is not None:
                    page.history_requested.connect(
                        lambda kind, record_id: (self.show_page(audit),
                                                 audit.show_record(kind, record_id)))
        if register is not None:  # a new name order (Cài đặt) re-sorts a list already shown
            self.settings_page.preferences.saved.connect(
                lambda _prefs: register.model.reload() if register.started else None)
        training = self.training_page
        if overview is not None and training is not None:
            overview.open_targets.connect(
                lambda _target: (self.show_page(training), training.show_targets()))
            overview.open_inspection.connect(
                lambda inspection_id: (self.show_page(training),
                                       training.show_inspection(inspection_id)))
            overview.open_plan.connect(
                lambda kind, record_id: (self.show_page(training),
                                         training.show_plan_item(kind, record_id)))
        reports = self.reports_page if self.session.can(Permission.PRINT_REPORTS) else None
        if training is not None:  # an inspection's minute is made on the Reports page
            training.inspections.print_button.setVisible(reports is not None)
            if reports is not None:
                training.inspections.print_requested.connect(
                    lambda inspection_id: (self.show_page(reports),
                                           reports.show_inspection(inspection_id)))
        if overview is not None:
            overview.step_requested.connect(self.take_first_step)

    def take_first_step(self, step: Step) -> None:
        """Open the page or dialog that does one of the overview's first steps."""
        actions = getattr(self.window(), "session_actions", None)
        if step == Step.CLASS_LISTS and self.register_page is not None:
            self.show_page(self.register_page)
            self.register_page.import_excel()
        elif step == Step.STAFF_ACCOUNTS:
            self.show_page(self.settings_page)
            self.settings_page.show_accounts()
        elif step == Step.TARGETS and self.training_page is not None:
            self.show_page(self.training_page)
            self.training_page.show_targets()
        elif step == Step.RECOVERY_KEY and actions is not None:
            actions.recovery_key_action.trigger()
        elif step == Step.BACKUP and actions is not None:
            actions.backup_action.trigger()

    def open_case(self, case_id: int) -> None:
        if self.cases_page is not None:
            self.show_page(self.cases_page)
            self.cases_page.show_case(case_id)

    def open_pupil(self, pupil_id: int) -> None:
        if self.register_page is not None:
            self.show_page(self.register_page)
            self.register_page.show_pupil(pupil_id)

    def _add_page(self, page: QWidget, title: str, icon: QIcon) -> None:
        self.pages.append(page)
        item = QListWidgetItem(icon, title)
        item.setSizeHint(QSize(0, 36))
        self.nav.addItem(item)
        self.stack.addWidget(page)
        number = self.nav.count()
        if number <= 9:
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            row = number - 1
            shortcut.activated.connect(lambda r=row: self.nav.setCurrentRow(r))
            item.setToolTip(f"Ctrl+{number}")

    def page_titles(self) -> list[str]:
        return [self.nav.item(i).text() for i in range(self.nav.count())]

    def show_page(self, page: QWidget) -> None:
        self.nav.setCurrentRow(self.stack.indexOf(page))

    def show_damaged(self, text: str) -> None:
        self.banner.set_message(text)

    def has_unsaved_changes(self) -> bool:
        return any(getattr(page, "has_unsaved_changes", lambda: False)() for page in self.pages)

    def clear(self) -> None:
        """Wipe what every page shows and drop the session (at lock, before it is deleted)."""
        self.session = None
        self.school_label.clear()
        self.user_label.clear()
        self.banner.clear()
        for page in self.pages:
            clear = getattr(page, "clear", None)
            if clear is not None:
                clear()
