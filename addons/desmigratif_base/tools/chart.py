"""The add-ons' part of a village's chart of accounts, loaded as Odoo loads a chart.

Shared by the cooperative and the production add-ons, either of which may be
installed without the other; ``desmigratif_base`` does not depend on
``account``: the functions take the ``account.chart.template`` model.
"""

from copy import deepcopy


def chart_accounts(accounts, codes, xmlid):
    """Template data of accounts: ``accounts`` maps a company field to (account
    type, reconcile, English name, Indonesian name), ``codes`` to its code in
    one chart, and ``xmlid(field)`` names its template record."""
    return {
        xmlid(field): {
            "code": codes[field],
            "name": name,
            "name@id": name_id,
            "account_type": account_type,
            "reconcile": reconcile,
        }
        for field, (account_type, reconcile, name, name_id) in accounts.items()
    }


def load_chart_part(chart_template, company, data):
    """Load ``data``, a part of the company's chart, as Odoo reloads a chart:
    an account already carrying the code or a journal the code is reused,
    nothing existing is renamed, and only the company's empty settings are set
    (with the records they point to)."""
    template = chart_template.sudo().with_context(
        default_company_id=company.id,
        allowed_company_ids=[company.id],
        tracking_disable=True,
        lang="en_US",
        chart_template_load=True,
    )
    company = template.env["res.company"].browse(company.id)
    settings = data["res.company"][company.id]
    empty = {name: xmlid for name, xmlid in settings.items() if not company[name]}
    if not empty:
        return
    wanted = set(empty.values())
    data = {
        model: {xmlid: vals for xmlid, vals in records.items() if xmlid in wanted}
        for model, records in data.items()
        if model != "res.company" and not company.parent_id
    }
    data["res.company"] = {company.id: empty}
    template._pre_reload_data(company, {}, data)
    template._load_data(data)
    template._load_translations(companies=company, template_data=deepcopy(data))
