from datetime import timedelta

from odoo.tests import tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestPerformance(ParentingCase):
    """A month of sheets and its recap cost the same queries for 50 or 500."""

    GENERATE_QUERIES = 8
    RECAP_QUERIES = 4

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.month_start = cls.MONDAY.replace(day=1)
        cls.month_end = cls.month_start + timedelta(days=30)
        cls.places = {}
        for size in (50, 500):
            place = cls.Place.create({"name": f"House {size}"})
            cls.env["desmigratif.parenting.timetable"].create(
                [
                    {"place_id": place.id, "weekday": str(day), "time_from": 14.0,
                     "time_to": 16.0}
                    for day in range(6)
                ]
            )  # fmt: skip
            cls._create_children(place, size)
            cls.places[size] = place
        # Warm the caches (defaults, ormcache) on a place of the same shape.
        warm = cls.Place.create({"name": "Warm-up House"})
        cls.env["desmigratif.parenting.timetable"].create(
            {"place_id": warm.id, "weekday": "0", "time_from": 14.0, "time_to": 16.0}
        )
        cls._create_children(warm, 2)
        warm._generate_sessions(cls.month_start, cls.month_end)
        cls.env["desmigratif.parenting.attendance"]._monthly_recap(
            cls.month_start, cls.month_end, warm
        )

    def test_generate_month_bounded(self):
        for size, place in self.places.items():
            self.env.invalidate_all()
            with self.assertQueryCount(self.GENERATE_QUERIES):
                sessions = place._generate_sessions(self.month_start, self.month_end)
            self.assertEqual(len(sessions.line_ids), size * len(sessions), size)

    def test_recap_bounded(self):
        for size, place in self.places.items():
            sessions = place._generate_sessions(self.month_start, self.month_end)
            sessions.line_ids.write({"code": "H"})
            sessions[:3].line_ids.write({"code": "A"})
            sessions.action_done()
            self.env.invalidate_all()
            with self.assertQueryCount(self.RECAP_QUERIES):
                recap = self.Line._monthly_recap(
                    self.month_start, self.month_end, place
                )
            self.assertEqual(len(recap["children"]), size)
            self.assertEqual(recap["places"][0]["sessions"], len(sessions))
            self.assertEqual(recap["places"][0]["A"], 3 * size)
