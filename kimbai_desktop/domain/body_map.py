"""The body map (sơ đồ thương tích): the kinds of injury, the front and back outline of a child's
body as shared geometry (drawn by Qt on screen and by reportlab on paper, so a mark sits at the
same place in both), named body regions for placing a mark without a mouse, and the checks of a
mark. Positions are normalised 0..1 in the box of one outline (x to the right, y downwards), so
they show and print at any size. No Qt, no SQLAlchemy.

The outline is a handful of points of the right half, mirrored and smoothed into cubic Bézier
segments (Catmull-Rom): small enough to read and change, with no image file to ship.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass

from kimbai_desktop.domain.enums import LabelledEnum
from kimbai_desktop.domain.errors import ValidationError
from kimbai_desktop.domain.formatting import format_number


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


class Side(LabelledEnum):
    FRONT = ("front", "Mặt trước", "Front")
    BACK = ("back", "Mặt sau", "Back")


class InjuryKind(LabelledEnum):
    BRUISE = ("bruise", "Bầm tím", "Bruise")
    GRAZE = ("graze", "Trầy xước", "Graze")
    CUT = ("cut", "Vết cắt", "Cut")
    BURN = ("burn", "Bỏng", "Burn")
    SWELLING = ("swelling", "Sưng", "Swelling")
    BITE = ("bite", "Vết cắn", "Bite")
    OTHER = ("other", "Khác", "Other")


# Colours a counsellor usually writes for an injury (offered in a list; any text is accepted).
COMMON_COLOURS = ("Đỏ", "Tím", "Xanh", "Vàng", "Nâu", "Đen", "Hồng")

# -- the outline -------------------------------------------------------------------------------------

UNITS_W, UNITS_H = 80.0, 200.0  # the drawing units of one outline's box
ASPECT = UNITS_W / UNITS_H  # width / height of one outline's box

# The right half of the figure as seen (x from the middle line, y from the top), from the neck
# round the arm and down the leg to the crotch. A child's proportions: the head about a sixth of
# the height, short limbs, no waist to speak of.
_HALF = (
    (6, 31), (7, 38), (16, 41), (24, 45), (27, 53), (29, 70), (31, 88), (33, 104), (35, 112),
    (34, 121), (30, 124), (27, 117), (26.5, 104), (24, 86), (21.5, 66), (18, 56), (16.5, 74),
    (16, 90), (18.5, 104), (17.5, 126), (14.5, 150), (14, 166), (11.5, 186), (14, 194),
    (12.5, 199), (4.5, 199), (4, 186), (4, 166), (3.8, 150), (2.5, 128), (0, 120),
)
HEAD = (0.0, 17.0, 12.5, 15.0)  # centre (x from the middle, y), radii, in units


def _norm(dx: float, y: float) -> tuple[float, float]:
    return (UNITS_W / 2 + dx) / UNITS_W, y / UNITS_H


def outline_points() -> list[tuple[float, float]]:
    """The body's closed outline (without the head), normalised, clockwise from the neck."""
    right = [_norm(dx, y) for dx, y in _HALF]
    left = [_norm(-dx, y) for dx, y in reversed(_HALF[:-1])]  # the crotch point only once
    return right + left


def head_ellipse() -> tuple[float, float, float, float]:
    """The head: centre x, centre y, radius x, radius y (normalised)."""
    dx, y, rx, ry = HEAD
    cx, cy = _norm(dx, y)
    return cx, cy, rx / UNITS_W, ry / UNITS_H


Point = tuple[float, float]


def smooth_closed(points: list[Point]) -> list[tuple[Point, Point, Point]]:
    """Cubic Bézier segments (control 1, control 2, end) through ``points`` as a closed curve
    (Catmull-Rom with tension 1/6); the curve starts at ``points[0]``."""
    n = len(points)
    out = []
    for i in range(n):
        p0, p1, p2, p3 = points[i - 1], points[i], points[(i + 1) % n], points[(i + 2) % n]
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        out.append((c1, c2, p2))
    return out


# -- regions -------------------------------------------------------------------------------------


