import base64
import io
import random
from datetime import date, datetime, time, timedelta
from itertools import groupby

from odoo import api, fields, models
from odoo.tools.misc import file_path

# The groups' names in English, for a user who reads the village in English.
GROUP_NAMES_EN = {
    "salak": "Salak Production Group",
    "daging": "Meat Production Group",
    "singkong": "Cassava Production Group",
    "batik": "Batik Production Group",
}
# Table 1 of the paper: participants of the programme in Kuripan, 2017, with
# each group's own (Indonesian) name.
TABLE_1 = {
    "salak": ("Kelompok Produksi Salak", [
        "Bawon", "Turyati", "Suryati", "Farida", "Sarmiyati", "Ponisem", "Waginah",
        "Parsini", "Yuniah", "Litik", "Miskiyah", "Kinem", "Sanem"]),
    "daging": ("Kelompok Produksi Daging", [
        "Rahayu", "Sulasmini", "Nisem", "Reged", "Tunem", "Sarni", "Rumiyati",
        "Nisih", "Tutur", "Sundiyah", "Painem"]),
    "singkong": ("Kelompok Produksi Singkong", [
        "Sulastri", "Alfiah", "Ernafi", "Yurida", "Turi", "Kidah", "Nirah", "Urip",
        "Asih", "Nur Cahyani", "Jumini", "Taromi", "Sumiyati"]),
    "batik": ("Kelompok Produksi Batik", [
        "Sri Handayani", "Mafiroh", "Saryanti", "Parilah", "Suwarti", "Subini",
        "Sumarni", "Tuyem", "Kliyem", "Wanti", "Sugiyanti", "Poniyem", "Suprihatin"]),
}  # fmt: skip
WORKERS_ABROAD = 170
WORKERS_RETURNED = 178
ENROLMENT_DAY = date(2017, 1, 16)
# 60 were enrolled, 50 remain (the paper): ten enrolments ended.
ENDED_ENROLMENTS = 10
# Why a participant takes part, by her place in her group's list: she came back
# from abroad herself (purna), her husband works abroad (family) or came back
# (purna_family). The named ones below have a story of their own.
CATEGORY_CYCLE = ("purna", "family", "purna", "family", "purna_family")
# The households whose worker a family member complains about, and a few more
# whose worker is the participant's husband or daughter.
SPECIAL = {
    "Farida": {"category": "family", "worker": "husband", "country": "base.my",
               "sector": "plantation", "route": "broker", "lost_contact": True},
    "Rumiyati": {"category": "family", "worker": "husband", "country": "base.my",
                 "sector": "plantation", "route": "procedural"},
    "Ponisem": {"category": "family", "worker": "daughter", "country": "base.hk",
                "sector": "domestic", "route": "procedural"},
    "Alfiah": {"category": "family", "worker": "husband", "country": "base.my",
               "sector": "construction", "route": "broker", "adult_son": True},
    "Saryanti": {"category": "family", "worker": "husband", "country": "base.tw",
                 "sector": "factory", "route": "procedural"},
    "Kidah": {"category": "family", "worker": "husband", "country": "base.kr",
              "sector": "factory", "route": "independent"},
}  # fmt: skip
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
# Where Kuripan's workers go and what they do there (weights out of 100).
DESTINATIONS = [
    ("base.my", "plantation", 10), ("base.my", "domestic", 8),
    ("base.my", "factory", 8), ("base.my", "construction", 4),
    ("base.tw", "caregiver", 12), ("base.tw", "factory", 8),
    ("base.tw", "ship_crew", 3), ("base.tw", "domestic", 2),
    ("base.hk", "domestic", 15), ("base.hk", "caregiver", 5),
    ("base.sa", "domestic", 10),
    ("base.sg", "domestic", 6), ("base.sg", "construction", 2),
    ("base.kr", "factory", 5),
    ("base.ae", "domestic", 2),
]  # fmt: skip
WOMEN_SECTORS = ("domestic", "caregiver", "factory")
# Contract length in days: three years in Taiwan and Korea, two elsewhere.
CONTRACT_DAYS = {"base.tw": 1095, "base.kr": 1095}
# Households (employers of domestic workers and caregivers) and companies.
HOUSEHOLDS = {
    "base.my": (["Encik Ahmad Zaki", "Puan Noraini Hassan", "Keluarga Tan",
                 "Keluarga Lim", "Keluarga Abdul Rahman"],
                ["Kuala Lumpur", "Johor Bahru", "Shah Alam", "Ipoh", "Kuching"]),
    "base.tw": (["Keluarga Chen", "Keluarga Lin", "Keluarga Huang",
                 "Keluarga Chang", "Keluarga Wang", "Keluarga Tsai"],
                ["Taipei", "Taichung", "Kaohsiung", "Tainan", "Taoyuan"]),
    "base.hk": (["Keluarga Chan", "Keluarga Wong", "Keluarga Lee",
                 "Keluarga Cheung", "Keluarga Lau", "Keluarga Ho"],
                ["Sha Tin", "Tuen Mun", "Kowloon City", "Tsuen Wan", "Tai Po"]),
    "base.sa": (["Keluarga Al-Harbi", "Keluarga Al-Otaibi", "Keluarga Al-Qahtani",
                 "Keluarga Al-Ghamdi", "Keluarga Al-Zahrani"],
                ["Riyadh", "Jeddah", "Dammam", "Makkah"]),
    "base.sg": (["Keluarga Lim", "Keluarga Tan", "Keluarga Ng", "Keluarga Goh"],
                ["Tampines", "Bedok", "Jurong West", "Woodlands"]),
    "base.ae": (["Keluarga Al Mansouri", "Keluarga Al Nuaimi",
                 "Keluarga Al Falasi"],
                ["Abu Dhabi", "Dubai", "Al Ain"]),
}  # fmt: skip
COMPANIES = {
    ("base.my", "plantation"): [
        "Ladang Sawit Bukit Raja Sdn Bhd, Pahang",
        "Perkebunan Sri Kelana Sdn Bhd, Johor",
        "Ladang Kelapa Sawit Tanjung Mas Sdn Bhd, Sabah",
        "Syarikat Ladang Permai Sdn Bhd, Perak"],
    ("base.my", "factory"): [
        "Kilang Sarung Tangan Getah Meru Sdn Bhd, Klang",
        "Perindustrian Elektronik Seri Alam Sdn Bhd, Pulau Pinang"],
    ("base.my", "construction"): [
        "Binaan Teguh Jaya Sdn Bhd, Kuala Lumpur",
        "Pembinaan Sinar Utara Sdn Bhd, Johor Bahru"],
    ("base.tw", "factory"): [
        "Hsin Feng Precision Co., Ltd., Taoyuan",
        "Da Yuan Textile Co., Ltd., Changhua",
        "Yung Sheng Plastics Co., Ltd., Taichung"],
    ("base.tw", "ship_crew"): [
        "Chin Fa Fishery Co., Ltd., Kaohsiung",
        "Kapal ikan Sheng Yi No. 12, Pingtung"],
    ("base.sg", "construction"): [
        "Kim Seng Builders Pte Ltd", "Sembawang Civil Engineering Pte Ltd"],
    ("base.kr", "factory"): [
        "Daesung Metal Co., Ltd., Ansan", "Hanil Auto Parts Co., Ltd., Hwaseong",
        "Sejin Plastic Co., Ltd., Gimhae", "Dongbang Textile Co., Ltd., Daegu"],
}  # fmt: skip
MONTHS = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
          "Agustus", "September", "Oktober", "November", "Desember")  # fmt: skip
