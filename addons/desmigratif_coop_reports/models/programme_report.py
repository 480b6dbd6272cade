from odoo import fields, models
from odoo.tools import SQL

INDICATORS = [
    ("placement", "Migrant workers placed"),
    ("ak1_issued", "AK-1 cards issued"),
    ("complaint_received", "Complaints received"),
    ("complaint_resolved", "Complaints resolved"),
    ("participant", "Participants enrolled"),
    ("group_revenue", "Group revenue shared"),
    ("profit_share", "Profit shares paid"),
    ("loan_granted", "Loans granted"),
    ("savings_deposit", "Savings deposited"),
    ("child_enrolled", "Children enrolled"),
    ("attendance_present", "Attendances (present)"),
]
ROUTES = [
    ("procedural", "Procedural (Licensed Agency)"),
    ("independent", "Independent"),
    ("broker", "Through a Broker (Calo)"),
    ("unknown", "Unknown"),
]


class DesmigratifProgrammeReport(models.Model):
    """The four pillars of the programme, village by village: one row per
    village, month, indicator, country and route, so a regency or the ministry
    given several villages reads them side by side in a pivot or a graph.
    Only counts and sums: no person appears in it."""

    _name = "desmigratif.programme.report"
    _description = "Programme Figures across Villages"
    _auto = False
    _order = "date desc, company_id, indicator"
    _depends = {
        "desmigratif.placement": [
            "company_id",
            "date_departure",
            "country_id",
            "route",
            "state",
        ],
        "desmigratif.ak1.application": [
            "company_id",
            "date_printed",
            "country_id",
            "state",
        ],
        "desmigratif.complaint": [
            "company_id",
            "date_complaint",
            "country_id",
            "submitted",
            "is_closed",
        ],
        "desmigratif.participant": ["company_id", "date_start", "state"],
        "desmigratif.profit.share": ["company_id", "date_to", "revenue", "state"],
        "desmigratif.profit.share.line": ["share_id", "amount"],
        "desmigratif.loan": ["company_id", "date_start", "principal", "state"],
        "desmigratif.savings.transaction": [
            "company_id",
            "date",
            "amount",
            "kind",
            "state",
        ],
        "desmigratif.child": ["company_id", "date_enrolment"],
        "desmigratif.parenting.attendance": ["child_id", "date", "code"],
    }

    company_id = fields.Many2one("res.company", string="Village", readonly=True)
    regency_code = fields.Char(
        readonly=True, help="Regency code of the village (first 4 digits of a NIK)."
    )
    date = fields.Date(string="Month", readonly=True)
    indicator = fields.Selection(INDICATORS, readonly=True)
    country_id = fields.Many2one("res.country", readonly=True)
    route = fields.Selection(ROUTES, readonly=True)
    quantity = fields.Integer(string="Count", readonly=True, aggregator="sum")
    amount = fields.Float(
        readonly=True,
        aggregator="sum",
        digits=(16, 2),
        help="Money of the indicator, in the village's currency: principal lent, "
        "savings deposited, group revenue and profit shares.",
    )
    days_to_resolve = fields.Float(
        string="Days to Resolve",
        readonly=True,
        aggregator="avg",
        help="Resolved complaints: days from the complaint to its last stage change.",
    )

    def _select_sources(self):
        """One SELECT per indicator: (company, date, indicator, country, route,
        quantity, amount, days)."""
        return [
            SQL(
                """SELECT company_id, COALESCE(date_departure, create_date::date),
                    'placement', country_id, route, 1, 0.0, NULL::float
                  FROM desmigratif_placement WHERE state != 'cancelled'"""
            ),
            SQL(
                """SELECT company_id, date_printed, 'ak1_issued', country_id,
                    NULL, 1, 0.0, NULL::float
                  FROM desmigratif_ak1_application
                 WHERE state IN ('printed', 'stamped', 'done')"""
            ),
            SQL(
                """SELECT company_id, date_complaint::date, 'complaint_received',
                    country_id, NULL, 1, 0.0, NULL::float
                  FROM desmigratif_complaint WHERE submitted"""
            ),
            SQL(
                """SELECT c.company_id, COALESCE(last.date, c.write_date)::date,
                    'complaint_resolved', c.country_id, NULL, 1, 0.0,
                    EXTRACT(EPOCH FROM COALESCE(last.date, c.write_date)
                        - c.date_complaint) / 86400.0
                  FROM desmigratif_complaint c
             LEFT JOIN LATERAL (
                    SELECT MAX(m.date) AS date
                      FROM mail_message m
                      JOIN mail_tracking_value t ON t.mail_message_id = m.id
                      JOIN ir_model_fields f ON f.id = t.field_id
                     WHERE m.model = 'desmigratif.complaint' AND m.res_id = c.id
                       AND f.name = 'stage_id'
                  ) last ON TRUE
                 WHERE c.submitted AND c.is_closed"""
            ),
            SQL(
                """SELECT company_id, date_start, 'participant', NULL::int, NULL,
                    1, 0.0, NULL::float
                  FROM desmigratif_participant WHERE state != 'draft'"""
            ),
            SQL(
                """SELECT company_id, date_to, 'group_revenue', NULL::int, NULL,
                    1, revenue, NULL::float
                  FROM desmigratif_profit_share WHERE state = 'confirmed'"""
            ),
            SQL(
                """SELECT s.company_id, s.date_to, 'profit_share', NULL::int, NULL,
                    1, l.amount, NULL::float
                  FROM desmigratif_profit_share_line l
                  JOIN desmigratif_profit_share s ON s.id = l.share_id
                 WHERE s.state = 'confirmed'"""
            ),
            SQL(
                """SELECT company_id, date_start, 'loan_granted', NULL::int, NULL,
                    1, principal, NULL::float
                  FROM desmigratif_loan
                 WHERE state IN ('disbursed', 'paid', 'written_off')"""
            ),
            SQL(
                """SELECT company_id, date, 'savings_deposit', NULL::int, NULL,
                    1, amount, NULL::float
                  FROM desmigratif_savings_transaction
                 WHERE state = 'posted' AND kind = 'deposit'"""
            ),
            SQL(
                """SELECT company_id, date_enrolment, 'child_enrolled', NULL::int,
                    NULL, 1, 0.0, NULL::float
                  FROM desmigratif_child"""
            ),
            SQL(
                """SELECT c.company_id, a.date, 'attendance_present', NULL::int,
                    NULL, 1, 0.0, NULL::float
                  FROM desmigratif_parenting_attendance a
                  JOIN desmigratif_child c ON c.id = a.child_id
                 WHERE a.code = 'H'"""
            ),
        ]

    @property
    def _table_query(self):
        sources = SQL(" UNION ALL ").join(self._select_sources())
        return SQL(
            """
            SELECT ROW_NUMBER() OVER () AS id, src.company_id,
                   company.desmigratif_regency_code AS regency_code,
                   date_trunc('month', src.date)::date AS date, src.indicator,
                   src.country_id, src.route,
                   SUM(src.quantity)::int AS quantity, SUM(src.amount) AS amount,
                   AVG(src.days) AS days_to_resolve
              FROM (%s) AS src (company_id, date, indicator, country_id, route,
                               quantity, amount, days)
              JOIN res_company company ON company.id = src.company_id
          GROUP BY src.company_id, company.desmigratif_regency_code,
                   date_trunc('month', src.date), src.indicator, src.country_id,
                   src.route
            """,
            sources,
        )
