from odoo.tests import tagged

from .common import ParentingCase

FORM = "desmigratif_base.desmigratif_resident_view_form"


@tagged("post_install", "-at_install")
class TestResidentForm(ParentingCase):
    """The Children button of the village office's resident form."""

    def test_children_count(self):
        mother = self.env["res.partner"].create(
            {"name": "Ibu Sumiyati", "is_resident": True}
        )
        self.house_children[0].migrant_parent_id = mother
        officer = self.officer
        # The guardian at home of the five children, the mother abroad of one.
        self.assertEqual(self.guardian.with_user(officer).parenting_child_count, 5)
        self.assertEqual(mother.with_user(officer).parenting_child_count, 1)
        action = mother.with_user(officer).action_parenting_view_children()
        self.assertEqual(
            self.env["desmigratif.child"].search(action["domain"]),
            self.house_children[0],
        )

    def test_button_for_desmigratif_users_only(self):
        view = self.env.ref(FORM)
        volunteer = self.env["res.users"].create(
            {
                "name": "Parenting Volunteer",
                "login": "parenting_volunteer_form_test",
                "groups_id": [
                    (6, 0, self.env.ref("base.group_user").ids),
                    (
                        4,
                        self.env.ref(
                            "desmigratif_parenting.group_parenting_volunteer"
                        ).id,
                    ),
                ],
            }
        )
        for user, shown in ((volunteer, False), (self.officer, True)):
            with self.subTest(user=user.login):
                arch = (
                    self.env["res.partner"]
                    .with_user(user)
                    .get_views([(view.id, "form")])["views"]["form"]["arch"]
                )
                self.assertEqual('name="action_parenting_view_children"' in arch, shown)
