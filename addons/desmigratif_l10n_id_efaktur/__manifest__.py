{
    "name": "Desmigratif: One NIK for the Registry and e-Faktur",
    "summary": "e-Faktur reads the NIK of the village registry: one number, "
    "restricted to the village officers",
    "version": "18.0.1.0.0",
    "category": "Services/Desmigratif",
    "author": "Desmigratif Kuripan developers",
    "website": "https://github.com/desmigratif/desmigratif-odoo",
    "license": "LGPL-3",
    "depends": ["desmigratif_base", "l10n_id_efaktur"],
    "data": ["views/res_partner_views.xml"],
    "post_init_hook": "post_init_hook",
    "auto_install": True,
    "installable": True,
}
