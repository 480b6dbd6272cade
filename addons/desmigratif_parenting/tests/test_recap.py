from datetime import timedelta

from lxml import etree

from odoo.tests import tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestRecap(ParentingCase):
    KEYS = ("sessions", "H", "S", "I", "A", "late", "total", "rate")

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.first, cls.second, cls.third = cls.house_children
        cls.marks = [
            {cls.first: "H", cls.second: "H", cls.third: "A"},
            {cls.first: ("H", True), cls.second: "S", cls.third: "A"},
            {cls.first: "I", cls.second: "H", cls.third: ("H", True)},
            {cls.first: "H", cls.second: "A", cls.third: "S"},
        ]
        cls.sessions = cls.Session
        for index, marks in enumerate(cls.marks):
            cls.sessions |= cls.held_session(
                cls, cls.house, cls.MONDAY + timedelta(days=index), marks
            )
        cls.post_marks = [{cls.post_children[0]: "H", cls.post_children[1]: "I"}]
        cls.held_session(cls, cls.post, cls.MONDAY, cls.post_marks[0])
        # Not held, or still open: none of these count.
        cancelled = cls.Session.create(
            {"place_id": cls.house.id, "date": cls.MONDAY + timedelta(days=7)}
        )
        cancelled.line_ids.write({"code": "A"})
        cancelled.action_cancel()
        planned = cls.Session.create(
            {"place_id": cls.house.id, "date": cls.MONDAY + timedelta(days=8)}
        )
        planned.line_ids.write({"code": "A"})
        # Held, but in the next month.
        cls.held_session(
            cls, cls.house, cls.MONDAY + timedelta(days=31),
            dict.fromkeys(cls.house_children, "A"),
        )  # fmt: skip

    def recap(self):
        month_start = self.MONDAY.replace(day=1)
        return self.Line._monthly_recap(
            month_start, month_start + timedelta(days=30), self.house | self.post
        )

    def test_recap_per_child(self):
        """Counted by hand from the four March sessions above (rate = H / all)."""
        rows = {row["child"]: row for row in self.recap()["children"]}
        self.assertEqual(set(rows), set(self.house_children | self.post_children))
        expected = {
            self.first: {"H": 3, "S": 0, "I": 1, "A": 0, "late": 1, "total": 4,
                         "rate": 75.0},
            self.second: {"H": 2, "S": 1, "I": 0, "A": 1, "late": 0, "total": 4,
                          "rate": 50.0},
            self.third: {"H": 1, "S": 1, "I": 0, "A": 2, "late": 1, "total": 4,
                         "rate": 25.0},
            self.post_children[0]: {"H": 1, "S": 0, "I": 0, "A": 0, "late": 0,
                                    "total": 1, "rate": 100.0},
            self.post_children[1]: {"H": 0, "S": 0, "I": 1, "A": 0, "late": 0,
                                    "total": 1, "rate": 0.0},
        }  # fmt: skip
        for child, values in expected.items():
            for key, value in values.items():
                self.assertEqual(rows[child][key], value, msg=f"{child.name} {key}")

    def test_recap_per_place(self):
        rows = {row["place"]: row for row in self.recap()["places"]}
        house = {key: rows[self.house][key] for key in self.KEYS}
        self.assertEqual(
            house,
            {"sessions": 4, "H": 6, "S": 2, "I": 1, "A": 3, "late": 2, "total": 12,
             "rate": 50.0},
        )  # fmt: skip
        post = {key: rows[self.post][key] for key in self.KEYS}
        self.assertEqual(
            post,
            {"sessions": 1, "H": 1, "S": 0, "I": 1, "A": 0, "late": 0, "total": 2,
             "rate": 50.0},
        )  # fmt: skip

    def test_child_rate_and_report(self):
        # The next month's held session (A) counts in the child's overall
        # rate: 3 H out of 5 sessions.
        self.assertEqual(self.first.attendance_rate, 60.0)
        wizard = self.env["desmigratif.parenting.recap"].create(
            {"date_from": self.MONDAY.replace(day=1),
             "date_to": self.MONDAY.replace(day=31)}
        )  # fmt: skip
        html, __ = self.env["ir.actions.report"]._render_qweb_html(
            "desmigratif_parenting.report_parenting_recap", wizard.ids
        )
        tree = etree.fromstring(html, etree.HTMLParser())
        rows = [
            [" ".join("".join(cell.itertext()).split()) for cell in row.iter("td")]
            for row in tree.iter("tr")
        ]
        # Each child's row is a block of its own, which wkhtmltopdf keeps whole
        # on a page (no gap, no stray border on an extra page).
        self.assertEqual(
            len(tree.xpath("//div[contains(@class, 'o_parenting_recap_row')]")), 5
        )
        self.assertIn(["Test House", "4", "6", "2", "1", "3", "2", "50.0 %"], rows)
        self.assertIn(["Test TPQ Post", "1", "1", "0", "1", "0", "0", "50.0 %"], rows)
        for child, cells in (
            ("Test House Child 0", ["4", "3", "0", "1", "0", "1", "75.0 %"]),
            ("Test House Child 1", ["4", "2", "1", "0", "1", "0", "50.0 %"]),
            ("Test House Child 2", ["4", "1", "1", "0", "2", "1", "25.0 %"]),
            ("Test TPQ Post Child 0", ["1", "1", "0", "0", "0", "0", "100.0 %"]),
            ("Test TPQ Post Child 1", ["1", "0", "0", "1", "0", "0", "0.0 %"]),
        ):
            place = child.rsplit(" Child", 1)[0]
            self.assertIn([place, child, *cells], rows, child)
