"""Attendance figures of the education house, without Odoo.

Codes on an attendance sheet: H hadir (present), S sakit (sick), I izin
(excused), A alpa (absent without notice)."""

PRESENT = "H"
ABSENT = "A"


def attendance_rate(counts):
    """Percentage of the lines of held sessions marked H, from ``counts``
    ``{code: number of lines}``: S, I and A count as not present (a child
    who came late is present). 0 without any line."""
    held = sum(counts.values())
    return 100.0 * counts.get(PRESENT, 0) / held if held else 0.0


def absence_streak(codes):
    """Sessions in a row marked A, counted from the newest: ``codes`` are the
    codes of the held sessions, newest first (None where nothing was marked)."""
    streak = 0
    for code in codes:
        if code != ABSENT:
            break
        streak += 1
    return streak