# Young people of Kuripan applying for the AK-1 card: name, gender, birth date,
# desired job, desired country, and the step their application has reached.
AK1_APPLICANTS = [
    ("Dewi Lestari", "female", date(2001, 8, 14), "Pekerja rumah tangga",
     "base.hk", "draft"),
    ("Yusuf Maulana", "male", date(1999, 2, 3), "Operator pabrik (G to G)",
     "base.kr", "complete"),
    ("Nur Hidayati", "female", date(2000, 11, 21), "Perawat lansia",
     "base.tw", "printed"),
    ("Ahmad Fauzi", "male", date(1998, 6, 9), "Pekerja perkebunan sawit",
     "base.my", "stamped"),
    ("Tri Wulandari", "female", date(2002, 4, 30), "Pekerja rumah tangga",
     "base.sg", "rejected"),
]  # fmt: skip
OUTSIDE_VILLAGES = ["Desa Gumawang", "Desa Kalidesel", "Desa Mutisari",
                    "Desa Wonoroto", "Desa Pasuruhan", "Desa Krinjing"]  # fmt: skip
# What visitors come for: the purpose and what the officer wrote down.
VISIT_NOTES = {
    "safe_migration": [
        "Menanyakan prosedur berangkat kerja ke Taiwan lewat P3MI resmi.",
        "Bertanya biaya penempatan ke Hong Kong dan potongan gaji.",
        "Ingin tahu cara membedakan agen resmi dan calo.",
        "Menanyakan asuransi BPJS Ketenagakerjaan untuk pekerja migran.",
    ],
    "vacancy": [
        "Melihat lowongan perawat lansia di Taiwan.",
        "Menanyakan lowongan operator pabrik di Korea (G to G).",
        "Menanyakan syarat dan jadwal ujian EPS-TOPIK.",
        "Mencari lowongan pekerja perkebunan di Malaysia.",
    ],
    "ak1": [
        "Mengurus kartu AK-1: membawa KTP, KK, pas foto dan ijazah.",
        "Mengambil kartu AK-1 yang sudah dicetak untuk dibawa ke Disnaker.",
        "Melengkapi fotokopi ijazah untuk permohonan AK-1.",
    ],
    "complaint": [
        "Menanyakan perkembangan pengaduan suaminya yang hilang kontak.",
        "Melaporkan gaji anaknya di Hong Kong yang terlambat dibayar.",
    ],
    "other": [
        "Meminta surat keterangan domisili untuk mengurus paspor.",
        "Menanyakan jadwal pelatihan pengemasan produk kelompok.",
        "Mendaftarkan anak ke rumah edukasi.",
    ],
}


def weighted_choice(rng, weighted):
    *values, weights = zip(*weighted, strict=True)
    return list(zip(*values, strict=True))[rng.choices(range(len(weights)), weights)[0]]


def random_date(rng, first_year, last_year):
    start = date(first_year, 1, 1)
    return start + timedelta(days=rng.randrange((last_year - first_year) * 365))


def random_name(rng, gender, child=False):
    """A Javanese given name, with a second name six times in ten."""
    first = rng.choice((CHILD_NAMES if child else FIRST_NAMES)[gender])
    if rng.random() < 0.6:
        return f"{first} {rng.choice(SECOND_NAMES[gender])}"
    return first


def month_year(day):
    return f"{MONTHS[day.month - 1]} {day.year}"


def xmlid_name(name):
    return name.lower().replace(" ", "_")


