"""The access log's table in Vietnamese: over every event a day of work on the demo school writes,
and every detail form the services write, the displayed text holds no stored identifier
(``task+``, ``referral=health``, ``entry=note``, ``01/BC-THMAU intake case=9 pdf``, ``import``)
and no internal record number."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex

from kimbai_desktop.gui.audit_model import AuditModel
from kimbai_desktop.services.audit_log import AuditEntry
from tests.services.test_audit_text import CODES, FORMS, NOW, trail  # noqa: F401 - a fixture

ENGLISH = re.compile(
    r"[=+_]|\b(task|referral|entry|import|status|xlsx|pdf|docx|plan|list|risk|manual|auto|"
    r"daily|setup|recovery|void|concern|closed|reopened|restricted|notification|consent|"
    r"correction|step|material|left|back|rows|removed|case|intake|role|the|of|to)\b")


def texts(model: AuditModel) -> list[tuple[AuditEntry, list[str]]]:
    return [(entry, [model.data(model.index(row, col)) for col in range(model.columnCount())])
            for row, entry in enumerate(model.rows)]


def check(model: AuditModel) -> None:
    for entry, cells in texts(model):
        shown = " ".join(cells[1:])
        if entry.detail and entry.detail != entry.record_code:
            assert entry.detail not in shown, (entry, cells)
        rest = cells[2].replace(entry.record_code, "").replace(entry.about, "")
        assert not ENGLISH.search(rest), (entry, cells)
        if entry.record_id.isdigit() and entry.record_type != "report":
            assert cells[3] != entry.record_id, (entry, cells)  # a code, never the row id
        assert "?" not in cells[2], (entry, cells)


def model_of(qtbot, rows: list[AuditEntry]) -> AuditModel:
    model = AuditModel(None, None)  # type: ignore[arg-type] - rows are given, nothing is loaded
    model.beginResetModel()
    model.rows = list(rows)
    model.endResetModel()
    assert model.rowCount(QModelIndex()) == len(rows)
    return model


def test_the_day_of_work_reads_in_plain_vietnamese(qtbot, trail) -> None:  # noqa: F811
    model = model_of(qtbot, trail)
    check(model)
    sentences = {cells[2] for _e, cells in texts(model)}
    assert any(re.fullmatch(r"Xem hồ sơ vụ việc VV-\d{4}-\d{4}/\d{3}", s) for s in sentences)
    assert any(re.fullmatch(r"Lưu báo cáo tiếp nhận thông tin vụ việc \(Mẫu số 01\), số "
                            r"\d+/BC-\w+, ra tệp PDF \(hồ sơ vụ việc VV-\d{4}-\d{4}/\d{3}\)", s)
               for s in sentences), sentences
    assert "Đăng nhập không thành công: sai mật khẩu" in sentences


@pytest.mark.parametrize(("action", "kind", "detail"), FORMS)
def test_every_detail_form_reads_in_vietnamese(qtbot, action, kind, detail) -> None:
    about = "VV-2024-2025/009" if "case=" in detail else (
        "Tập huấn" if "activity=" in detail else "")
    record_id = "statistics" if kind == "report" else "9"
    entry = AuditEntry(1, NOW, "gv.lan", action, action.value, kind, record_id, detail,
                       CODES.get(kind, ""), about)
    check(model_of(qtbot, [entry]))


def test_the_plan_task_sentence(qtbot) -> None:
    from kimbai_desktop.domain.access import AuditAction

    entry = AuditEntry(1, NOW, "tv.hoa", AuditAction.CHANGE, "change", "case", "7", "task+",
                       "VV-2026-2027/007")
    model = model_of(qtbot, [entry])
    assert model.data(model.index(0, 2)) == "Thêm nhiệm vụ vào kế hoạch của hồ sơ vụ việc VV-2026-2027/007"
    assert model.data(model.index(0, 3)) == "VV-2026-2027/007"
