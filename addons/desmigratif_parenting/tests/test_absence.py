from datetime import timedelta

from odoo.tests import tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestAbsence(ParentingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.child, cls.other, cls.third = cls.house_children
        cls.visit_type = cls.env.ref("desmigratif_parenting.mail_activity_home_visit")
        cls.day = 0

    def hold(self, child_code, other_code="H"):
        marks = {self.child: child_code, self.other: other_code, self.third: "H"}
        session = self.held_session(
            self.house, self.MONDAY + timedelta(days=self.day), marks
        )
        self.day += 1
        return session

    def streak(self):
        """The child's streak as a new request reads it (the field is not stored)."""
        self.child.invalidate_recordset(["absence_streak"])
        return self.child.absence_streak

    def visits(self, child=None):
        return self.env["mail.activity"].search(
            [
                ("res_model", "=", "desmigratif.child"),
                ("res_id", "=", (child or self.child).id),
                ("activity_type_id", "=", self.visit_type.id),
            ]
        )

    def test_three_absences_in_a_row(self):
        threshold = self.company.parenting_absence_threshold
        for __ in range(threshold - 1):
            self.hold("A")
        self.assertEqual(self.streak(), threshold - 1)
        self.assertFalse(self.visits())
        self.hold("A")
        visit = self.visits()
        self.assertEqual(len(visit), 1)
        self.assertEqual(visit.user_id, self.officer, "The place's officer visits.")
        self.assertFalse(self.visits(self.other))
        # A fourth absence does not add a second visit.
        self.hold("A")
        self.assertEqual(self.visits(), visit)
        self.assertEqual(self.streak(), threshold + 1)

    def test_streak_broken_by_presence_or_other_code(self):
        self.hold("A")
        self.hold("A")
        self.hold("H")
        self.hold("A")
        self.hold("S")
        self.hold("A")
        self.hold("A")
        self.assertEqual(self.streak(), 2)
        self.assertFalse(self.visits())

    def test_cancelled_sessions_do_not_break_or_count(self):
        self.hold("A")
        cancelled = self.Session.create(
            {"place_id": self.house.id, "date": self.MONDAY + timedelta(days=20)}
        )
        cancelled.line_ids.write({"code": "H"})
        cancelled.action_cancel()
        self.hold("A")
        self.assertEqual(self.streak(), 2)

    def test_threshold_setting(self):
        settings = self.env["res.config.settings"].create(
            {"parenting_absence_threshold": 2}
        )
        settings.execute()
        self.assertEqual(self.company.parenting_absence_threshold, 2)
        self.hold("A", other_code="A")
        self.assertFalse(self.visits())
        self.hold("A", other_code="A")
        self.assertEqual(len(self.visits()), 1)
        self.assertEqual(len(self.visits(self.other)), 1)

    def test_new_visit_after_the_previous_is_done(self):
        for __ in range(3):
            self.hold("A")
        self.visits().action_feedback(feedback="Visited, the child was sick.")
        self.assertFalse(self.visits())
        self.hold("A")
        self.assertEqual(len(self.visits()), 1)

    def test_message_and_whatsapp(self):
        self.assertTrue(
            self.child.guardian_whatsapp_url.startswith(
                "https://wa.me/6281234567890?text="
            )
        )
        template = self.env.ref("desmigratif_parenting.mail_template_child_absence")
        parent = self.env["res.partner"].create(
            {"name": "Pak Slamet", "is_resident": True, "email": "slamet@example.com",
             "mobile": "+886 912 345 678"}
        )  # fmt: skip
        self.child.migrant_parent_id = parent
        self.assertTrue(
            self.child.parent_whatsapp_url.startswith("https://wa.me/886912345678")
        )
        partner_ids = template._generate_template(self.child.ids, ["partner_to"])[
            self.child.id
        ]["partner_ids"]
        self.assertEqual(set(partner_ids), {self.guardian.id, parent.id})
        action = self.child.action_send_absence_message()
        composer = (
            self.env["mail.compose.message"]
            .with_context(**action["context"])
            .create({})
        )
        self.assertIn(self.child.name, composer.body)
        composer.action_send_mail()
        message = self.child.message_ids[0]
        self.assertEqual(message.partner_ids, self.guardian | parent)
