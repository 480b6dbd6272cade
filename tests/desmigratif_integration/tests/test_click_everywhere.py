from odoo.tests import HttpCase, new_test_user, tagged

CLICKBOT = (
    "odoo.loader.modules.get('@web/webclient/clickbot/clickbot_loader')"
    ".startClickEverywhere('desmigratif_base.menu_desmigratif_root');"
)


@tagged("post_install", "-at_install")
class TestClickEverywhere(HttpCase):
    """Open every menu, view and filter of the Desmigratif app in Chromium."""

    allow_end_on_form = True

    def click_everywhere(self, login):
        self.browser_js(
            "/odoo",
            CLICKBOT,
            "odoo.isReady === true",
            login=login,
            timeout=900,
            success_signal="clickbot test succeeded",
        )

    def test_as_administrator(self):
        self.env.ref("base.user_admin").tour_enabled = False
        self.click_everywhere("admin")

    def test_as_officer(self):
        officer = new_test_user(
            self.env,
            login="click_officer",
            groups="desmigratif_base.group_desmigratif_officer",
            company_id=self.env.ref("base.main_company").id,
        )
        officer.tour_enabled = False
        self.click_everywhere(officer.login)
