"""The overview's charts: the figures of the school year beside what is due for the principal and
the counsellor, the charts alone for the report viewer (no due item, no name anywhere); bars
that open their list by mouse or keyboard and say their numbers to a screen reader; the targets
with their percentages and "met"/"to go" in words; screenshots at 1366x768."""

# ruff: noqa: F811 - the shared fixtures are imported by name (tests.gui.test_cases_support)

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QLabel,
    QListWidget,
    QProgressBar,
    QTreeWidget,
    QWidget,
)

from kimbai_desktop.domain.cases import CaseStatus
from kimbai_desktop.domain.enums import AbuseForm, ProtectionLevel, SpecialCircumstance
from kimbai_desktop.gui.overview.charts import BarChart, BarData
from kimbai_desktop.gui.pages.overview_page import OverviewPage
from kimbai_desktop.services import register, training
from kimbai_desktop.services.cases import CaseQuery
from kimbai_desktop.services.register import PupilQuery
from tests.gui.test_cases_screens import (  # noqa: F401
    HEIGHT,
    WIDTH,
    check_fits,
    framed,
    save,
    shots,
)
from tests.gui.test_cases_support import TIMEOUT, clock, demo, show, sign_in, tr  # noqa: F401

LEFT = Qt.MouseButton.LeftButton


def met_text(met: int, n: int) -> str:
    """The targets' summary as the interface shows it (translated once the catalogue has it)."""
    return tr("DashboardPanel",
              "{met} of {n} targets met, from the activities and attendance recorded.").format(
        met=met, n=n)


def loaded_page(qtbot, session, worker, width: int = 1126, height: int = 640) -> OverviewPage:
    page = OverviewPage(session, worker)
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        show(qtbot, page, width, height)  # refreshes when shown
    return page


def page_texts(page: QWidget) -> list[str]:
    """Every text the page shows or tells: labels, buttons, tooltips, accessible names, items."""
    out: list[str] = []
    for widget in [page, *page.findChildren(QWidget)]:
        out += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            out.append(widget.text())
        if isinstance(widget, QTreeWidget):
            for i in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(i)
                out += [item.text(c) for c in range(widget.columnCount())]
        if isinstance(widget, QListWidget):
            out += [widget.item(i).text() for i in range(widget.count())]
    return [t for t in out if t]


def bars(chart: BarChart) -> dict[object, int]:
    return {row.data.key: int(row.data.value) for row in chart.rows}


# -- principal and counsellor ----------------------------------------------------------------------


