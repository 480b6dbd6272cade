"""Plain-Python rules (no Odoo import): the models call them, fast tests and the
mutation run (tools/mutation.sh) exercise them without a database."""
