from datetime import date, timedelta

from odoo.tests import TransactionCase

NO_MAIL = {"tracking_disable": True, "mail_create_nolog": True}


class ParentingCase(TransactionCase):
    """A village with an education house, a post and a few children."""

    # A Monday, so that weekdays are easy to follow.
    MONDAY = date(2026, 3, 2)

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.env = cls.env(context=dict(cls.env.context, **NO_MAIL))
        cls.company = cls.env.company
        cls.company.parenting_absence_threshold = 3
        cls.officer = cls.env["res.users"].create(
            {
                "name": "Parenting Officer",
                "login": "parenting_officer_test",
                "groups_id": [
                    (
                        6,
                        0,
                        [cls.env.ref("desmigratif_base.group_desmigratif_officer").id],
                    )
                ],
            }
        )
        cls.Place = cls.env["desmigratif.parenting.place"]
        cls.Session = cls.env["desmigratif.parenting.session"]
        cls.Line = cls.env["desmigratif.parenting.attendance"]
        cls.Child = cls.env["desmigratif.child"]
        cls.house = cls.Place.create(
            {"name": "Test House", "kind": "house", "officer_id": cls.officer.id}
        )
        cls.post = cls.Place.create({"name": "Test TPQ Post", "kind": "tpq"})
        study = cls.env.ref("desmigratif_parenting.activity_study")
        quran = cls.env.ref("desmigratif_parenting.activity_quran")
        cls.slots = cls.env["desmigratif.parenting.timetable"].create(
            [
                {"place_id": cls.house.id, "weekday": "0", "time_from": 14.0,
                 "time_to": 16.0, "activity_ids": [(6, 0, study.ids)]},
                {"place_id": cls.house.id, "weekday": "2", "time_from": 14.0,
                 "time_to": 16.0, "activity_ids": [(6, 0, study.ids)]},
                {"place_id": cls.house.id, "weekday": "2", "time_from": 18.5,
                 "time_to": 19.5, "activity_ids": [(6, 0, quran.ids)]},
                {"place_id": cls.post.id, "weekday": "3", "time_from": 15.5,
                 "time_to": 17.0, "activity_ids": [(6, 0, quran.ids)]},
            ]
        )  # fmt: skip
        cls.guardian = cls.env["res.partner"].create(
            {"name": "Ibu Wartini", "is_resident": True, "mobile": "0812 3456 7890"}
        )
        cls.house_children = cls._create_children(cls.house, 3)
        cls.post_children = cls._create_children(cls.post, 2)

    @classmethod
    def _create_children(cls, place, count, enrolled=None, prefix=None):
        partners = cls.env["res.partner"].create(
            [
                {"name": f"{prefix or place.name} Child {index}", "is_resident": True}
                for index in range(count)
            ]
        )
        return cls.env["desmigratif.child"].create(
            [
                {
                    "partner_id": partner.id,
                    "place_id": place.id,
                    "school_level": "sd",
                    "guardian_id": cls.guardian.id,
                    "date_enrolment": enrolled or date(2025, 7, 15),
                }
                for partner in partners
            ]
        )

    @staticmethod
    def days(date_from, date_to):
        day = date_from
        while day <= date_to:
            yield day
            day += timedelta(days=1)

    def held_session(self, place, day, marks, time_from=14.0):
        """A session of the place on the day, marked {child: code or (code, late)}."""
        session = self.Session.create(
            {"place_id": place.id, "date": day, "time_from": time_from,
             "time_to": time_from + 1}
        )  # fmt: skip
        for line in session.line_ids:
            mark = marks[line.child_id]
            code, late = mark if isinstance(mark, tuple) else (mark, False)
            line.write({"code": code, "late": late})
        session.action_done()
        return session
