from datetime import date

from odoo.tests import freeze_time, tagged

from .common import DesmigratifCase


@freeze_time("2026-05-20 06:00:00")
@tagged("post_install", "-at_install")
class TestVacancyCron(DesmigratifCase):
    """The scheduled action itself, as the server runs it every day."""

    def notice(self, name, date_valid, publish=True):
        notice = self.env["desmigratif.vacancy"].create(
            {
                "name": name,
                "notice_type": "notice",
                "date_valid": date_valid,
                "company_id": self.village.id,
            }
        )
        if publish:
            notice.action_publish()
        return notice

    def test_cron_record(self):
        cron = self.env.ref("desmigratif_base.ir_cron_expire_vacancies")
        self.assertTrue(cron.active)
        self.assertEqual((cron.interval_number, cron.interval_type), (1, "days"))
        self.assertEqual(cron.model_id.model, "desmigratif.vacancy")
        self.assertEqual(cron.state, "code")

    def test_cron_expires_what_has_passed(self):
        """Published on 18 May; on 20 May the notice valid until 19 May expires,
        the ones valid until 20 May or with no date, and a draft, stay."""
        with freeze_time("2026-05-18 06:00:00"):
            stale = self.notice("Valid until 19 May", date(2026, 5, 19))
            today = self.notice("Valid until 20 May", date(2026, 5, 20))
            open_ended = self.notice("No end date", False)
        draft = self.notice("Draft", date(2026, 5, 1), publish=False)
        cron = self.env.ref("desmigratif_base.ir_cron_expire_vacancies")
        cron.method_direct_trigger()
        self.assertEqual(
            [stale.state, today.state, open_ended.state, draft.state],
            ["expired", "published", "published", "draft"],
        )
        # a second run the same day changes nothing
        cron.method_direct_trigger()
        self.assertEqual(
            [stale.state, today.state, open_ended.state, draft.state],
            ["expired", "published", "published", "draft"],
        )
