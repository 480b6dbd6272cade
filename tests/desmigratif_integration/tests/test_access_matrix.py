"""The access matrix of issue 9: which role gets which personal or money data,
through each route a client can call, not only the web form.

Each table below is literal: for one route, model -> field -> the roles that may
get the field's value. Every other role must not. Each (route, field, role) cell
is its own subTest, so a failure names exactly the cell that leaks, or the role
locked out of data it should see.

"Gets the value" means the value itself comes back: in the read result, as a
search hit, as a group key or a sum, in the exported rows, in the attachment's
bytes or in the rendered report. An access error, an empty result or a response
without the value all count as denied, so the test does not impose one way of
protecting (field groups, record rules, a report's own check).
"""

import base64
import html
import json
import re
from datetime import date

from odoo import http
from odoo.exceptions import UserError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

ROLES = (
    "user",  # Desmigratif User: reads the programme, without identity data
    "officer",  # Desmigratif Officer
    "manager",  # Desmigratif Manager
    "bookkeeper",  # Cooperative Bookkeeper (implies Officer)
    "cashier",  # internal user with the Point of Sale User right only
    "volunteer",  # Parenting Volunteer only
    "employee",  # plain internal user
    "portal",
    "officer_b",  # Officer of the second village
)

# ORM `read` (the web client's web_read, any JSON-RPC client), `export_data`
# and POST /web/export/csv of the same field.
READ = {
    "res.partner": {
        "nik": {"officer", "bookkeeper", "manager"},
        # e-Faktur's name for the same number (desmigratif_l10n_id_efaktur)
        "l10n_id_nik": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.household": {
        "kk_number": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.placement": {
        "passport_number": {"officer", "bookkeeper", "manager"},
        "id_pmi": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.ak1.application": {
        "applicant_nik": {"officer", "bookkeeper", "manager"},
        "doc_ktp": {"officer", "bookkeeper", "manager"},
        "doc_kk": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.complaint": {
        "statement": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.savings.account": {
        "balance": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.savings.transaction": {
        "amount": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.loan": {
        "principal": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.loan.line": {
        "amount": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.child": {
        "placement_country_id": {"user", "officer", "bookkeeper", "manager"},
        "placement_state": {"user", "officer", "bookkeeper", "manager"},
        "birthdate": {"volunteer", "user", "officer", "bookkeeper", "manager"},
        "guardian_mobile": {"volunteer", "user", "officer", "bookkeeper", "manager"},
    },
}
EXPORT = READ

# ORM `search` with a domain on the field: finding the record by the value
# tells the value.
SEARCH = {
    "res.partner": {
        "nik": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.household": {
        "kk_number": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.placement": {
        "passport_number": {"officer", "bookkeeper", "manager"},
        "id_pmi": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.ak1.application": {
        "applicant_nik": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.complaint": {
        "statement": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.savings.transaction": {
        "amount": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.loan": {
        "principal": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.loan.line": {
        "amount": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.child": {
        "placement_country_id": {"user", "officer", "bookkeeper", "manager"},
        "placement_state": {"user", "officer", "bookkeeper", "manager"},
        "birthdate": {"volunteer", "user", "officer", "bookkeeper", "manager"},
        "guardian_mobile": {"volunteer", "user", "officer", "bookkeeper", "manager"},
    },
}

# ORM `read_group` grouped by the field (identity data) or summing it (money);
# stored fields only, the others cannot be grouped.
READ_GROUP = {
    "res.partner": {
        "nik": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.household": {
        "kk_number": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.placement": {
        "passport_number": {"officer", "bookkeeper", "manager"},
        "id_pmi": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.complaint": {
        "statement": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.savings.transaction": {
        "amount": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.loan": {
        "principal": {"officer", "bookkeeper", "manager"},
    },
    "desmigratif.loan.line": {
        "amount": {"officer", "bookkeeper", "manager"},
    },
}
SUMMED = {"amount", "principal"}

# The AK-1 scans as ir.attachment: `read` of `datas` by id, GET /web/content/<id>.
ATTACHMENT = {
    "desmigratif.ak1.application": {
        "doc_ktp": {"officer", "bookkeeper", "manager"},
        "doc_kk": {"officer", "bookkeeper", "manager"},
    },
}

