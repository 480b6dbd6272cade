from odoo.exceptions import ValidationError
from odoo.tests import Form, tagged

from .common import ParentingCase


@tagged("post_install", "-at_install")
class TestChild(ParentingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Partner = cls.env["res.partner"]
        cls.household = cls.env["desmigratif.household"].create({})
        cls.father = Partner.create(
            {"name": "Pak Teguh", "is_resident": True, "household_relation": "head",
             "household_id": cls.household.id}
        )  # fmt: skip
        cls.mother = Partner.create(
            {"name": "Bu Suminah", "is_resident": True,
             "household_relation": "spouse", "household_id": cls.household.id}
        )  # fmt: skip
        Placement = cls.env["desmigratif.placement"]
        with Placement._workflow_step():
            cls.placement = Placement.create(
                {"worker_id": cls.mother.id, "country_id": cls.env.ref("base.hk").id,
                 "state": "abroad"}
            )  # fmt: skip
        cls.kid = Partner.create(
            {"name": "Nabila", "is_resident": True, "household_relation": "child",
             "household_id": cls.household.id}
        )  # fmt: skip

    def test_form_proposes_guardian_and_migrant_parent(self):
        with Form(self.Child.with_user(self.officer)) as form:
            form.partner_id = self.kid
            form.place_id = self.house
            self.assertEqual(form.guardian_id, self.father)
            self.assertEqual(form.migrant_parent_id, self.mother)
            self.assertEqual(form.placement_id, self.placement)
        child = form.record
        self.assertEqual(child.name, "Nabila")
        self.assertEqual(child.placement_country_id, self.env.ref("base.hk"))
        self.assertEqual(child.placement_state, "abroad")

    def test_bad_people(self):
        with self.assertRaisesRegex(ValidationError, "own guardian"):
            self.Child.create(
                {"partner_id": self.kid.id, "place_id": self.house.id,
                 "guardian_id": self.kid.id}
            )  # fmt: skip
        other_kid = self.kid.copy({"name": "Rizki"})
        with self.assertRaisesRegex(ValidationError, "Placement"):
            self.Child.create(
                {"partner_id": other_kid.id, "place_id": self.house.id,
                 "migrant_parent_id": self.father.id,
                 "placement_id": self.placement.id}
            )  # fmt: skip

    def test_threshold_must_be_positive(self):
        with self.assertRaisesRegex(ValidationError, "at least 1"):
            self.company.parenting_absence_threshold = 0
