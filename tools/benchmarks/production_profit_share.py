"""Benchmark: compute a group's profit share over 10,000 sold lines.

Run in an Odoo shell of a database where desmigratif_production is installed:

    python3 -m odoo shell -d DB --addons-path=addons,tests,/opt/odoo18/addons \
        < tools/benchmarks/production_profit_share.py

It creates a group, a product, one production run and 10,000 revenue journal items on
the group's analytic account (in 10 entries of 1,000 lines, like the closing entries
of 10 point-of-sale sessions closed by product), computes the share at 100 lines
(twice: first computation, then recomputation), 1,000 and 10,000 lines, prints
queries and seconds, then rolls everything back.
"""

import time

from odoo import Command, fields

# the first computation creates the members' lines, the next ones replace them
SIZES = (100, 100, 1000, 10000)
BATCH = 1000


def main(env):
    company = env.company
    members = env["res.partner"].create(
        [
            {"name": f"Bench member {i}", "is_resident": True, "company_id": company.id}
            for i in range(5)
        ]
    )
    group = env["desmigratif.group"].create(
        {
            "name": "Benchmark group",
            "kind": "production",
            "profit_share_rule": "runs",
            "profit_share_min_runs": 1,
            "member_ids": [
                Command.create({"partner_id": p.id, "date_join": "2020-01-01"})
                for p in members
            ],
        }
    )
    component = env["product.product"].create(
        {"name": "Bench component", "is_storable": True, "standard_price": 1.0}
    )
    product = env["product.product"].create(
        {"name": "Bench product", "is_storable": True, "desmigratif_group_id": group.id}
    )
    bom = env["mrp.bom"].create(
        {
            "product_tmpl_id": product.product_tmpl_id.id,
            "product_qty": 1,
            "bom_line_ids": [
                Command.create({"product_id": component.id, "product_qty": 1})
            ],
        }
    )
    warehouse = env["stock.warehouse"].search(
        [("company_id", "=", company.id)], limit=1
    )
    env["stock.quant"]._update_available_quantity(component, warehouse.lot_stock_id, 10)
    production = env["mrp.production"].create(
        {"product_id": product.id, "bom_id": bom.id, "product_qty": 10}
    )
    production.desmigratif_participant_ids = members
    production.action_confirm()
    production.qty_producing = 10
    production.move_raw_ids.picked = True
    production.button_mark_done()

    income = product.product_tmpl_id._get_product_accounts()["income"]
    journal = env["account.journal"].search(
        [("type", "=", "general"), ("company_id", "=", company.id)], limit=1
    )
    receivable = company.account_default_pos_receivable_account_id
    distribution = group._desmigratif_analytic_distribution()

    def post_lines(count):
        for start in range(0, count, BATCH):
            size = min(BATCH, count - start)
            move = env["account.move"].create(
                {
                    "journal_id": journal.id,
                    "date": fields.Date.today(),
                    "line_ids": [
                        Command.create(
                            {
                                "name": "Sale",
                                "account_id": income.id,
                                "product_id": product.id,
                                "balance": -1.0,
                                "analytic_distribution": distribution,
                            }
                        )
                        for __ in range(size)
                    ]
                    + [
                        Command.create(
                            {
                                "name": "Cash",
                                "account_id": receivable.id,
                                "balance": size,
                            }
                        )
                    ],
                }
            )
            move.action_post()

    share = env["desmigratif.profit.share"].create({"group_id": group.id})
    posted = 0
    for size in SIZES:
        post_lines(size - posted)
        posted = size
        env.flush_all()
        env.invalidate_all()
        queries = env.cr.sql_log_count
        started = time.perf_counter()
        share.action_compute()
        env.flush_all()
        elapsed = time.perf_counter() - started
        print(
            f"profit share over {size:>6} sold lines: "
            f"{env.cr.sql_log_count - queries} queries, {elapsed:.3f} s, "
            f"revenue {share.revenue}, profit {share.profit}, "
            f"{len(share.line_ids)} members"
        )


try:
    main(env)  # noqa: F821 (the Odoo shell provides env)
finally:
    env.cr.rollback()  # noqa: F821