class Region(LabelledEnum):
    """A named part of the body on one outline, with the point a mark placed there starts at.
    On the front the child's right is on the viewer's left; on the back, on the viewer's right."""

    side: Side
    x: float
    y: float

    def __init__(self, ident: str, vi: str = "", en: str = "", side: str = "front",
                 dx: float = 0.0, y: float = 0.0) -> None:
        self.side = Side(side)
        self.x, self.y = _norm(dx, y)

    HEAD = ("head", "Đầu, mặt", "Head and face", "front", 0, 17)
    NECK = ("neck", "Cổ", "Neck", "front", 0, 36)
    CHEST = ("chest", "Ngực", "Chest", "front", 0, 56)
    BELLY = ("belly", "Bụng", "Belly", "front", 0, 84)
    GROIN = ("groin", "Vùng kín", "Private parts", "front", 0, 112)
    R_SHOULDER = ("r_shoulder", "Vai phải", "Right shoulder", "front", -21, 46)
    L_SHOULDER = ("l_shoulder", "Vai trái", "Left shoulder", "front", 21, 46)
    R_ARM = ("r_arm", "Cánh tay phải", "Right upper arm", "front", -25, 66)
    L_ARM = ("l_arm", "Cánh tay trái", "Left upper arm", "front", 25, 66)
    R_FOREARM = ("r_forearm", "Cẳng tay phải", "Right forearm", "front", -28, 94)
    L_FOREARM = ("l_forearm", "Cẳng tay trái", "Left forearm", "front", 28, 94)
    R_HAND = ("r_hand", "Bàn tay phải", "Right hand", "front", -31, 116)
    L_HAND = ("l_hand", "Bàn tay trái", "Left hand", "front", 31, 116)
    R_THIGH = ("r_thigh", "Đùi phải", "Right thigh", "front", -10, 132)
    L_THIGH = ("l_thigh", "Đùi trái", "Left thigh", "front", 10, 132)
    R_KNEE = ("r_knee", "Đầu gối phải", "Right knee", "front", -9, 152)
    L_KNEE = ("l_knee", "Đầu gối trái", "Left knee", "front", 9, 152)
    R_SHIN = ("r_shin", "Cẳng chân phải", "Right shin", "front", -8, 172)
    L_SHIN = ("l_shin", "Cẳng chân trái", "Left shin", "front", 8, 172)
    R_FOOT = ("r_foot", "Bàn chân phải", "Right foot", "front", -9, 194)
    L_FOOT = ("l_foot", "Bàn chân trái", "Left foot", "front", 9, 194)
    BACK_HEAD = ("back_head", "Phía sau đầu", "Back of the head", "back", 0, 17)
    NAPE = ("nape", "Gáy", "Nape", "back", 0, 36)
    UPPER_BACK = ("upper_back", "Lưng trên", "Upper back", "back", 0, 58)
    LOWER_BACK = ("lower_back", "Thắt lưng", "Lower back", "back", 0, 86)
    BUTTOCKS = ("buttocks", "Mông", "Buttocks", "back", 0, 110)
    R_SHOULDER_BACK = ("r_shoulder_back", "Bả vai phải", "Right shoulder blade", "back", 18, 50)
    L_SHOULDER_BACK = ("l_shoulder_back", "Bả vai trái", "Left shoulder blade", "back", -18, 50)
    R_ARM_BACK = ("r_arm_back", "Mặt sau cánh tay phải", "Back of the right arm", "back", 25, 66)
    L_ARM_BACK = ("l_arm_back", "Mặt sau cánh tay trái", "Back of the left arm", "back", -25, 66)
    R_FOREARM_BACK = ("r_forearm_back", "Mặt sau cẳng tay phải", "Back of the right forearm",
                      "back", 28, 94)
    L_FOREARM_BACK = ("l_forearm_back", "Mặt sau cẳng tay trái", "Back of the left forearm",
                      "back", -28, 94)
    R_HAND_BACK = ("r_hand_back", "Mu bàn tay phải", "Back of the right hand", "back", 31, 116)
    L_HAND_BACK = ("l_hand_back", "Mu bàn tay trái", "Back of the left hand", "back", -31, 116)
    R_THIGH_BACK = ("r_thigh_back", "Mặt sau đùi phải", "Back of the right thigh", "back", 10,
                    132)
    L_THIGH_BACK = ("l_thigh_back", "Mặt sau đùi trái", "Back of the left thigh", "back", -10,
                    132)
    R_KNEE_BACK = ("r_knee_back", "Khoeo chân phải", "Back of the right knee", "back", 9, 152)
    L_KNEE_BACK = ("l_knee_back", "Khoeo chân trái", "Back of the left knee", "back", -9, 152)
    R_CALF = ("r_calf", "Bắp chân phải", "Right calf", "back", 8, 172)
    L_CALF = ("l_calf", "Bắp chân trái", "Left calf", "back", -8, 172)
    R_HEEL = ("r_heel", "Gót chân phải", "Right heel", "back", 9, 194)
    L_HEEL = ("l_heel", "Gót chân trái", "Left heel", "back", -9, 194)


