import random
from datetime import date, timedelta

from odoo import api, fields, models

from odoo.addons.desmigratif_parenting.models.child import SCHOOL_LEVELS

CHILD_NAMES = [
    "Alya", "Bima", "Cahya", "Danu", "Elsa", "Farel", "Gita", "Hafiz", "Indah",
    "Jaya", "Kirana", "Lutfi", "Maya", "Nanda", "Oki", "Puspa", "Raka", "Sekar",
    "Tika", "Umar"]  # fmt: skip
CODES = [("H", 80), ("S", 7), ("I", 6), ("A", 7)]


def school_level(age):
    """The school level usual for an age in Indonesia."""
    for limit, level in ((4, "paud"), (6, "tk"), (12, "sd"), (15, "smp")):
        if age <= limit:
            return level
    return "sma"


class DesmigratifParentingDemo(models.AbstractModel):
    _name = "desmigratif.parenting.demo"
    _description = "Desmigratif Parenting Demo Data Generator"

    @api.model
    def _generate_kuripan(self):
        """Children of the demo participants, and a month of sessions.

        Each participant's household gets a young child, registered at the
        education house or at one of the posts; the sessions of the last four
        weeks are held and marked, today's sessions stay open. A fixed seed
        makes every database identical.
        """
        rng = random.Random(20171231)
        company = self.env.ref("base.main_company")
        today = fields.Date.context_today(self)
        Child = self.env["desmigratif.child"]
        if Child.search_count([("company_id", "=", company.id)]):
            return
        participants = self.env["desmigratif.participant"].search(
            [("company_id", "=", company.id), ("state", "=", "active")], order="id"
        )
        places = [
            self.env.ref("desmigratif_demo.demo_place_house"),
            self.env.ref("desmigratif_demo.demo_place_paud"),
            self.env.ref("desmigratif_demo.demo_place_tpq"),
        ]
        # The youngest child of school age in the household comes; where the
        # registry has none, a younger brother or sister is registered.
        partners = self.env["res.partner"]
        Registrar = partners.with_user(
            self.env.ref("desmigratif_demo.demo_user_officer")
        )
        for index, participant in enumerate(participants):
            mother = participant.partner_id
            young = mother.household_id.member_ids.filtered(
                lambda p: (
                    p.household_relation == "child" and p.birthdate and 3 <= p.age <= 15
                )
            ).sorted("birthdate", reverse=True)[:1]
            if not young:
                # registered by the village officer, as every resident is
                young = Registrar.create(
                    {
                        "name": f"{CHILD_NAMES[index % len(CHILD_NAMES)]} "
                        f"{mother.name.split()[0]}",
                        "is_resident": True,
                        "company_id": company.id,
                        "gender": rng.choice(["male", "female"]),
                        "birthdate": today
                        - timedelta(days=rng.randrange(3 * 365, 12 * 365)),
                        "birth_place": "Wonosobo",
                        "household_id": mother.household_id.id,
                        "household_relation": "child",
                        "rt_id": mother.rt_id.id,
                        "marital_status": "single",
                    }
                )
            partners |= young
        for index, participant in enumerate(participants):
            if not participant.partner_id.mobile:
                participant.partner_id.mobile = (
                    f"0813 {2700 + index:04d} {rng.randrange(10**4):04d}"
                )
        levels = dict(SCHOOL_LEVELS)
        child_vals = []
        for participant, partner in zip(participants, partners, strict=True):
            mother = participant.partner_id
            # the parent who migrated: the participant, or the spouse abroad
            parents = mother.household_id.member_ids.filtered(
                lambda p: p.household_relation in ("head", "spouse")
            )
            migrant = (mother | parents).filtered("placement_ids")[:1] or mother
            level = school_level(partner.age)
            place = (
                places[0]
                if rng.random() < 0.5
                else (places[1] if level in ("paud", "tk") else places[2])
            )
            child_vals.append(
                {
                    "partner_id": partner.id,
                    "school_level": level,
                    "school": f"{levels[level].split('(')[-1].rstrip(')')} Kuripan",
                    "guardian_id": mother.id,
                    "migrant_parent_id": migrant.id,
                    "placement_id": migrant.placement_ids.sorted(
                        "date_departure", reverse=True
                    )[:1].id,
                    "place_id": place.id,
                    "date_enrolment": date(today.year - 1, 7, 15),
                    "company_id": company.id,
                }
            )
        children = self.env["desmigratif.child"].create(child_vals)
        Place = self.env["desmigratif.parenting.place"]
        sessions = Place.browse([place.id for place in places])._generate_sessions(
            today - timedelta(days=28), today
        )
        past = sessions.filtered(lambda s: s.date < today)
        marks = {}
        for line in past.line_ids:
            code = rng.choices(*zip(*CODES, strict=True))[0]
            late = code == "H" and rng.random() < 0.1
            marks.setdefault((code, late), []).append(line.id)
        Line = self.env["desmigratif.parenting.attendance"]
        for (code, late), line_ids in marks.items():
            Line.browse(line_ids).write({"code": code, "late": late})
        # One child stayed away from the last three sessions: a home visit is due.
        truant = children.filtered(lambda c: c.place_id == places[0])[:1]
        truant_lines = past.line_ids.filtered(lambda line: line.child_id == truant)
        truant_lines.sorted("date")[-3:].write({"code": "A", "late": False})
        past.action_done()
