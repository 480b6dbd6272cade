import psycopg2

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError

from ..tools.identity import nik_is_from_regency

OFFICER = "desmigratif_base.group_desmigratif_officer"
DOCUMENTS = ("ktp", "kk", "photo", "diploma")
# What the officer confirmed: it changes only while the application is a draft.
DRAFT_FIELDS = (
    "applicant_id",
    "applicant_nik",
    "company_id",
    *(f"doc_{doc}{suffix}" for doc in DOCUMENTS
      for suffix in ("", "_filename", "_checked")),
)  # fmt: skip


class DesmigratifAk1Application(models.Model):
    _name = "desmigratif.ak1.application"
    _description = "AK-1 Job Seeker Card Application"
    _reference_date_field = "date_application"
    _inherit = [
        "desmigratif.reference.mixin",
        "desmigratif.workflow.mixin",
        "mail.thread",
        "mail.activity.mixin",
    ]
    _order = "date_application desc, id desc"
    _check_company_auto = True
    # Set by the steps only: a card number comes from printing, never a client.
    _workflow_fields = ("state", "card_number", "date_printed", "date_stamped")
    # A printed card, and a rejection, stay as they were issued.
    _workflow_locked_states = ("printed", "stamped", "done", "rejected")
    # The scans show identity documents: only officers open any file of an
    # application, the chatter's included.
    _desmigratif_attachment_groups = OFFICER

    name = fields.Char(
        string="Reference", required=True, copy=False, readonly=True, default="/"
    )
    applicant_id = fields.Many2one(
        "res.partner",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        help="A resident of this village, or a person of another village of the "
        "regency registered as a contact without a village.",
    )
    # Computed as the reading user, not as superuser: an officer of another
    # village gets the record rule's error, never the NIK.
    applicant_nik = fields.Char(
        related="applicant_id.nik",
        string="NIK",
        readonly=False,
        compute_sudo=False,
        groups=OFFICER,
    )
    date_application = fields.Date(
        string="Application Date", required=True, default=fields.Date.context_today
    )
    # Translatable: the card prints the job in the card's language, as the
    # officer wrote it in each language (the value falls back to English).
    job_preference = fields.Char(string="Desired Job", translate=True)
    country_id = fields.Many2one("res.country", string="Desired Country")
    doc_ktp = fields.Binary(
        string="KTP (Identity Card)", attachment=True, groups=OFFICER
    )
    doc_ktp_filename = fields.Char(string="KTP File Name")
    doc_ktp_checked = fields.Boolean(string="KTP Checked")
    doc_kk = fields.Binary(string="KK (Family Card)", attachment=True, groups=OFFICER)
    doc_kk_filename = fields.Char(string="KK File Name")
    doc_kk_checked = fields.Boolean(string="KK Checked")
    doc_photo = fields.Binary(string="Photo 3x4", attachment=True, groups=OFFICER)
    doc_photo_filename = fields.Char(string="Photo File Name")
    doc_photo_checked = fields.Boolean(string="Photo Checked")
    doc_diploma = fields.Binary(string="Last Diploma", attachment=True, groups=OFFICER)
    doc_diploma_filename = fields.Char(string="Diploma File Name")
    doc_diploma_checked = fields.Boolean(string="Diploma Checked")
    documents_complete = fields.Boolean(
        compute="_compute_documents_complete",
        help="All four documents are attached and checked by an officer.",
    )
    card_number = fields.Char(copy=False, readonly=True, tracking=True)
    date_printed = fields.Date(string="Printed On", readonly=True, copy=False)
    date_stamped = fields.Date(
        string="Stamped On", readonly=True, copy=False, tracking=True
    )
    state = fields.Selection(
        [
            ("draft", "Draft"),
            ("complete", "Documents Complete"),
            ("printed", "Card Printed"),
            ("stamped", "Stamped at Disnaker"),
            ("done", "Done"),
            ("rejected", "Rejected"),
        ],
        string="Status",
        default="draft",
        required=True,
        copy=False,
        tracking=True,
    )
    reject_reason = fields.Text(copy=False, tracking=True)
    officer_id = fields.Many2one("res.users", default=lambda self: self.env.user)
    company_id = fields.Many2one(
        "res.company",
        string="Village",
        required=True,
        default=lambda self: self.env.company,
        index=True,
    )

    @api.depends(*(f"doc_{doc}" for doc in DOCUMENTS),
                 *(f"doc_{doc}_checked" for doc in DOCUMENTS))  # fmt: skip
    def _compute_documents_complete(self):
        for application in self:
            application.documents_complete = all(
                application[f"doc_{doc}"] and application[f"doc_{doc}_checked"]
                for doc in DOCUMENTS
            )

    def write(self, vals):
        frozen = [fname for fname in DRAFT_FIELDS if fname in vals]
        if frozen and self.filtered(lambda a: a.state != "draft"):
            raise UserError(
                self.env._(
                    "%(fields)s: the documents and the applicant of an AK-1 "
                    "application change only while it is a draft; reject it and "
                    "reset it to draft first.",
                    fields=", ".join(
                        self._fields[fname]._description_string(self.env)
                        for fname in frozen
                    ),
                )
            )
        return super().write(vals)

    def action_confirm_documents(self):
        self._check_state(("draft",))
        for application in self:
            missing = [
                application._fields[f"doc_{doc}"].get_description(self.env)["string"]
                for doc in DOCUMENTS
                if not (application[f"doc_{doc}"] and application[f"doc_{doc}_checked"])
            ]
            if missing:
                raise UserError(
                    self.env._(
                        "%(ref)s: these documents are missing or not checked: "
                        "%(docs)s.",
                        ref=application.name,
                        docs=", ".join(missing),
                    )
                )
        self._workflow_write({"state": "complete"})

    def action_print_card(self):
        """Produce the card's PDF: producing it is what numbers the card."""
        self._check_state(("complete", "printed"))
        report = self.env.ref("desmigratif_base.action_report_ak1_card")
        report._render_qweb_pdf(report, self.ids)
        return report.report_action(self)

    def _mark_card_printed(self):
        """Number the cards whose PDF is being produced, once.

        Called by the card report when it renders a PDF (the print button and
        the Print menu alike), so that the number and the paper come together:
        if the PDF fails, the transaction rolls back and the card stays
        unprinted and unnumbered; a reprint keeps the number and the date.
        """
        states = dict(self._fields["state"]._description_selection(self.env))
        for application in self:
            if application.state not in ("complete", "printed", "stamped", "done"):
                raise UserError(
                    self.env._(
                        "%(ref)s: an AK-1 card is printed only once the documents "
                        "are complete, not while the application is %(state)s.",
                        ref=application.name,
                        state=states[application.state],
                    )
                )
        to_number = self.filtered(lambda a: a.state == "complete")
        if to_number and self.env.cr.readonly:
            # /report/pdf serves its GET in a read-only transaction first: have
            # Odoo serve it again in a read/write one before any query writes.
            raise psycopg2.errors.ReadOnlySqlTransaction(
                "numbering an AK-1 card needs a read/write transaction"
            )
        for application in to_number:
            application._check_regency()
            application._workflow_write(
                {
                    "state": "printed",
                    "date_printed": fields.Date.context_today(self),
                    "card_number": self.env["ir.sequence"].next_by_code(
                        "desmigratif.ak1.card"
                    ),
                }
            )

    def _check_regency(self):
        """AK-1 cards are issued only to people of the village's regency."""
        self.ensure_one()
        regency = self.company_id.desmigratif_regency_code
        nik = self.sudo().applicant_id.nik
        if not regency:
            raise UserError(
                self.env._(
                    "Set the Regency Code of %s in the Desmigratif settings first.",
                    self.company_id.name,
                )
            )
        if not nik_is_from_regency(nik, regency):
            raise UserError(
                self.env._(
                    "%(name)s's NIK is not from this regency (%(code)s): the AK-1 card "
                    "is issued by the manpower office (Disnaker) of the applicant's "
                    "own regency.",
                    name=self.applicant_id.name,
                    code=regency,
                )
            )

    def action_stamp(self):
        self._check_state(("printed",))
        self._workflow_write(
            {"state": "stamped", "date_stamped": fields.Date.context_today(self)}
        )

    def action_done(self):
        self._check_state(("stamped",))
        self._workflow_write({"state": "done"})

    def action_reject(self):
        self._check_state(("draft", "complete"))
        for application in self:
            if not application.reject_reason:
                raise UserError(
                    self.env._(
                        "%s: write the reason for the rejection first.",
                        application.name,
                    )
                )
        self._workflow_write({"state": "rejected"})

    def action_reset_to_draft(self):
        self._check_state(("rejected",))
        self._workflow_write({"state": "draft", "reject_reason": False})

    def action_print_checklist(self):
        return self.env.ref(
            "desmigratif_base.action_report_ak1_checklist"
        ).report_action(self)

    def _get_officer_report_values(self):
        """The values of the AK-1 reports, which show identity data.

        Called by each report's own model, so that every route (the print button,
        /report/html, /report/pdf) asks the same: an officer who may read the
        applications.
        """
        if not (self.env.su or self.env.user.has_group(OFFICER)):
            raise AccessError(
                self.env._(
                    "The AK-1 card and checklist show identity data: only "
                    "Desmigratif officers may print them."
                )
            )
        self.check_access("read")
        return {"doc_ids": self.ids, "doc_model": self._name, "docs": self}