def regions_of(side: Side) -> list[Region]:
    return [r for r in Region if r.side == side]


def nearest_region(side: Side, x: float, y: float) -> Region:
    """The named region nearest to a point (to describe a mark in words)."""
    return min(regions_of(side),
               key=lambda r: math.hypot((r.x - x) * ASPECT, r.y - y))


# -- a mark --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MarkInput:
    """One injury marked on the map, as typed: ``size`` is the text of the size box (cm; "2,5"
    or "2.5"; empty when not measured). ``id`` is the stored mark's when editing one."""

    side: Side
    x: float
    y: float
    kind: InjuryKind | None
    size: str = ""
    colour: str = ""
    note: str = ""
    id: int | None = None


MAX_SIZE_CM = 200.0
NO_KIND = QT_TRANSLATE_NOOP("Errors", "Choose the kind of injury (bruise, graze, cut...).")
SIZE_NOT_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "Write the size as a number of centimetres, such as 2 or 2,5; leave it empty if it "
    "was not measured.")
SIZE_RANGE = QT_TRANSLATE_NOOP(
    "Errors", "The size must be more than 0 and at most {max} cm.")
OFF_MAP = QT_TRANSLATE_NOOP("Errors", "Place the mark on the outline of the body.")


def parse_size(text: str) -> float | None:
    """Centimetres from ``"2,5"``/``"2.5"``/``"2 cm"``; None for empty; ValueError otherwise."""
    value = text.strip().lower().removesuffix("cm").strip().replace(",", ".")
    if not value:
        return None
    number = float(value)
    if not math.isfinite(number):
        raise ValueError("not a finite number")
    return number


def size_text(size_cm: float | None) -> str:
    """The size as shown to users (``"2,5 cm"``; empty when not measured)."""
    if size_cm is None:
        return ""
    return f"{format_number(round(size_cm, 1))} cm"


def mark_errors(mark: MarkInput) -> dict[str, str]:
    """What is wrong with one mark, by field (``kind``, ``size``, ``place``)."""
    errors: dict[str, str] = {}
    if mark.kind is None:
        errors["kind"] = NO_KIND
    try:
        size = parse_size(mark.size)
    except ValueError:
        errors["size"] = SIZE_NOT_NUMBER
    else:
        if size is not None and not 0 < size <= MAX_SIZE_CM:
            errors["size"] = SIZE_RANGE
    if not (0.0 <= mark.x <= 1.0 and 0.0 <= mark.y <= 1.0):
        errors["place"] = OFF_MAP
    return errors


def check_mark(mark: MarkInput) -> float | None:
    """The size in cm of a correct mark; ValidationError naming each wrong field otherwise."""
    errors = mark_errors(mark)
    if errors:
        params = {"size": {"max": format_number(int(MAX_SIZE_CM))}} if "size" in errors else {}
        raise ValidationError(errors, params)
    return parse_size(mark.size)


def encode_place(side: Side, x: float, y: float) -> str:
    """The stored position (one text column, so that a sealed case can encrypt it)."""
    return json.dumps({"side": side.value, "x": round(x, 4), "y": round(y, 4)})


def decode_place(text: str) -> tuple[Side, float, float]:
    data = json.loads(text)
    return Side(data["side"]), float(data["x"]), float(data["y"])


def clamp(value: float) -> float:
    return min(1.0, max(0.0, value))
