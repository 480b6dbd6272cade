{
    "name": "Desmigratif: Cross-Module Tests",
    "summary": "Tests that exercise the four Desmigratif add-ons together",
    "version": "18.0.1.0.0",
    "category": "Hidden/Tests",
    "author": "Desmigratif Kuripan developers",
    "website": "https://github.com/desmigratif/desmigratif-odoo",
    "license": "LGPL-3",
    "depends": [
        "desmigratif_base",
        "desmigratif_coop",
        "desmigratif_production",
        "desmigratif_parenting",
        "desmigratif_production_coop",
    ],
    "data": [],
    "installable": True,
}
