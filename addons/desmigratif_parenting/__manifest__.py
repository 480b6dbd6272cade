{
    "name": "Desmigratif: Education House (Community Parenting)",
    "summary": "Children of migrant workers at the education house and its PAUD/TPQ "
    "posts: sessions from weekly timetables, attendance sheets, monthly recap, "
    "home visits",
    "version": "18.0.1.0.1",
    "category": "Services/Desmigratif",
    "author": "Desmigratif Kuripan developers",
    "website": "https://github.com/desmigratif/desmigratif-odoo",
    "license": "LGPL-3",
    "depends": ["desmigratif_base"],
    "data": [
        "security/parenting_security.xml",
        "security/ir.model.access.csv",
        "security/parenting_rules.xml",
        "data/parenting_activity_data.xml",
        "report/parenting_recap_reports.xml",
        "report/parenting_recap_templates.xml",
        "data/mail_template_data.xml",
        "wizards/parenting_session_generate_views.xml",
        "wizards/parenting_recap_views.xml",
        "views/child_views.xml",
        "views/res_partner_views.xml",
        "views/parenting_place_views.xml",
        "views/parenting_session_views.xml",
        "views/parenting_attendance_views.xml",
        "views/parenting_holiday_views.xml",
        "views/parenting_activity_views.xml",
        "views/res_config_settings_views.xml",
        "views/menus.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "desmigratif_parenting/static/src/scss/parenting_sheet.scss",
        ],
        "web.assets_tests": [
            "desmigratif_parenting/static/tests/tours/**/*",
        ],
    },
    "installable": True,
}
