"""A new school's overview: the first steps with their state and a button to each, the recovery
key confirmed in the set-up wizard counted as done, the checklist gone once all is done."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from kimbai_desktop.domain.enums import Role, Sex
from kimbai_desktop.domain.training import TargetMetric
from kimbai_desktop.gui.register.import_wizard import ImportWizard
from kimbai_desktop.services import training
from kimbai_desktop.services.accounts import add_account
from kimbai_desktop.services.backup import create_backup
from kimbai_desktop.services.first_steps import Step
from kimbai_desktop.services.register import PupilInput, save_pupil
from tests.gui.helpers import run, sign_in, tr
from tests.gui.test_setup_wizard import PASSWORD, create, go_to_account_page


def test_a_new_school_is_shown_its_first_steps(qtbot, data_dir, make_controller, tmp_path) -> None:
    controller = make_controller(data_dir)
    controller.start()
    wizard = controller.wizard
    go_to_account_page(wizard)
    create(qtbot, wizard)
    wizard.key_page.saved_check.setChecked(True)  # "I have printed or written down the key"
    qtbot.mouseClick(wizard.button(QWizard.WizardButton.FinishButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.unlock_dialog is not None, timeout=10_000)
    sign_in(qtbot, controller, "hieutruong", PASSWORD)

    window = controller.main_window
    overview = window.workspace.overview_page
    panel = overview.first_steps
    qtbot.waitUntil(lambda: panel.steps is not None, timeout=10_000)
    assert panel.isVisible()
    assert panel.done_steps() == [Step.RECOVERY_KEY]  # confirmed in the wizard
    label = panel.labels[Step.RECOVERY_KEY].text()
    assert label == tr("FirstStepsPanel", "{step}: done").format(
        step=tr("FirstStepsPanel", "Print the recovery key and keep it locked away"))
    assert not panel.buttons[Step.RECOVERY_KEY].isVisible()
    assert all(panel.buttons[s].isVisible() for s in Step if s != Step.RECOVERY_KEY)

    panel.buttons[Step.CLASS_LISTS].click()  # the button opens the step's own dialog
    register = window.workspace.register_page
    assert window.stack.currentWidget() is register
    assert isinstance(register.dialog, ImportWizard)
    register.dialog.reject()
    qtbot.waitUntil(lambda: register.dialog is None, timeout=5000)

    panel.buttons[Step.STAFF_ACCOUNTS].click()
    assert window.stack.currentWidget() is window.settings_page

    session = controller.session
    worker = controller.worker

    def the_rest() -> None:
        save_pupil(session, PupilInput("Lê Thị Mai", Sex.FEMALE, class_name="1A"))
        add_account(session, "tuvan", "Lê Thị Tư Vấn", Role.COUNSELLOR, "mật khẩu của Tư Vấn 1")
        training.save_target(session, training.TargetInput(
            "2 buổi tuyên truyền", TargetMetric.SESSIONS, 2))
        create_backup(session, tmp_path)

    run(qtbot, worker, the_rest)
    window.workspace.show_page(overview)
    qtbot.waitUntil(lambda: panel.steps is not None and panel.steps.all_done, timeout=10_000)
    assert not panel.isVisible()  # all done: the checklist goes away


def test_empty_lists_say_what_to_do(qtbot, worker, data_dir) -> None:
    from kimbai_desktop.gui.main_window import MainWindow
    from kimbai_desktop.gui.settings import AppSettings
    from kimbai_desktop.services.session import unlock
    from tests.gui.helpers import type_text
    from tests.helpers import PASSWORD as SCHOOL_PASSWORD
    from tests.helpers import USERNAME, make_school

    make_school(data_dir)
    session = unlock(data_dir, USERNAME, SCHOOL_PASSWORD)
    try:
        window = MainWindow(session, worker, AppSettings(), "vi")
        qtbot.addWidget(window)
        window.load()
        window.resize(1366, 768)
        window.show()
        workspace = window.workspace

        register = workspace.register_page
        workspace.show_page(register)
        hint = register.empty_hint
        qtbot.waitUntil(lambda: hint.isVisible(), timeout=10_000)
        assert hint.message() == tr(
            "RegisterPage", "No pupil in the register for this school year yet. Import the class "
            "lists from Excel to start.")
        assert hint.button.isVisible()
        hint.button.click()
        assert isinstance(register.dialog, ImportWizard)
        register.dialog.reject()
        qtbot.waitUntil(lambda: register.dialog is None, timeout=5000)
        type_text(register.filters.search, "an")
        qtbot.waitUntil(lambda: hint.message() == tr(
            "RegisterPage", "No pupil matches the search or the filters."), timeout=10_000)
        assert not hint.button.isVisible()  # the filter is right there to change

        cases = workspace.cases_page
        workspace.show_page(cases)
        qtbot.waitUntil(lambda: cases.empty_hint.isVisible(), timeout=10_000)
        assert cases.empty_hint.button.isVisible()

        training_page = workspace.training_page
        workspace.show_page(training_page)
        for tab in (training_page.activities, training_page.staff):
            training_page.tabs.setCurrentWidget(tab)
            qtbot.waitUntil(lambda t=tab: t.empty_hint.isVisible(), timeout=10_000)
            assert t_button_ok(tab)
        window.dispose()
    finally:
        session.close()


def t_button_ok(tab) -> bool:
    return tab.empty_hint.button.isVisible() and tab.empty_hint.button.text() != ""
