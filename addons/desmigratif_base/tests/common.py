from contextlib import contextmanager
from datetime import date

from odoo.tests import HttpCase, TransactionCase, new_test_user


def make_nik(born, gender, serial=1, region="330710"):
    """Build a NIK by its rule: region, DDMMYY with 40 added for women, serial."""
    day = born.day + (40 if gender == "female" else 0)
    return f"{region}{day:02d}{born:%m%y}{serial:04d}"


class DesmigratifCommon:
    """A village of its own, with its structure and users of each group."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.village = cls.env["res.company"].create(
            {
                "name": "Desa Uji",
                "desmigratif_regency_code": "3307",
                "desmigratif_participant_quota": 3,
                "external_report_layout_id": cls.env.ref(
                    "web.external_layout_standard"
                ).id,
            }
        )
        cls.other_village = cls.env["res.company"].create(
            {"name": "Desa Lain", "desmigratif_regency_code": "3307"}
        )
        cls.env = cls.env(
            context=dict(cls.env.context, allowed_company_ids=[cls.village.id])
        )
        dusun = cls.env["desmigratif.dusun"].create(
            {"name": "Krajan", "company_id": cls.village.id}
        )
        rw = cls.env["desmigratif.rw"].create({"number": "001", "dusun_id": dusun.id})
        cls.rt = cls.env["desmigratif.rt"].create({"number": "002", "rw_id": rw.id})
        cls.country = cls.env.ref("base.my")
        cls.agency = cls.env["res.partner"].create(
            {
                "name": "PT Resmi",
                "is_company": True,
                "is_placement_agency": True,
                "agency_licensed": True,
            }
        )
        cls._serial = 0
        users = {}
        for group in ("user", "officer", "manager"):
            users[group] = new_test_user(
                cls.env,
                login=f"desmigratif_{group}",
                groups=f"desmigratif_base.group_desmigratif_{group},"
                "base.group_allow_export",
                company_id=cls.village.id,
                company_ids=[cls.village.id],
            )
        cls.user, cls.officer, cls.manager = (
            users["user"],
            users["officer"],
            users["manager"],
        )

    @contextmanager
    def assertRaisesText(self, exception, text):
        """assertRaises (which rolls back and clears the cache) plus the message."""
        with self.assertRaises(exception) as catcher:
            yield catcher
        self.assertIn(text, str(catcher.exception))

    @classmethod
    def resident(cls, name, born=date(1990, 5, 17), gender="female", **values):
        cls._serial += 1
        return cls.env["res.partner"].create(
            {
                "name": name,
                "is_resident": True,
                "company_id": cls.village.id,
                "birthdate": born,
                "gender": gender,
                "nik": make_nik(born, gender, cls._serial),
                "rt_id": cls.rt.id,
                **values,
            }
        )

    @classmethod
    def placement(cls, worker, state="planned", **values):
        """A placement brought to the given state through its own buttons."""
        placement = cls.env["desmigratif.placement"].create(
            {
                "worker_id": worker.id,
                "country_id": cls.country.id,
                "company_id": cls.village.id,
                **values,
            }
        )
        steps = {
            "planned": [],
            "departed": ["action_depart"],
            "abroad": ["action_depart", "action_arrive"],
            "returned": ["action_depart", "action_arrive", "action_return"],
            "cancelled": ["action_cancel"],
        }[state]
        for step in steps:
            getattr(placement, step)()
        return placement

    @classmethod
    def enrolment(cls, partner, category):
        """An active enrolment, through the Enrol button."""
        participant = cls.env["desmigratif.participant"].create(
            {
                "partner_id": partner.id,
                "category": category,
                "company_id": cls.village.id,
            }
        )
        participant.action_enrol()
        return participant

    @classmethod
    def household(cls, *members):
        household = cls.env["desmigratif.household"].create(
            {"company_id": cls.village.id, "rt_id": cls.rt.id}
        )
        for index, member in enumerate(members):
            member.write(
                {
                    "household_id": household.id,
                    "household_relation": "head" if not index else "spouse",
                }
            )
        household.head_id = members[0]
        return household


class DesmigratifCase(DesmigratifCommon, TransactionCase):
    pass


class DesmigratifHttpCase(DesmigratifCommon, HttpCase):
    """For PDF reports: wkhtmltopdf fetches the assets from the test server."""
