import random
from datetime import date, timedelta

from odoo import api, models

# Table 1 of the paper: participants of the programme in Kuripan, 2017.
TABLE_1 = {
    "salak": ("Salak Production Group", [
        "Bawon", "Turyati", "Suryati", "Farida", "Sarmiyati", "Ponisem", "Waginah",
        "Parsini", "Yuniah", "Litik", "Miskiyah", "Kinem", "Sanem"]),
    "daging": ("Meat Production Group", [
        "Rahayu", "Sulasmini", "Nisem", "Reged", "Tunem", "Sarni", "Rumiyati",
        "Nisih", "Tutur", "Sundiyah", "Painem"]),
    "singkong": ("Cassava Production Group", [
        "Sulastri", "Alfiah", "Ernafi", "Yurida", "Turi", "Kidah", "Nirah", "Urip",
        "Asih", "Nur Cahyani", "Jumini", "Taromi", "Sumiyati"]),
    "batik": ("Batik Production Group", [
        "Sri Handayani", "Mafiroh", "Saryanti", "Parilah", "Suwarti", "Subini",
        "Sumarni", "Tuyem", "Kliyem", "Wanti", "Sugiyanti", "Poniyem", "Suprihatin"]),
}  # fmt: skip
WORKERS_ABROAD = 170
WORKERS_RETURNED = 178
FIRST_NAMES = {
    "male": [
        "Slamet", "Sutrisno", "Bambang", "Sugeng", "Rohmat", "Wahyudi", "Teguh",
        "Joko", "Agus", "Eko", "Budi", "Suroso", "Paimin", "Sukarno", "Mulyono",
        "Darmanto", "Riyanto", "Supriyadi", "Haryanto", "Nur"],
    "female": [
        "Siti", "Sri", "Endang", "Lestari", "Rini", "Tri", "Wartini", "Suminah",
        "Ngatini", "Juwariyah", "Muslimah", "Purwanti", "Sutinah", "Mujiyem", "Dwi",
        "Umi", "Khotimah", "Eni"],
}  # fmt: skip
SECOND_NAMES = {
    "male": [
        "Santoso", "Prasetyo", "Wibowo", "Setiawan", "Nugroho", "Hidayat",
        "Purnomo", "Saputra", "Rohman", "Susilo"],
    "female": [
        "Wahyuni", "Astuti", "Rahayu", "Utami", "Hidayah", "Sulistyowati",
        "Handayani", "Susanti", "Mulyani", "Nurjanah"],
}  # fmt: skip
CHILD_NAMES = {
    "male": [
        "Aditya", "Bagus", "Dimas", "Fajar", "Galih", "Mahmud", "Rizki", "Tegar",
        "Yoga", "Arif"],
    "female": [
        "Citra", "Eka", "Hana", "Intan", "Jihan", "Laras", "Nabila", "Putri",
        "Salsa", "Wulan"],
}  # fmt: skip
COUNTRIES = [
    ("base.my", 30), ("base.tw", 25), ("base.hk", 20), ("base.sa", 10),
    ("base.sg", 8), ("base.kr", 5), ("base.ae", 2)]  # fmt: skip
SECTORS = [
    ("domestic", 45), ("caregiver", 20), ("factory", 15), ("plantation", 10),
    ("construction", 5), ("ship_crew", 3), ("other", 2)]  # fmt: skip
ROUTES = [("procedural", 55), ("independent", 5), ("broker", 30), ("unknown", 10)]


def weighted_choice(rng, weighted):
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights)[0]


def random_date(rng, first_year, last_year):
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randrange((last_year - first_year) * 365))


def random_name(rng, gender, child=False):
    """A Javanese given name, with a second name six times in ten."""
    first = rng.choice((CHILD_NAMES if child else FIRST_NAMES)[gender])
    if rng.random() < 0.6:
        return f"{first} {rng.choice(SECOND_NAMES[gender])}"
    return first


