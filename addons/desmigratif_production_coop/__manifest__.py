{
    "name": "Desmigratif: Profit Shares into Voluntary Savings",
    "summary": "Credit a production group's profit share to the members' simpanan "
    "sukarela in the cooperative",
    "version": "18.0.1.1.0",
    "category": "Services/Desmigratif",
    "author": "Desmigratif Kuripan developers",
    "website": "https://github.com/desmigratif/desmigratif-odoo",
    "license": "LGPL-3",
    "depends": ["desmigratif_production", "desmigratif_coop"],
    "data": ["views/profit_share_views.xml"],
    "auto_install": True,
    "installable": True,
}