def test_the_principal_sees_what_is_due_and_the_figures_beside_it(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    page = loaded_page(qtbot, session, worker)
    assert page.due_items() and page.due_column.isVisible()  # the due list stays
    assert page.tiles["overdue"].isVisible() and page.alert_list.count() >= 1
    d = page.dashboard
    assert d is not None and d.cases is not None and d.register is not None
    charts = page.charts
    assert all(card.isVisible() for card in charts.cards.values())
    assert bars(charts.case_status) == {CaseStatus.OPEN: 7, CaseStatus.CLOSED: 1}
    assert bars(charts.case_forms) == {f: n for f, n in d.cases.by_form if n}
    assert AbuseForm.TRAFFICKING not in bars(charts.case_forms)  # no case: left out
    assert bars(charts.levels) == dict(d.register.by_level)
    assert bars(charts.groups) == {g: n for g, n in d.register.by_group if n}
    assert bars(charts.reviews) == {"overdue": d.register.reviews_overdue,
                                    "due": d.register.reviews_due}
    assert charts.heading.text().endswith("2024-2025")
    # the charts sit beside the list, in a column that scrolls, never wider than the page
    assert page.charts_area.geometry().left() > page.due_column.geometry().right()
    assert not page.charts_area.horizontalScrollBar().isVisible()


def test_bars_open_their_list_by_mouse_and_keyboard(qtbot, worker, sign_in) -> None:
    page = loaded_page(qtbot, sign_in("tuvan"), worker)
    charts = page.charts
    level = next(r for r in charts.levels.rows if r.data.key == ProtectionLevel.INTERVENTION)
    with qtbot.waitSignal(page.open_register, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(level, LEFT)
    assert opened.args == [PupilQuery(level=ProtectionLevel.INTERVENTION, in_register_only=True)]

    group = next(r for r in charts.groups.rows if r.data.key == SpecialCircumstance.DISABLED)
    with qtbot.waitSignal(page.open_register, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(group, LEFT)
    assert opened.args == [PupilQuery(group=SpecialCircumstance.DISABLED)]

    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow, timeout=TIMEOUT)
    overdue = charts.reviews.rows[0]
    qtbot.waitUntil(overdue.isVisible, timeout=TIMEOUT)
    overdue.setFocus()
    assert overdue.hasFocus()
    with qtbot.waitSignal(page.open_register, timeout=TIMEOUT) as opened:
        qtbot.keyClick(overdue, Qt.Key.Key_Return)
    assert opened.args == [PupilQuery(review="overdue")]
    qtbot.keyClick(overdue, Qt.Key.Key_Down)  # the arrow keys move between the bars
    assert charts.reviews.rows[1].hasFocus()
    with qtbot.waitSignal(page.open_register, timeout=TIMEOUT) as opened:
        qtbot.keyClick(charts.reviews.rows[1], Qt.Key.Key_Space)
    assert opened.args == [PupilQuery(review="due")]

    opened_status = charts.case_status.rows[0]
    with qtbot.waitSignal(page.open_case_list, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(opened_status, LEFT)
    assert opened.args == [CaseQuery(status=CaseStatus.OPEN, school_year="2024-2025")]

    with qtbot.waitSignal(page.open_targets, timeout=TIMEOUT) as opened:
        qtbot.mouseClick(charts.targets.rows[0], LEFT)
    assert opened.args == [page.dashboard.targets[0].id]

    # the forms of abuse have no list to open
    form = charts.case_forms.rows[0]
    assert form.focusPolicy() == Qt.FocusPolicy.NoFocus
    with qtbot.assertNotEmitted(charts.case_forms.activated):
        qtbot.mouseClick(form, LEFT)


def test_bars_say_their_numbers_and_the_whole_legal_wording(qtbot, worker, sign_in) -> None:
    page = loaded_page(qtbot, sign_in("tuvan"), worker)
    charts, d = page.charts, page.dashboard
    names = [r.accessibleName() for r in charts.levels.rows]
    assert names == [f"{level.vi}: {n}" for level, n in d.register.by_level]
    assert [r.accessibleName() for r in charts.case_status.rows] == ["Đang xử lý: 6",
                                                                     "Đã kết thúc: 1"]
    group = next(r for r in charts.groups.rows
                 if r.data.key == SpecialCircumstance.SERIOUS_ILLNESS_POOR)
    legal = SpecialCircumstance.SERIOUS_ILLNESS_POOR.legal_label
    assert group.accessibleName() == f"{legal}: 1"
    assert group.toolTip().startswith(f"{legal}: 1")
    assert group.data.label.startswith("n)")  # the letter of Điều 10 comes first
    assert charts.groups.label_width < charts.groups.fontMetrics().horizontalAdvance(legal)
    assert charts.levels.accessibleName() and charts.targets.accessibleName()


def test_the_targets_show_their_progress_in_numbers_and_words(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    page = loaded_page(qtbot, session, worker)
    progress = training.targets_progress(session)
    rows = page.charts.targets.rows
    assert [r.line.description for r in rows] == [t.description for t in progress]
    coverage = rows[0]  # 100% of staff trained in positive discipline: 76,2% so far
    assert coverage.bar.value() == progress[0].percent == 76
    assert coverage.bar.text() == "76%"
    assert coverage.numbers.text() == "76,2% / 100%"
    assert coverage.marker.text() == "Còn thiếu 23,8%"  # words, not colour alone
    assert not coverage.icon_label.pixmap().isNull()
    assert "76%" in coverage.accessibleName() and "76,2% / 100%" in coverage.accessibleName()
    parents = rows[3]
    assert (parents.numbers.text(), parents.bar.value()) == ("265 / 500", 53)
    assert page.charts.targets.hint.text() == met_text(0, 4)


def test_a_met_target_says_so(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    training.save_target(session, training.TargetInput(
        "Ít nhất 1 buổi tập huấn cho cán bộ, giáo viên", training.TargetMetric.SESSIONS, 1,
        kind=training.ActivityKind.STAFF_TRAINING))
    page = loaded_page(qtbot, session, worker)
    met = page.charts.targets.rows[-1]
    assert met.line.met and met.bar.value() == 100
    assert met.marker.text() == "Đã đạt"
    assert page.charts.targets.hint.text() == met_text(1, 5)


def test_the_figures_are_read_again_when_the_page_is_shown(qtbot, worker, sign_in) -> None:
    session = sign_in("demo")
    page = loaded_page(qtbot, session, worker)
    before = bars(page.charts.levels)[ProtectionLevel.INTERVENTION]
    pupil = next(p for p in register.list_pupils(session, PupilQuery())
                 if p.level == ProtectionLevel.PREVENTION and not p.groups and not p.at_risk)
    register.set_level(session, pupil.id, ProtectionLevel.INTERVENTION,
                       page.dashboard.on - timedelta(days=1), "Mẫu kiểm thử")
    page.hide()
    with qtbot.waitSignal(page.loaded, timeout=TIMEOUT):
        page.show()
    assert bars(page.charts.levels)[ProtectionLevel.INTERVENTION] == before + 1


# -- the report viewer -----------------------------------------------------------------------------


def test_the_report_viewer_sees_the_charts_alone_and_no_name(qtbot, worker, sign_in) -> None:
    principal = sign_in("demo")
    pupils = [p.full_name for p in register.list_pupils(principal, PupilQuery(status=None),
                                                        limit=10_000)]
    staff = [m.full_name for m in training.list_staff(principal, include_left=True)]
    viewer = sign_in("thongke")
    page = loaded_page(qtbot, viewer, worker)
    assert page.overview is None and page.alerts == [] and page.due_items() == []
    assert not page.due_column.isVisible()
    assert not any(tile.isVisible() for tile in page.tiles.values())
    assert page.charts_area.isVisible() and page.charts.columns == 2
    assert all(card.isVisible() for card in page.charts.cards.values())
    d = page.dashboard
    assert d.cases.all_cases and bars(page.charts.case_status) == {CaseStatus.OPEN: 7,
                                                                  CaseStatus.CLOSED: 1}
    assert [r.bar.value() for r in page.charts.targets.rows] == [t.percent for t in d.targets]
    # counts only: nothing opens a list the viewer may not see
    rows = [r for c in page.charts.charts().values() for r in c.rows]
    rows += page.charts.targets.rows
    assert rows and all(r.focusPolicy() == Qt.FocusPolicy.NoFocus for r in rows)
    with qtbot.assertNotEmitted(page.open_register):
        qtbot.mouseClick(page.charts.levels.rows[0], LEFT)
    with qtbot.assertNotEmitted(page.open_case_list):
        qtbot.mouseClick(page.charts.case_status.rows[0], LEFT)
    # no name of a pupil, a staff member or an account, and no case code, anywhere
    text = "\n".join(page_texts(page))
    assert "Tổng quan" in text and "Đang xử lý" in text
    for name in pupils + staff + ["Lê Thị Tư Vấn", "Trần Văn Giáo Viên", "Đỗ Thị Thống Kê",
                                  principal.user.full_name]:
        assert name not in text
    assert "VV-" not in text


# -- the chart widget ----------------------------------------------------------------------------


def test_the_bar_chart_widget(qtbot) -> None:
    chart = BarChart("Số liệu thử", hide_zero=True, empty_text="Không có gì")
    show(qtbot, chart, 360, 200)
    chart.set_bars([BarData("a", "Một", 3), BarData("b", "Hai", 0),
                    BarData("c", "Một nhãn rất dài " * 6, 6, tooltip="Nhãn đầy đủ")],
                   clickable=True, click_hint="Bấm để mở")
    assert chart.bar_texts() == [("Một", "3"), ("Một nhãn rất dài " * 6, "6")]  # 0 left out
    first, long = chart.rows
    assert first.accessibleName() == "Một: 3" and long.accessibleName() == "Nhãn đầy đủ: 6"
    assert long.toolTip() == "Nhãn đầy đủ: 6\nBấm để mở"
    qtbot.waitUntil(lambda: long.width() >= chart.width() - 2)
    assert chart.label_width <= chart.width() // 2  # a long label is cut, the bar stays
    assert long.bar_rect().width() > first.bar_rect().width() > 0
    assert long.bar_rect().right() < long.width()
    with qtbot.waitSignal(chart.activated) as got:
        qtbot.mouseClick(long, LEFT)
    assert got.args == ["c"]
    chart.set_bars([])
    assert chart.rows == [] and chart.empty.isVisible()
    chart.set_bars([BarData("a", "Một", 3)])  # not clickable
    with qtbot.assertNotEmitted(chart.activated):
        qtbot.mouseClick(chart.rows[0], LEFT)


def test_a_progress_bar_is_a_widget_of_its_own(qtbot, worker, sign_in) -> None:
    page = loaded_page(qtbot, sign_in("demo"), worker)
    row = page.charts.targets.rows[0]
    assert row.findChild(QProgressBar) is row.bar
    assert row.focusPolicy() == Qt.FocusPolicy.StrongFocus


# -- screenshots -----------------------------------------------------------------------------------


def test_overview_screenshots(qtbot, sign_in, framed, shots) -> None:
    """The real main window of each role at 1366x768 on the overview."""
    for username, name in (("demo", "overview-principal"), ("thongke", "overview-viewer")):
        window, page = framed(sign_in(username), "overview_page")
        assert window.workspace.stack.currentWidget() is page
        qtbot.waitUntil(lambda p=page: p.dashboard is not None and not p.loading,
                        timeout=TIMEOUT)
        QCoreApplication.processEvents()
        assert window.width() == WIDTH and window.height() == HEIGHT
        save(window, shots, name)
        check_fits(page)
        bar = page.charts_area.verticalScrollBar()
        bar.setValue(bar.maximum())
        save(window, shots, f"{name}-scrolled")
