{
    "name": "Desmigratif: Kuripan Demo Village",
    "summary": "Desa Kuripan, Wonosobo, as in the paper: its dusun, residents, migrant "
    "workers, production groups, cooperative and education house, on a database "
    "without Odoo's sample data",
    "version": "18.0.1.0.0",
    "category": "Services/Desmigratif",
    "author": "Desmigratif Kuripan developers",
    "website": "https://github.com/desmigratif/desmigratif-odoo",
    "license": "LGPL-3",
    "depends": [
        "desmigratif_coop",
        "desmigratif_production",
        "desmigratif_parenting",
    ],
    # Data, not demo: the village is loaded on a database created without Odoo's
    # own sample data (companies, shops, users of other apps). Every file is
    # noupdate and every generator checks what exists, so upgrading or
    # re-installing this module never duplicates the village.
    "data": [
        "data/village_setup_kuripan.xml",
        "data/kuripan_village.xml",
        "data/kuripan_registry.xml",
        "data/kuripan_coop.xml",
        "data/kuripan_production.xml",
        "data/kuripan_parenting.xml",
        "data/village_signatories_kuripan.xml",
    ],
    "installable": True,
}