# GET /report/html/<report>/<id> and /report/pdf/<report>/<id>.
REPORT = {
    "desmigratif_base.report_ak1_card": {"officer", "bookkeeper", "manager"},
    "desmigratif_coop.report_savings_passbook": {"officer", "bookkeeper", "manager"},
    "desmigratif_coop.report_loan_agreement": {"officer", "bookkeeper", "manager"},
}

# `name_search` by the value. Finding a person by NIK is no feature of the
# product: nobody finds one that way.
NAME_SEARCH = {
    "res.partner": {
        "nik": set(),
    },
}

# Who sees the record at all (access rights and record rules): never the second
# village's officer.
VISIBLE = {
    "res.partner": {
        "user", "officer", "bookkeeper", "manager", "cashier", "volunteer", "employee"
    },
    "desmigratif.household": {"user", "officer", "bookkeeper", "manager"},
    "desmigratif.placement": {"user", "officer", "bookkeeper", "manager"},
    "desmigratif.ak1.application": {"user", "officer", "bookkeeper", "manager"},
    "desmigratif.complaint": {"officer", "bookkeeper", "manager"},
    "desmigratif.savings.account": {"user", "officer", "bookkeeper", "manager"},
    "desmigratif.loan": {"user", "officer", "bookkeeper", "manager"},
    "desmigratif.child": {"volunteer", "user", "officer", "bookkeeper", "manager"},
}  # fmt: skip

# Every internal user has Odoo's default export right, as users created from
# the default user template do.
EXPORT_RIGHT = "base.group_allow_export"
GROUPS = {
    "user": f"desmigratif_base.group_desmigratif_user,{EXPORT_RIGHT}",
    "officer": f"desmigratif_base.group_desmigratif_officer,{EXPORT_RIGHT}",
    "manager": f"desmigratif_base.group_desmigratif_manager,{EXPORT_RIGHT}",
    "bookkeeper": f"desmigratif_coop.group_desmigratif_coop_bookkeeper,{EXPORT_RIGHT}",
    "cashier": f"base.group_user,point_of_sale.group_pos_user,{EXPORT_RIGHT}",
    "volunteer": f"desmigratif_parenting.group_parenting_volunteer,{EXPORT_RIGHT}",
    "employee": f"base.group_user,{EXPORT_RIGHT}",
    "portal": "base.group_portal",
    "officer_b": f"desmigratif_base.group_desmigratif_officer,{EXPORT_RIGHT}",
}

NIK_SITI = "3307995505900271"  # a woman born on 15 May 1990
NIK_BUDI = "3307990303880314"  # a man born on 3 March 1988
KK_NUMBER = "3307992010170042"
PASSPORT = "C7351842"
ID_PMI = "PMI-0771933"
STATEMENT_MARK = "MATRIKS-4711"
DEPOSIT = 2_718_281
PRINCIPAL = 3_141_000
CHILD_BIRTHDATE = date(2016, 3, 9)
GUARDIAN_MOBILE = "+62 812 7777 3141"
SCAN_KTP = b"KTP scan of Budi Matriks, NIK 3307990303880314"
SCAN_KK = b"KK scan, family card 3307992010170042"


def amount_pattern(amount):
    """2718281 as 2.718.281, 2,718,281, 2718281.0 or 2 718 281."""
    return r"\D?".join(f"{int(amount):,}".split(","))


def cells(table):
    for model, fields in table.items():
        for field, allowed in fields.items():
            yield model, field, allowed


def _read(env, model, record, field):
    return env[model].browse(record.id).read([field])[0][field]


def _search(env, model, domain):
    return env[model].search(domain).ids


def _read_group(env, model, record, aggregates, groupby):
    return env[model].read_group(
        [("id", "=", record.id)], aggregates, groupby, lazy=False
    )


def _export(env, model, record, field):
    rows = env[model].browse(record.id).export_data([field])["datas"]
    return "\n".join(",".join(str(cell) for cell in row) for row in rows)