class DesmigratifDemo(models.AbstractModel):
    _name = "desmigratif.demo"
    _description = "Desmigratif Demo Data Generator"

    # ------------------------------------------------------------------ helpers

    @api.model
    def _act(self, model, method, xmlids, states, field="state", user=None):
        """Run a workflow action on the demo records still in a state it expects.

        The data files of this module are loaded again when it is installed a
        second time; an action run then on a record it already moved on would
        fail. ``xmlids`` without a module are this module's; records not found
        are skipped; ``user`` is the xmlid of the user who acts.
        """
        records = self.env[model]
        for xmlid in xmlids:
            full = xmlid if "." in xmlid else f"desmigratif_demo.{xmlid}"
            records |= self.env.ref(full, raise_if_not_found=False) or records
        records = records.filtered(lambda record: record[field] in states)
        if user:
            records = records.with_user(self.env.ref(user))
        if records:
            getattr(records, method)()

    def _exists(self, xmlid):
        return bool(self.env.ref(f"desmigratif_demo.{xmlid}", raise_if_not_found=False))

    def _name_records(self, records_by_name):
        self.env["ir.model.data"]._update_xmlids(
            [
                {"xml_id": f"desmigratif_demo.{name}", "record": record,
                 "noupdate": True}
                for name, record in records_by_name.items()
            ]
        )  # fmt: skip

    def _officer_env(self, tracking=False):
        """The village officer registers what the village office records.

        Bulk registration leaves the chatter quiet; a complaint's follow-up is
        tracked, as its stages are the case's history.
        """
        officer = self.env.ref("desmigratif_demo.demo_user_officer")
        quiet = {} if tracking else {
            "tracking_disable": True, "mail_create_nolog": True, "mail_notrack": True
        }  # fmt: skip
        officer_self = self.with_user(officer)
        return officer_self.with_context(
            allowed_company_ids=[officer.company_id.id], **quiet
        ).env

    # --------------------------------------------------------------- registry

    @api.model
    def _generate_kuripan(self):
        """Create Kuripan's households, migrant workers and participants.

        The numbers follow the paper (170 workers abroad, 178 returned, the 50
        participants of Table 1 in their four groups, 60 enrolled of whom 50
        remain), told as of the day the demo is loaded: only workers whose
        contract runs today are abroad. A fixed random seed gives every database
        the same village. Run again, it changes nothing.
        """
        if self._exists("demo_group_salak"):
            return
        env = self._officer_env()
        rng = random.Random(20171231)
        company = env.ref("base.main_company")
        households, participants = self._plan_households(env, rng, company)
        self._create_households(env, company, households)
        self._create_placements(env, rng, company, households)
        self._create_participants(env, company, households, participants)

    def _plan_households(self, env, rng, company):
        """The values of every household and person, participants' first."""
        rts = env["desmigratif.rt"].search([("company_id", "=", company.id)])
        # Above the serials the add-ons' tests use for their own residents.
        serials = iter(range(2001, 10000))
        households = []

        def person(name, gender, born, relation, rt, **values):
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
                "education_level": weighted_choice(
                    rng, [("sd", 40), ("smp", 35), ("sma", 20), ("diploma", 5)]
                )[0],
                "marital_status": "married"
                if relation in ("head", "spouse")
                else "single",
                **values,
            }

        def household(wife_name=None, worker="self", worker_gender="female",
                      adult_son=False):  # fmt: skip
            """A couple and their children; returns the household's dict.

            ``worker`` is who works or worked abroad: the wife or husband
            ("self", from the worker's side), the husband of a participant, or
            her grown-up daughter.
            """
            rt = rng.choice(rts)
            kk = f"3307100{len(households) + 1:09d}"
            older = worker == "daughter"
            wife_born = random_date(rng, 1966, 1972) if older else (
                random_date(rng, 1970, 1992))  # fmt: skip
            husband_born = wife_born - timedelta(days=rng.randrange(0, 2000))
            if worker == "self" and worker_gender == "male" or worker == "husband":
                worker_side = "male"
            else:
                worker_side = "female"
            wife = person(
                wife_name or random_name(rng, "female"), "female", wife_born,
                "spouse", rt)  # fmt: skip
            husband = person(random_name(rng, "male"), "male", husband_born, "head", rt)
            members = [husband, wife]
            children = []
            # Children born to a mother aged 18 or more (20 to 32 for the
            # older mothers, whose daughter works abroad), none before 2004
            # otherwise: the children of the education house.
            born_from, born_to = (
                (wife_born.year + 20, wife_born.year + 32)
                if older
                else (max(wife_born.year + 18, 2004), 2016)
            )
            if worker == "daughter":
                children.append(
                    person(random_name(rng, "female", child=True), "female",
                           random_date(rng, 1998, 2001), "child", rt))  # fmt: skip
            if adult_son:
                children.append(
                    person(random_name(rng, "male", child=True), "male",
                           date(2005, 7, 19), "child", rt))  # fmt: skip
            for __ in range(rng.randint(1, 2)):
                gender = rng.choice(["male", "female"])
                children.append(
                    person(random_name(rng, gender, child=True), gender,
                           random_date(rng, born_from, born_to),
                           "child", rt))  # fmt: skip
            members += children
            if worker == "daughter":
                worker_vals = children[0]
            else:
                worker_vals = husband if worker_side == "male" else wife
            households.append(
                {"kk_number": kk, "rt_id": rt.id, "members": members,
                 "worker": worker_vals, "wife": wife, "children": children}
            )  # fmt: skip
            return households[-1]

        # The participants' households first, in the order of Table 1.
        participants = []
        for group_key, (__, names) in TABLE_1.items():
            for index, name in enumerate(names):
                story = SPECIAL.get(name, {})
                category = story.get("category") or CATEGORY_CYCLE[index % 5]
                worker = story.get("worker") or (
                    "self" if category == "purna" else "husband"
                )
                hh = household(name, worker=worker, adult_son=story.get("adult_son"))
                hh.update(story=story, abroad=category == "family", participant=True)
                participants.append((group_key, name, category, hh))
        abroad_left = WORKERS_ABROAD - sum(hh["abroad"] for *__, hh in participants)
        returned_left = WORKERS_RETURNED - sum(
            not hh["abroad"] for *__, hh in participants
        )
        for index in range(abroad_left + returned_left):
            gender = "female" if rng.random() < 0.7 else "male"
            hh = household(worker="self", worker_gender=gender)
            hh.update(story={}, abroad=index < abroad_left, participant=False)

        return households, participants

    def _create_households(self, env, company, households):
        """The family cards (KK), then everyone on them."""
        records = env["desmigratif.household"].create(
            [
                {"kk_number": hh["kk_number"], "rt_id": hh["rt_id"],
                 "company_id": company.id}
                for hh in households
            ]
        )  # fmt: skip
        partner_vals = []
        for record, hh in zip(records, households, strict=True):
            for member in hh["members"]:
                member["household_id"] = record.id
                partner_vals.append(member)
        partners = iter(env["res.partner"].create(partner_vals))
        for record, hh in zip(records, households, strict=True):
            hh["partners"] = {id(m): next(partners) for m in hh["members"]}
            record.head_id = hh["partners"][id(hh["members"][0])]

    def _create_placements(self, env, rng, company, households):
        """One placement for each household's worker."""
        today = fields.Date.context_today(self)
        licensed = env.ref("desmigratif_demo.demo_agency_licensed") | env.ref(
            "desmigratif_demo.demo_agency_licensed_semarang"
        )
        broker = env.ref("desmigratif_demo.demo_agency_unlicensed")
        placements = []
        for hh in households:
            worker_vals = hh["worker"]
            story = hh["story"]
            if story.get("country"):
                country, sector = story["country"], story["sector"]
            else:
                gender = worker_vals["gender"]
                choices = [
                    row for row in DESTINATIONS
                    if (row[1] in WOMEN_SECTORS) == (gender == "female")
                    or (gender == "female" and row[0] == "base.tw"
                        and row[1] == "factory")
                ]  # fmt: skip
                country, sector = weighted_choice(rng, choices)
            route = story.get("route") or (
                "independent"
                if country == "base.kr"
                else weighted_choice(
                    rng, [("procedural", 60), ("broker", 30), ("unknown", 10)]
                )[0]
            )
            hh["placement"] = self._placement_vals(
                rng, today, hh, country, sector, route, licensed, broker
            )
            hh["placement"]["worker_id"] = hh["partners"][id(worker_vals)].id
            hh["placement"]["company_id"] = company.id
            placements.append(hh["placement"])
        Placement = env["desmigratif.placement"]
        # Past placements are recorded in their final state, numbered by the
        # year of their departure as the sequence would have numbered them then.
        placements.sort(key=lambda vals: vals["date_departure"])
        with Placement._workflow_step():
            for year, batch in groupby(placements, lambda v: v["date_departure"].year):
                Placement.with_context(ir_sequence_date=f"{year}-01-01").create(
                    list(batch)
                )

    def _create_participants(self, env, company, households, participants):
        """The four groups of Table 1, their members and the enrolments."""
        groups = env["desmigratif.group"].create(
            [
                {"name": group_name, "kind": "production", "company_id": company.id}
                for group_name, __ in TABLE_1.values()
            ]
        )
        group_by_key = dict(zip(TABLE_1, groups, strict=True))
        for key, group in group_by_key.items():
            group.with_context(lang="en_US").name = GROUP_NAMES_EN[key]
            if env["res.lang"]._lang_get("id_ID"):
                group.with_context(lang="id_ID").name = TABLE_1[key][0]
        Participant = env["desmigratif.participant"]

        def participant_partner(hh):
            return hh["partners"][id(hh["wife"])]

        with Participant._workflow_step():
            participant_records = Participant.create(
                [
                    {
                        "partner_id": participant_partner(hh).id,
                        "category": category,
                        "date_start": ENROLMENT_DAY,
                        "state": "active",
                        "company_id": company.id,
                    }
                    for __, __, category, hh in participants
                ]
            )
            # Ten returned workers left the programme in its first year.
            leavers = [
                hh for hh in households[len(participants):]
                if not hh["abroad"] and hh["placement"]["date_return"] < ENROLMENT_DAY
            ][:ENDED_ENROLMENTS]  # fmt: skip
            Participant.create(
                [
                    {
                        "partner_id": hh["partners"][id(hh["worker"])].id,
                        "category": "purna",
                        "date_start": ENROLMENT_DAY,
                        "date_end": ENROLMENT_DAY + timedelta(days=90 + 30 * index),
                        "end_reason": "Mengundurkan diri: bekerja di pabrik di "
                        "kota Wonosobo",
                        "state": "ended",
                        "company_id": company.id,
                    }
                    for index, hh in enumerate(leavers)
                ]
            )
        env["desmigratif.group.member"].create(
            [
                {
                    "group_id": group_by_key[group_key].id,
                    "partner_id": participant_partner(hh).id,
                    "date_join": ENROLMENT_DAY,
                    "role": "chair" if name == TABLE_1[group_key][1][0] else "member",
                }
                for group_key, name, __, hh in participants
            ]
        )
        for group in groups:
            group.coordinator_id = group.member_ids.filtered(
                lambda m: m.role == "chair"
            ).partner_id

        named = {f"demo_group_{key}": group for key, group in group_by_key.items()}
        for (__, name, __, hh), participant in zip(
            participants, participant_records, strict=True
        ):
            named[f"demo_partner_{xmlid_name(name)}"] = participant_partner(hh)
            named[f"demo_participant_{xmlid_name(name)}"] = participant
            if hh["story"]:
                worker = hh["partners"][id(hh["worker"])]
                named[f"demo_worker_of_{xmlid_name(name)}"] = worker
                named[f"demo_placement_of_{xmlid_name(name)}"] = worker.placement_ids[
                    :1
                ]
                if hh["story"].get("adult_son"):
                    named[f"demo_son_of_{xmlid_name(name)}"] = hh["partners"][
                        id(hh["children"][0])
                    ]
        self._name_records(named)

    def _placement_vals(self, rng, today, hh, country, sector, route, licensed, broker):
        """A placement's values, dated so that its state is true today.

        Returned workers' contracts ended before today (before the programme
        began in January 2017 for the participants and their husbands);
        workers abroad are within their contract. A few passports of workers
        abroad expire before their contract ends.
        """
        days = CONTRACT_DAYS.get(country, 730)
        if hh["abroad"]:
            contract_start = today - timedelta(days=rng.randrange(20, days - 20))
        else:
            latest_end = (
                ENROLMENT_DAY - timedelta(days=20)
                if hh["participant"]
                else today - timedelta(days=30)
            )
            contract_start = latest_end - timedelta(
                days=days - 1 + rng.randrange(0, 365 * (7 if hh["participant"] else 12))
            )
            # Nobody left before the age of nineteen.
            contract_start = max(
                contract_start, hh["worker"]["birthdate"] + timedelta(days=19 * 365)
            )
        contract_end = contract_start + timedelta(days=days - 1)
        departure = contract_start - timedelta(days=rng.randrange(2, 11))
        passport_expiry = departure + timedelta(days=1826 - rng.randrange(30, 120))
        vals = {
            "country_id": self.env.ref(country).id,
            "sector": sector,
            "route": route,
            "agency_id": (
                rng.choice(licensed).id
                if route == "procedural"
                else (broker.id if route == "broker" else False)
            ),
            "employer": self._employer(rng, country, sector),
            "passport_number": f"C{rng.randrange(10**6, 10**7)}",
            "contract_start": contract_start,
            "contract_end": contract_end,
            "date_departure": departure,
            "state": "abroad" if hh["abroad"] else "returned",
        }
        if hh["abroad"]:
            left = (contract_end - today).days
            if left > 150 and rng.random() < 0.06:
                passport_expiry = today + timedelta(days=rng.randrange(60, left - 30))
            lost = hh["story"].get("lost_contact") or (
                route == "broker" and not hh["story"] and rng.random() < 0.15
            )
            if lost:
                vals["lost_contact"] = True
                vals["date_last_contact"] = max(
                    departure, today - timedelta(days=rng.randrange(150, 300))
                )
        else:
            vals["date_return"] = contract_end + timedelta(days=rng.randrange(0, 15))
        vals["passport_expiry"] = passport_expiry
        return vals

    def _employer(self, rng, country, sector):
        companies = COMPANIES.get((country, sector))
        if companies:
            return rng.choice(companies)
        names, cities = HOUSEHOLDS[country]
        return f"{rng.choice(names)}, {rng.choice(cities)}"

    # ------------------------------------------------------ migration services

    @api.model
    def _generate_ak1_applications(self):
        """AK-1 applications at each step, with the scans the officer checked.

        Rina is about to leave for Hong Kong: her card was stamped at Disnaker
        weeks ago. The others are young people of Kuripan at each step of the
        checklist. The steps run through the model's own actions, as the
        officer; a step taken some days ago is dated back afterwards.
        """
        if self._exists("demo_ak1_rina"):
            return
        env = self._officer_env()
        rng = random.Random(20180101)
        today = fields.Date.context_today(self)
        company = env.ref("base.main_company")
        households = env["desmigratif.household"].search(
            [("company_id", "=", company.id)], order="id"
        )
        Partner = env["res.partner"]
        rina = Partner.create(
            {
                "name": "Rina Kurniasari",
                "is_resident": True,
                "company_id": company.id,
                "gender": "female",
                "birthdate": date(2000, 3, 12),
                "birth_place": "Wonosobo",
                "nik": "3307105203009001",
                "rt_id": env.ref("desmigratif_demo.demo_rt_03_02").id,
                "education_level": "sma",
                "marital_status": "single",
                "mobile": "081234567890",
            }
        )
        placement = env["desmigratif.placement"].create(
            {
                "worker_id": rina.id,
                "country_id": env.ref("base.hk").id,
                "sector": "domestic",
                "route": "procedural",
                "agency_id": env.ref("desmigratif_demo.demo_agency_licensed").id,
                "employer": "Keluarga Leung, Sha Tin",
                "contract_start": today + timedelta(days=60),
                "contract_end": today + timedelta(days=60 + 729),
                "passport_number": "C7314420",
                "passport_expiry": today + timedelta(days=1800),
            }
        )
        applicants = [(rina, "Pekerja rumah tangga", "base.hk", "done")]
        serial = 9101
        for index, (name, gender, born, job, country, step) in enumerate(
            AK1_APPLICANTS
        ):
            day = born.day + (40 if gender == "female" else 0)
            household = households[7 * index + 3]
            applicants.append(
                (
                    Partner.create(
                        {
                            "name": name,
                            "is_resident": True,
                            "company_id": company.id,
                            "gender": gender,
                            "birthdate": born,
                            "birth_place": "Wonosobo",
                            "nik": f"330710{day:02d}{born:%m%y}{serial + index:04d}",
                            "household_id": household.id,
                            "household_relation": "child",
                            "rt_id": household.rt_id.id,
                            "education_level": "sma",
                            "marital_status": "single",
                        }
                    ),
                    job,
                    country,
                    step,
                )
            )
        Application = env["desmigratif.ak1.application"]
        named = {"demo_partner_ctki": rina, "demo_placement_ctki": placement}
        for applicant, job, country, step in applicants:
            applied = today - timedelta(days=rng.randrange(12, 26))
            scans = self._document_scans(applicant)
            vals = {
                "applicant_id": applicant.id,
                "date_application": applied,
                "job_preference": job,
                "country_id": env.ref(country).id,
            }
            # A draft has its KTP and KK checked, the photo attached but not yet
            # checked, the diploma still to come; the others have all four.
            documents = ("ktp", "kk", "photo") if step == "draft" else scans
            for doc in documents:
                vals[f"doc_{doc}"] = scans[doc]
                vals[f"doc_{doc}_filename"] = f"{doc}_{xmlid_name(applicant.name)}.png"
                vals[f"doc_{doc}_checked"] = step != "draft" or doc != "photo"
            if step == "rejected":
                vals["doc_diploma_checked"] = False
                vals["reject_reason"] = (
                    "Nama di ijazah (Tri Wulandari Putri) berbeda dengan nama di KTP "
                    "dan KK. Mohon membawa surat keterangan beda nama dari sekolah "
                    "atau memperbaiki data di Dukcapil, lalu mengajukan lagi."
                )
            application = Application.create(vals)
            named[f"demo_ak1_{xmlid_name(applicant.name.split()[0])}"] = application
            if step == "rejected":
                application.action_reject()
                continue
            if step == "draft":
                continue
            application.action_confirm_documents()
            if step == "complete":
                continue
            printed = applied + timedelta(days=rng.randrange(2, 5))
            application.with_context(ir_sequence_date=str(printed)).action_print_card()
            application._workflow_write({"date_printed": printed})
            if step == "printed":
                continue
            application.action_stamp()
            application._workflow_write({"date_stamped": printed + timedelta(days=3)})
            if step == "done":
                application.action_done()
        self._name_records(named)

    def _document_scans(self, person):
        """Small PNG scans of a person's KTP, KK, 3x4 photo and diploma.

        Drawn at install time, marked as specimens (CONTOH), with the person's
        own name and numbers so the officer's checklist can be followed.
        """
        from PIL import Image, ImageDraw, ImageFont

        def font(size, bold=False):
            name = "Lato-Bol-webfont.ttf" if bold else "Lato-Reg-webfont.ttf"
            try:
                return ImageFont.truetype(
                    file_path(f"web/static/fonts/lato/{name}"), size
                )
            except OSError:
                return ImageFont.load_default()

        def png(image):
            buffer = io.BytesIO()
            image.quantize(colors=32).save(buffer, format="PNG", optimize=True)
            return base64.b64encode(buffer.getvalue())

        def specimen(draw, xy):
            draw.text(xy, "CONTOH", font=font(22, True), fill=(200, 40, 40))

        def portrait(draw, box, background):
            left, top, right, bottom = box
            draw.rectangle(box, fill=background)
            width = right - left
            draw.ellipse(
                (left + width * 0.3, top + width * 0.2,
                 left + width * 0.7, top + width * 0.68),
                fill=(90, 70, 60),
            )  # fmt: skip
            draw.pieslice(
                (left + width * 0.1, top + width * 0.7,
                 left + width * 0.9, bottom + width * 0.5),
                180, 360, fill=(40, 40, 60),
            )  # fmt: skip

        person = person.sudo()
        born = person.birthdate
        gender = "LAKI-LAKI" if person.gender == "male" else "PEREMPUAN"
        rt = person.rt_id
        scans = {}

        ktp = Image.new("RGB", (430, 270), (170, 205, 235))
        draw = ImageDraw.Draw(ktp)
        draw.text((215, 12), "PROVINSI JAWA TENGAH", font=font(15, True),
                  fill="black", anchor="mt")  # fmt: skip
        draw.text((215, 32), "KABUPATEN WONOSOBO", font=font(15, True),
                  fill="black", anchor="mt")  # fmt: skip
        draw.text((16, 58), f"NIK : {person.nik}", font=font(17, True), fill="black")
        rows = [
            ("Nama", person.name.upper()),
            ("Tempat/Tgl Lahir", f"WONOSOBO, {born:%d-%m-%Y}"),
            ("Jenis Kelamin", gender),
            ("Alamat", "DESA KURIPAN"),
            ("RT/RW", f"{rt.number or '-'}/{rt.rw_id.number or '-'}"),
            ("Kel/Desa", "KURIPAN"),
            ("Kecamatan", "WATUMALANG"),
            ("Kewarganegaraan", "WNI"),
        ]
        for line, (label, value) in enumerate(rows):
            draw.text((16, 88 + 20 * line), label, font=font(12), fill="black")
            draw.text((130, 88 + 20 * line), f": {value}", font=font(12), fill="black")
        portrait(draw, (320, 90, 410, 210), (200, 40, 40))
        specimen(draw, (300, 225))
        scans["ktp"] = png(ktp)

        kk = Image.new("RGB", (600, 300), (250, 250, 245))
        draw = ImageDraw.Draw(kk)
        draw.text((300, 14), "KARTU KELUARGA", font=font(20, True), fill="black",
                  anchor="mt")  # fmt: skip
        number = person.household_id.kk_number or "3307100000009999"
        draw.text((300, 42), f"No. {number}", font=font(14), fill="black", anchor="mt")
        draw.text((20, 70), "Desa Kuripan, Kecamatan Watumalang, Kabupaten Wonosobo",
                  font=font(12), fill="black")  # fmt: skip
        members = person.household_id.member_ids.sorted("birthdate") or person
        draw.rectangle((20, 95, 580, 95 + 22 * (len(members) + 1)), outline="black")
        for line, member in enumerate([None, *members]):
            top = 100 + 22 * line
            cells = (
                ("Nama Lengkap", "NIK", "Tanggal Lahir")
                if member is None
                else (member.name, member.nik or "",
                      f"{member.birthdate:%d-%m-%Y}" if member.birthdate else "")
            )  # fmt: skip
            for left, cell in zip((28, 250, 450), cells, strict=True):
                draw.text((left, top), cell, font=font(12, member is None),
                          fill="black")  # fmt: skip
        specimen(draw, (470, 260))
        scans["kk"] = png(kk)

        photo = Image.new("RGB", (150, 200), (200, 40, 40))
        portrait(ImageDraw.Draw(photo), (0, 0, 150, 200), (200, 40, 40))
        scans["photo"] = png(photo)

        diploma = Image.new("RGB", (600, 420), (245, 240, 225))
        draw = ImageDraw.Draw(diploma)
        draw.rectangle((10, 10, 590, 410), outline=(120, 90, 40), width=4)
        draw.text((300, 40), "IJAZAH", font=font(28, True), fill="black", anchor="mt")
        draw.text((300, 80), "SEKOLAH MENENGAH ATAS", font=font(16), fill="black",
                  anchor="mt")  # fmt: skip
        draw.text((300, 130), "diberikan kepada", font=font(14), fill="black",
                  anchor="mt")  # fmt: skip
        draw.text((300, 160), person.name.upper(), font=font(22, True),
                  fill="black", anchor="mt")  # fmt: skip
        draw.text((300, 200), f"lahir di Wonosobo, {born.day} "
                  f"{month_year(born)}", font=font(14), fill="black",
                  anchor="mt")  # fmt: skip
        draw.text((300, 240), "dinyatakan LULUS", font=font(16, True), fill="black",
                  anchor="mt")  # fmt: skip
        portrait(draw, (60, 280, 150, 400), (200, 40, 40))
        specimen(draw, (440, 360))
        scans["diploma"] = png(diploma)
        return scans

    @api.model
    def _generate_complaints(self):
        """Complaints filed by workers' families, at every stage of their follow-up.

        Each is filed by a member of the worker's own household (a wife, a mother,
        a grown-up son) whose household takes part in the programme, written as
        told at the village office, and followed up by the officer.
        """
        if self._exists("demo_complaint_lost_contact"):
            return
        env = self._officer_env(tracking=True)
        today = fields.Date.context_today(self)

        def ref(name):
            return env.ref(f"desmigratif_demo.{name}")

        def story(name):
            worker = ref(f"demo_worker_of_{name}")
            return worker, worker.placement_ids[:1]

        stage = {
            key: env.ref(f"desmigratif_base.complaint_stage_{key}")
            for key in ("new", "verified", "forwarded", "in_progress", "resolved")
        }
        farida_husband, farida_placement = story("farida")
        rumiyati_husband, rumiyati_placement = story("rumiyati")
        ponisem_daughter, ponisem_placement = story("ponisem")
        alfiah_husband, alfiah_placement = story("alfiah")
        saryanti_husband, saryanti_placement = story("saryanti")
        kidah_husband, kidah_placement = story("kidah")
        last_contact = farida_placement.date_last_contact
        complaints = [
            ("demo_complaint_lost_contact", 9, {
                "complainant_id": ref("demo_partner_farida").id,
                "worker_id": farida_husband.id,
                "placement_id": farida_placement.id,
                "category": "lost_contact",
                "priority": "2",
                "stage_id": stage["forwarded"].id,
                "forwarded_to": "bp2mi",
                "date_deadline": today + timedelta(days=14),
                "statement": (
                    f"Suami saya, {farida_husband.name}, berangkat ke Malaysia lewat "
                    f"calo pada {month_year(farida_placement.date_departure)} untuk "
                    f"bekerja di {farida_placement.employer}. Sejak "
                    f"{month_year(last_contact)} dia tidak bisa dihubungi lagi: "
                    "nomor WhatsApp-nya tidak aktif dan sponsor yang "
                    "memberangkatkannya tidak mau memberi alamat majikan. Saya mohon "
                    "bantuan untuk mencari kabar suami saya."
                ),
            }, "Sudah dilaporkan ke BP2MI dan KBRI Kuala Lumpur dengan data paspor. "
               "Menunggu hasil penelusuran ke perusahaan."),
            ("demo_complaint_unpaid_wages", 6, {
                "complainant_id": ref("demo_partner_rumiyati").id,
                "worker_id": rumiyati_husband.id,
                "placement_id": rumiyati_placement.id,
                "category": "unpaid_wages",
                "priority": "1",
                "stage_id": stage["verified"].id,
                "date_deadline": today + timedelta(days=10),
                "statement": (
                    f"Suami saya, {rumiyati_husband.name}, bekerja di "
                    f"{rumiyati_placement.employer} sejak "
                    f"{month_year(rumiyati_placement.contract_start)}. Sudah tiga "
                    "bulan gajinya belum dibayar; kata mandornya harga sawit sedang "
                    "turun. Kami di rumah belum bisa membayar sekolah anak."
                ),
            }, "Kontrak kerja dan slip gaji terakhir sudah dicek bersama Bu "
               "Rumiyati. Akan diteruskan ke agen penempatan."),
            ("demo_complaint_abuse", 12, {
                "complainant_id": ref("demo_partner_ponisem").id,
                "worker_id": ponisem_daughter.id,
                "placement_id": ponisem_placement.id,
                "category": "abuse",
                "priority": "2",
                "stage_id": stage["in_progress"].id,
                "forwarded_to": "bp2mi",
                "date_deadline": today + timedelta(days=7),
                "statement": (
                    f"Anak saya, {ponisem_daughter.name}, bekerja sebagai pekerja "
                    f"rumah tangga pada {ponisem_placement.employer}. Lewat telepon "
                    "dia bercerita bahwa majikannya sering membentak, tidak memberi "
                    "hari libur sejak dua bulan, dan paspornya ditahan. Dia takut "
                    "dan ingin pindah majikan."
                ),
            }, "Agen di Hong Kong sudah menghubungi anak Bu Ponisem; dia dipindahkan "
               "sementara ke shelter sambil menunggu majikan baru."),
            ("demo_complaint_broker_fraud", 20, {
                "complainant_id": ref("demo_son_of_alfiah").id,
                "worker_id": alfiah_husband.id,
                "placement_id": alfiah_placement.id,
                "category": "broker_fraud",
                "priority": "1",
                "stage_id": stage["forwarded"].id,
                "forwarded_to": "disnaker",
                "statement": (
                    f"Bapak saya, {alfiah_husband.name}, berangkat ke Malaysia lewat "
                    "calo. Calo itu meminta biaya Rp 15.000.000 dan menjanjikan visa "
                    "kerja, tetapi Bapak hanya diberi visa kunjungan. Sekarang Bapak "
                    "bekerja di proyek bangunan tanpa izin kerja dan takut ditangkap."
                ),
            }, "Identitas calo sudah dicatat dan dilaporkan ke Disnaker Wonosobo."),
            ("demo_complaint_accident", 45, {
                "complainant_id": ref("demo_partner_saryanti").id,
                "worker_id": saryanti_husband.id,
                "placement_id": saryanti_placement.id,
                "category": "sickness_death",
                "stage_id": stage["resolved"].id,
                "forwarded_to": "bp2mi",
                "statement": (
                    f"Suami saya, {saryanti_husband.name}, mengalami kecelakaan kerja "
                    f"di {saryanti_placement.employer}: tangannya terjepit mesin dan "
                    "dirawat di rumah sakit. Kami ingin tahu apakah biaya rumah sakit "
                    "dan asuransinya sudah diurus oleh agen."
                ),
            }, "Klaim asuransi sudah dibayar dan Pak "
               f"{saryanti_husband.name.split()[0]} sudah kembali bekerja. Kasus "
               "selesai."),
            ("demo_complaint_overtime", 0, {
                "complainant_id": ref("demo_partner_kidah").id,
                "worker_id": kidah_husband.id,
                "placement_id": kidah_placement.id,
                "category": "unpaid_wages",
                "stage_id": stage["new"].id,
                "statement": (
                    f"Suami saya, {kidah_husband.name}, bekerja di "
                    f"{kidah_placement.employer}. Upah lemburnya dua bulan terakhir "
                    "tidak dibayar penuh."
                ),
            }, None),
        ]  # fmt: skip
        Complaint = env["desmigratif.complaint"]
        named = {}
        for xmlid, days_ago, vals, follow_up in complaints:
            follow = {
                key: vals.pop(key)
                for key in ("stage_id", "forwarded_to")
                if key in vals
            }
            complaint = Complaint.create(vals)
            named[xmlid] = complaint
            if not days_ago:
                continue  # still being written down with the family
            complaint.action_submit()
            filed = datetime.combine(today - timedelta(days=days_ago), time(3, 30))
            complaint._workflow_write({"date_complaint": filed})
            complaint.write(follow)
            if follow_up:
                complaint.message_post(
                    body=follow_up, message_type="comment", subtype_xmlid="mail.mt_note"
                )
        self._name_records(named)

    @api.model
    def _generate_guest_book(self):
        """A month of visits to the information centre, on working days.

        Residents come for every service; people of other villages only for the
        migration information, after showing their identity card.
        """
        if self._exists("demo_guest_visit_01"):
            return
        env = self._officer_env()
        rng = random.Random(20171201)
        today = fields.Date.context_today(self)
        company = env.ref("base.main_company")
        residents = env["res.partner"].search(
            [("company_id", "=", company.id), ("is_resident", "=", True),
             ("birthdate", "<=", "2006-12-31")],
            order="id",
        )  # fmt: skip
        days = [
            today - timedelta(days=offset)
            for offset in range(30, 0, -1)
            if (today - timedelta(days=offset)).weekday() < 5
        ]
        visits = []
        for index in range(24):
            day = days[index * len(days) // 24]
            # Office hours, 08:00 to 14:00 in Wonosobo (UTC+7).
            hour, minute = 1 + rng.randrange(6), rng.randrange(60)
            moment = datetime.combine(day, time(hour, minute))
            outsider = index % 4 == 3
            if outsider:
                purpose = rng.choice(["safe_migration", "vacancy"])
                born = random_date(rng, 1985, 2004)
                gender_day = born.day + rng.choice([0, 40])
                visits.append(
                    {
                        "visitor_name": random_name(
                            rng, "female" if gender_day > 40 else "male"
                        ),
                        "origin": rng.choice(OUTSIDE_VILLAGES),
                        "id_number": f"330710{gender_day:02d}{born:%m%y}"
                        f"{rng.randrange(1, 9999):04d}",
                    }
                )
            else:
                purpose = weighted_choice(
                    rng, [("safe_migration", 3), ("vacancy", 3), ("ak1", 3),
                          ("complaint", 1), ("other", 2)])[0]  # fmt: skip
                visitor = rng.choice(residents)
                visits.append({"visitor_id": visitor.id, "id_number": visitor.nik})
            visits[-1].update(
                purpose=purpose,
                id_type="ktp",
                note=rng.choice(VISIT_NOTES[purpose]),
                visit_time=moment,
                company_id=company.id,
            )
        records = env["desmigratif.guest.visit"].create(visits)
        self._name_records(
            {f"demo_guest_visit_{index:02d}": visit
             for index, visit in enumerate(records, start=1)}
        )  # fmt: skip