class DesmigratifDemo(models.AbstractModel):
    _name = "desmigratif.demo"
    _description = "Desmigratif Demo Data Generator"

    @api.model
    def _generate_kuripan(self):
        """Create Kuripan's households, migrant workers and participants.

        The numbers follow the paper (170 workers abroad and 178 returned in
        December 2017, the 50 participants of Table 1 in their four groups); a
        fixed random seed makes every database identical.
        """
        rng = random.Random(20171231)
        company = self.env.ref("base.main_company")
        rts = self.env["desmigratif.rt"].search([("company_id", "=", company.id)])
        agencies = self.env.ref("desmigratif_base.demo_agency_licensed") | self.env.ref(
            "desmigratif_base.demo_agency_unlicensed"
        )
        serials = iter(range(1, 10000))

        def pick(weighted):
            return weighted_choice(rng, weighted)

        def birthdate(first_year, last_year):
            return random_date(rng, first_year, last_year)

        def person(name, gender, born, relation, rt):
            day = born.day + (40 if gender == "female" else 0)
            return {
                "name": name,
                "is_resident": True,
                "company_id": company.id,
                "gender": gender,
                "birthdate": born,
                "birth_place": "Wonosobo",
                "nik": f"330710{day:02d}{born:%m%y}{next(serials):04d}",
                "household_relation": relation,
                "rt_id": rt.id,
                "education_level": pick(
                    [("sd", 40), ("smp", 35), ("sma", 20), ("diploma", 5)]
                ),
                "marital_status": "married"
                if relation in ("head", "spouse")
                else "single",
            }

        def full_name(gender, child=False):
            return random_name(rng, gender, child)

        def household(worker_name, worker_gender):
            """A household: the worker, the spouse and one or two children."""
            rt = rng.choice(rts)
            kk = f"3307100{len(households) + 1:09d}"
            spouse_gender = "male" if worker_gender == "female" else "female"
            spouse_name = full_name(spouse_gender)
            worker_born = birthdate(1970, 1992)
            members = [
                person(worker_name, worker_gender, worker_born,
                       "head" if worker_gender == "male" else "spouse", rt),
                person(spouse_name, spouse_gender, birthdate(1968, 1992),
                       "head" if spouse_gender == "male" else "spouse", rt),
            ]  # fmt: skip
            for __ in range(rng.randint(1, 2)):
                child_gender = rng.choice(["male", "female"])
                members.append(
                    person(full_name(child_gender, child=True), child_gender,
                           birthdate(max(worker_born.year + 18, 2004), 2016),
                           "child", rt)
                )  # fmt: skip
            households.append({"kk_number": kk, "rt_id": rt.id, "members": members})

        households = []
        participants = []
        for group_key, (__, names) in TABLE_1.items():
            for name in names:
                household(name, "female")
                participants.append((group_key, name, len(households) - 1))
        for __ in range(WORKERS_ABROAD + WORKERS_RETURNED - len(participants)):
            gender = "female" if rng.random() < 0.7 else "male"
            household(full_name(gender), gender)

        Household = self.env["desmigratif.household"]
        Partner = self.env["res.partner"]
        records = Household.create(
            [
                {"kk_number": h["kk_number"], "rt_id": h["rt_id"],
                 "company_id": company.id}
                for h in households
            ]
        )  # fmt: skip
        partner_vals = []
        for household_record, values in zip(records, households, strict=True):
            for member in values["members"]:
                member["household_id"] = household_record.id
                partner_vals.append(member)
        partners = Partner.create(partner_vals)
        workers = []
        offset = 0
        for household_record, values in zip(records, households, strict=True):
            members = partners[offset : offset + len(values["members"])]
            offset += len(values["members"])
            household_record.head_id = members.filtered(
                lambda p: p.household_relation == "head"
            )[:1]
            workers.append(members[0])

        placements = []
        for index, worker in enumerate(workers):
            returned = index < len(participants) or index >= (
                len(participants) + WORKERS_ABROAD
            )
            route = pick(ROUTES)
            departure = birthdate(2008, 2014) if returned else birthdate(2013, 2017)
            contract_start = departure + timedelta(days=7)
            contract_end = contract_start + timedelta(days=730)
            placements.append(
                {
                    "worker_id": worker.id,
                    "company_id": company.id,
                    "country_id": self.env.ref(pick(COUNTRIES)).id,
                    "sector": pick(SECTORS),
                    "route": route,
                    "agency_id": agencies[0].id
                    if route == "procedural"
                    else (agencies[1].id if route == "broker" else False),
                    "employer": f"Employer {index + 1}",
                    "passport_number": f"C{rng.randrange(10**6, 10**7)}",
                    "passport_expiry": contract_start
                    + timedelta(days=rng.choice([1825, 1825, 600])),
                    "contract_start": contract_start,
                    "contract_end": contract_end,
                    "date_departure": departure,
                    "date_return": contract_end if returned else False,
                    "lost_contact": not returned
                    and route == "broker"
                    and rng.random() < 0.15,
                    "state": "returned" if returned else "abroad",
                }
            )
        # Past placements and enrolments are recorded in their final state.
        Placement = self.env["desmigratif.placement"]
        with Placement._workflow_step():
            Placement.create(placements)

        groups = self.env["desmigratif.group"]
        for group_name, __ in TABLE_1.values():
            groups |= groups.create(
                {"name": group_name, "kind": "production", "company_id": company.id}
            )
        group_by_key = dict(zip(TABLE_1, groups, strict=True))
        Participant = self.env["desmigratif.participant"]
        with Participant._workflow_step():
            participant_records = Participant.create(
                [
                    {
                        "partner_id": workers[index].id,
                        "category": "purna",
                        "date_start": date(2017, 1, 16),
                        "state": "active",
                        "company_id": company.id,
                    }
                    for __, __, index in participants
                ]
            )
        self.env["desmigratif.group.member"].create(
            [
                {
                    "group_id": group_by_key[group_key].id,
                    "partner_id": workers[index].id,
                    "date_join": date(2017, 1, 16),
                    "role": "chair" if name == TABLE_1[group_key][1][0] else "member",
                }
                for group_key, name, index in participants
            ]
        )
        for group in groups:
            group.coordinator_id = group.member_ids.filtered(
                lambda m: m.role == "chair"
            ).partner_id

        xmlids = [
            {"xml_id": f"desmigratif_base.demo_group_{key}", "record": group,
             "noupdate": True}
            for key, group in group_by_key.items()
        ] + [
            {"xml_id": "desmigratif_base.demo_partner_"
             + name.lower().replace(" ", "_"), "record": workers[index],
             "noupdate": True}
            for __, name, index in participants
        ] + [
            {"xml_id": "desmigratif_base.demo_participant_"
             + name.lower().replace(" ", "_"), "record": participant,
             "noupdate": True}
            for (__, name, __), participant in zip(
                participants, participant_records, strict=True)
        ]  # fmt: skip
        self.env["ir.model.data"]._update_xmlids(xmlids)