def _name_search(env, model, value):
    return [row[0] for row in env[model].name_search(value)]


@tagged("post_install", "-at_install")
class TestAccessMatrix(HttpCase):
    """One user per role and an officer of a second village, against every
    sensitive field of village A, over every route a client can call."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        village = cls.env.ref("base.main_company")
        other = cls.env["res.company"].create({"name": "Desa Uji Lain"})
        cls.users = {}
        for role, groups in GROUPS.items():
            company = other if role == "officer_b" else village
            cls.users[role] = new_test_user(
                cls.env,
                login=f"matrix_{role}",
                groups=groups,
                lang="en_US",
                company_id=company.id,
                company_ids=[company.id],
            )
        # The fixture is not the subject: it may run the workflow steps directly.
        with cls.env["desmigratif.workflow.mixin"]._workflow_step():
            cls._create_village_data(cls.env(context={"tracking_disable": True}))

    @classmethod
    def _create_village_data(cls, env):
        village = env.ref("base.main_company")
        common = {"is_resident": True, "company_id": village.id, "lang": "en_US"}
        siti, budi, ani = env["res.partner"].create(
            [
                {
                    **common,
                    "name": "Siti Matriks",
                    "nik": NIK_SITI,
                    "birthdate": date(1990, 5, 15),
                    "gender": "female",
                },
                {
                    **common,
                    "name": "Budi Matriks",
                    "nik": NIK_BUDI,
                    "birthdate": date(1988, 3, 3),
                    "gender": "male",
                    "mobile": GUARDIAN_MOBILE,
                },
                {
                    **common,
                    "name": "Ani Matriks",
                    "birthdate": CHILD_BIRTHDATE,
                    "gender": "female",
                },
            ]
        )
        household = env["desmigratif.household"].create(
            {"kk_number": KK_NUMBER, "company_id": village.id}
        )
        for person, relation in ((siti, "head"), (budi, "spouse"), (ani, "child")):
            person.write({"household_id": household.id, "household_relation": relation})
        household.head_id = siti
        taiwan = env.ref("base.tw")
        placement = env["desmigratif.placement"].create(
            {
                "worker_id": siti.id,
                "country_id": taiwan.id,
                "passport_number": PASSPORT,
                "id_pmi": ID_PMI,
                "company_id": village.id,
            }
        )
        placement.action_depart()
        placement.action_arrive()
        application = env["desmigratif.ak1.application"].create(
            {
                "applicant_id": budi.id,
                "doc_ktp": base64.b64encode(SCAN_KTP),
                "doc_ktp_filename": "ktp.txt",
                "doc_kk": base64.b64encode(SCAN_KK),
                "doc_kk_filename": "kk.txt",
                "company_id": village.id,
            }
        )
        # The card is printed once the documents are complete: a second
        # application of Budi's, complete, is the card the reports print.
        village.desmigratif_regency_code = village.desmigratif_regency_code or "3307"
        card_application = env["desmigratif.ak1.application"].create(
            {
                "applicant_id": budi.id,
                "company_id": village.id,
                **{
                    f"doc_{doc}": base64.b64encode(SCAN_KTP)
                    for doc in ("ktp", "kk", "photo", "diploma")
                },
                **{
                    f"doc_{doc}_checked": True
                    for doc in ("ktp", "kk", "photo", "diploma")
                },
            }
        )
        card_application.action_confirm_documents()
        # Only the families of active participants may file a complaint.
        active = env["desmigratif.participant"].search_count(
            [("company_id", "=", village.id), ("state", "=", "active")]
        )
        village.desmigratif_participant_quota = max(
            village.desmigratif_participant_quota, active + 1
        )
        env["desmigratif.participant"].create(
            {"partner_id": budi.id, "category": "family", "company_id": village.id}
        ).action_enrol()
        complaint = env["desmigratif.complaint"].create(
            {
                "complainant_id": budi.id,
                "worker_id": siti.id,
                "placement_id": placement.id,
                "category": "unpaid_wages",
                "statement": "Gaji Siti di Kaohsiung belum dibayar sejak Maret "
                f"(kode uji {STATEMENT_MARK}).",
                "company_id": village.id,
            }
        )
        complaint.action_submit()
        bookkeeper = cls.users["bookkeeper"]
        savings = env["desmigratif.savings.account"].create(
            {"partner_id": budi.id, "product": "sukarela", "company_id": village.id}
        )
        deposit = env["desmigratif.savings.transaction"].create(
            {
                "savings_account_id": savings.id,
                "kind": "deposit",
                "amount": DEPOSIT,
                "company_id": village.id,
            }
        )
        deposit.with_user(bookkeeper).action_post()
        group = env["desmigratif.group"].create(
            {"name": "Kelompok Uji Matriks", "company_id": village.id}
        )
        loan = env["desmigratif.loan"].create(
            {
                "partner_id": budi.id,
                "funding_group_id": group.id,
                "principal": PRINCIPAL,
                "term_months": 3,
                "company_id": village.id,
            }
        )
        loan.with_user(bookkeeper).action_submit()
        line = loan.line_ids[:1]
        place = env["desmigratif.parenting.place"].create(
            {"name": "Rumah Edukasi Uji", "company_id": village.id}
        )
        child = env["desmigratif.child"].create(
            {
                "partner_id": ani.id,
                "guardian_id": budi.id,
                "migrant_parent_id": siti.id,
                "placement_id": placement.id,
                "place_id": place.id,
                "company_id": village.id,
            }
        )
        # (model, field) -> (record, the value to search for, a pattern of the
        # value as a read, an export or a report shows it)
        cls.targets = {
            ("res.partner", "nik"): (siti, NIK_SITI, NIK_SITI),
            ("res.partner", "l10n_id_nik"): (siti, NIK_SITI, NIK_SITI),
            ("desmigratif.household", "kk_number"): (household, KK_NUMBER, KK_NUMBER),
            ("desmigratif.placement", "passport_number"):
                (placement, PASSPORT, PASSPORT),
            ("desmigratif.placement", "id_pmi"): (placement, ID_PMI, ID_PMI),
            ("desmigratif.ak1.application", "applicant_nik"):
                (application, NIK_BUDI, NIK_BUDI),
            ("desmigratif.ak1.application", "doc_ktp"):
                (application, None, re.escape(base64.b64encode(SCAN_KTP).decode())),
            ("desmigratif.ak1.application", "doc_kk"):
                (application, None, re.escape(base64.b64encode(SCAN_KK).decode())),
            ("desmigratif.complaint", "statement"):
                (complaint, STATEMENT_MARK, STATEMENT_MARK),
            ("desmigratif.savings.account", "balance"):
                (savings, None, amount_pattern(DEPOSIT)),
            ("desmigratif.savings.transaction", "amount"):
                (deposit, DEPOSIT, amount_pattern(DEPOSIT)),
            ("desmigratif.loan", "principal"):
                (loan, PRINCIPAL, amount_pattern(PRINCIPAL)),
            ("desmigratif.loan.line", "amount"):
                (line, line.amount, amount_pattern(line.amount)),
            ("desmigratif.child", "placement_country_id"): (child, taiwan.id, "Taiwan"),
            ("desmigratif.child", "placement_state"): (child, "abroad", "(?i)abroad"),
            ("desmigratif.child", "birthdate"): (child, CHILD_BIRTHDATE, "2016-03-09"),
            ("desmigratif.child", "guardian_mobile"):
                (child, GUARDIAN_MOBILE, re.escape(GUARDIAN_MOBILE)),
        }  # fmt: skip
        cls.reports = {
            "desmigratif_base.report_ak1_card": (card_application, NIK_BUDI),
            "desmigratif_coop.report_savings_passbook": (
                savings,
                amount_pattern(DEPOSIT),
            ),
            "desmigratif_coop.report_loan_agreement": (
                loan,
                amount_pattern(PRINCIPAL),
            ),
        }
        cls.scans = {
            field: (
                env["ir.attachment"].search(
                    [
                        ("res_model", "=", application._name),
                        ("res_id", "=", application.id),
                        ("res_field", "=", field),
                    ]
                ),
                scan,
            )
            for field, scan in (("doc_ktp", SCAN_KTP), ("doc_kk", SCAN_KK))
        }
        cls.records = {
            "res.partner": siti,
            "desmigratif.household": household,
            "desmigratif.placement": placement,
            "desmigratif.ak1.application": application,
            "desmigratif.complaint": complaint,
            "desmigratif.savings.account": savings,
            "desmigratif.loan": loan,
            "desmigratif.child": child,
        }

    # Helpers ------------------------------------------------------------------

    def as_role(self, role):
        """The role's own environment, with an empty cache as a new request."""
        self.env.invalidate_all()
        return self.env(user=self.users[role], context={}, su=False)

    def probe(self, role, function, *args):
        """Call function(env, *args) as the role; return (result, refusal).

        A refusal is an AccessError, or a UserError of the product's own check;
        any other error is a bug and fails the cell."""
        env = self.as_role(role)
        try:
            with self.env.cr.savepoint():
                return function(env, *args), ""
        except UserError as error:
            return None, f"{type(error).__name__}: {error}"

    def assertCell(self, route, target, role, allowed, leaked, detail=""):
        expected = role in allowed
        self.assertEqual(
            leaked,
            expected,
            f"{route} {target} as {role}: "
            f"{'got the value' if leaked else 'denied'}, expected "
            f"{'allowed' if expected else 'denied'}. {detail}",
        )

    def http_detail(self, response):
        """The status, and the server's error message when there is one."""
        detail = f"HTTP {response.status_code}"
        payload = re.search(r"<p>(\{.*\})</p>", response.text, re.S)
        if response.status_code != 200 and payload:
            error = json.loads(html.unescape(payload.group(1))).get("data", {})
            detail += f" {error.get('name')}: {error.get('message')}"
        return detail

    def login_as(self, role):
        login = self.users[role].login
        self.authenticate(login, login)

    # ORM routes ---------------------------------------------------------------

    def test_orm_read(self):
        for model, field, allowed in cells(READ):
            record, __, pattern = self.targets[model, field]
            for role in ROLES:
                with self.subTest(route="read", target=f"{model}.{field}", role=role):
                    value, refusal = self.probe(role, _read, model, record, field)
                    leaked = not refusal and bool(re.search(pattern, str(value)))
                    self.assertCell(
                        "read", f"{model}.{field}", role, allowed, leaked, refusal
                    )

    def test_orm_search(self):
        for model, field, allowed in cells(SEARCH):
            record, value, __ = self.targets[model, field]
            domain = [(field, "ilike" if field == "statement" else "=", value)]
            for role in ROLES:
                with self.subTest(route="search", target=f"{model}.{field}", role=role):
                    found, refusal = self.probe(role, _search, model, domain)
                    leaked = not refusal and record.id in found
                    self.assertCell(
                        "search", f"{model}.{field}", role, allowed, leaked, refusal
                    )

    def test_orm_read_group(self):
        for model, field, allowed in cells(READ_GROUP):
            record, __, pattern = self.targets[model, field]
            if field in SUMMED:
                spec = ([f"{field}:sum"], ["company_id"])
            else:
                spec = (["__count"], [field])
            for role in ROLES:
                target = f"{model}.{field}"
                with self.subTest(route="read_group", target=target, role=role):
                    groups, refusal = self.probe(
                        role, _read_group, model, record, *spec
                    )
                    leaked = not refusal and any(
                        re.search(pattern, str(group.get(field))) for group in groups
                    )
                    self.assertCell(
                        "read_group", target, role, allowed, leaked, refusal
                    )

    def test_orm_export_data(self):
        for model, field, allowed in cells(EXPORT):
            record, __, pattern = self.targets[model, field]
            for role in ROLES:
                target = f"{model}.{field}"
                with self.subTest(route="export_data", target=target, role=role):
                    rows, refusal = self.probe(role, _export, model, record, field)
                    leaked = not refusal and bool(re.search(pattern, str(rows)))
                    self.assertCell(
                        "export_data", target, role, allowed, leaked, refusal
                    )

    def test_orm_attachment(self):
        for model, field, allowed in cells(ATTACHMENT):
            attachment, scan = self.scans[field]
            self.assertEqual(len(attachment), 1, "the scan is kept as an attachment")
            for role in ROLES:
                target = f"{model}.{field}"
                with self.subTest(route="ir.attachment", target=target, role=role):
                    datas, refusal = self.probe(
                        role, _read, "ir.attachment", attachment, "datas"
                    )
                    leaked = not refusal and base64.b64decode(datas or b"") == scan
                    self.assertCell(
                        "ir.attachment read", target, role, allowed, leaked, refusal
                    )

    def test_orm_name_search(self):
        for model, field, allowed in cells(NAME_SEARCH):
            record, value, __ = self.targets[model, field]
            for role in ROLES:
                target = f"{model}.{field}"
                with self.subTest(route="name_search", target=target, role=role):
                    found, refusal = self.probe(role, _name_search, model, value)
                    leaked = not refusal and record.id in found
                    self.assertCell(
                        "name_search", target, role, allowed, leaked, refusal
                    )

    def test_record_visibility(self):
        for model, allowed in VISIBLE.items():
            record = self.records[model]
            for role in ROLES:
                with self.subTest(route="search by id", target=model, role=role):
                    found, refusal = self.probe(
                        role, _search, model, [("id", "=", record.id)]
                    )
                    seen = not refusal and found == [record.id]
                    self.assertCell("search by id", model, role, allowed, seen, refusal)

    # HTTP routes --------------------------------------------------------------

    @mute_logger("odoo.http", "odoo.addons.web.controllers.export")
    def test_http_export_csv(self):
        """POST /web/export/csv with the `data` parameter the web client sends."""
        for role in ROLES:
            self.login_as(role)
            for model, field, allowed in cells(EXPORT):
                record, __, pattern = self.targets[model, field]
                target = f"{model}.{field}"
                with self.subTest(route="/web/export/csv", target=target, role=role):
                    data = {
                        "model": model,
                        "fields": [{"name": field, "label": field}],
                        "ids": [record.id],
                        "domain": [],
                        "groupby": [],
                        "context": {},
                        "import_compat": False,
                    }
                    response = self.url_open(
                        "/web/export/csv",
                        data={
                            "data": json.dumps(data),
                            "csrf_token": http.Request.csrf_token(self),
                        },
                    )
                    leaked = response.status_code == 200 and bool(
                        re.search(pattern, response.text)
                    )
                    self.assertCell(
                        "/web/export/csv", target, role, allowed, leaked,
                        self.http_detail(response),
                    )  # fmt: skip

    @mute_logger("odoo.http")
    def test_http_web_content(self):
        for role in ROLES:
            self.login_as(role)
            for model, field, allowed in cells(ATTACHMENT):
                attachment, scan = self.scans[field]
                target = f"{model}.{field}"
                with self.subTest(route="/web/content", target=target, role=role):
                    response = self.url_open(f"/web/content/{attachment.id}")
                    leaked = response.status_code == 200 and scan in response.content
                    self.assertCell(
                        "/web/content", target, role, allowed, leaked,
                        self.http_detail(response),
                    )  # fmt: skip

    @mute_logger("odoo.http", "odoo.addons.base.models.ir_actions_report")
    def test_http_report_html(self):
        self._check_reports("html")

    @mute_logger("odoo.http", "odoo.addons.base.models.ir_actions_report")
    def test_http_report_pdf(self):
        """The PDF route, its access path included; under --test-enable Odoo
        returns the report's HTML instead of calling wkhtmltopdf, which could
        not fetch its assets from the test server while this request holds it."""
        self._check_reports("pdf")

    def _check_reports(self, converter):
        route = f"/report/{converter}"
        for role in ROLES:
            self.login_as(role)
            for report_name, allowed in REPORT.items():
                record, pattern = self.reports[report_name]
                with self.subTest(route=route, target=report_name, role=role):
                    response = self.url_open(f"{route}/{report_name}/{record.id}")
                    leaked = response.status_code == 200 and bool(
                        re.search(pattern, response.text)
                    )
                    self.assertCell(
                        route, report_name, role, allowed, leaked,
                        self.http_detail(response),
                    )  # fmt: skip
