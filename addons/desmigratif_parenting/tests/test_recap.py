from datetime import timedelta

from odoo.tests import tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestRecap(ParentingCase):
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

    def expected(self, marks_list, children):
        totals = {"H": 0, "S": 0, "I": 0, "A": 0, "late": 0, "total": 0}
        for marks in marks_list:
            for child, mark in marks.items():
                if child not in children:
                    continue
                code, late = mark if isinstance(mark, tuple) else (mark, False)
                totals[code] += 1
                totals["late"] += late
                totals["total"] += 1
        totals["rate"] = 100.0 * totals["H"] / totals["total"]
        return totals

    def recap(self):
        month_start = self.MONDAY.replace(day=1)
        return self.Line._monthly_recap(
            month_start, month_start + timedelta(days=30), self.house | self.post
        )

    def test_recap_per_child(self):
        rows = {row["child"]: row for row in self.recap()["children"]}
        self.assertEqual(set(rows), set(self.house_children | self.post_children))
        for child in self.house_children:
            expected = self.expected(self.marks, child)
            for key, value in expected.items():
                self.assertAlmostEqual(
                    rows[child][key], value, msg=f"{child.name} {key}"
                )
        self.assertEqual(rows[self.first]["total"], len(self.marks))

    def test_recap_per_place(self):
        rows = {row["place"]: row for row in self.recap()["places"]}
        house = rows[self.house]
        self.assertEqual(house["sessions"], len(self.marks))
        for key, value in self.expected(self.marks, self.house_children).items():
            self.assertAlmostEqual(house[key], value, msg=key)
        post = rows[self.post]
        self.assertEqual(post["sessions"], 1)
        for key, value in self.expected(self.post_marks, self.post_children).items():
            self.assertAlmostEqual(post[key], value, msg=key)

    def test_child_rate_and_report(self):
        # The next month's held session counts in the child's overall rate.
        all_marks = [*self.marks, dict.fromkeys(self.house_children, "A")]
        self.assertAlmostEqual(
            self.first.attendance_rate,
            self.expected(all_marks, self.first)["rate"],
        )
        wizard = self.env["desmigratif.parenting.recap"].create(
            {"date_from": self.MONDAY.replace(day=1),
             "date_to": self.MONDAY.replace(day=31)}
        )  # fmt: skip
        html, __ = self.env["ir.actions.report"]._render_qweb_html(
            "desmigratif_parenting.report_parenting_recap", wizard.ids
        )
        html = html.decode()
        self.assertIn(self.first.name, html)
        self.assertIn(self.house.name, html)
        rate = self.expected(self.marks, self.house_children)["rate"]
        self.assertIn(f"{rate:.1f}", html)
