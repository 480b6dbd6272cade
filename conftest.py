"""Let plain ``python3 -m pytest <file>`` run the database-free tests.

pytest-odoo (requirements.txt) opens an Odoo registry for every session, which
needs ``--odoo-database``. Without it, this file sets the plugin aside and
makes the add-ons of this repository importable as ``odoo.addons.<name>`` (as
Odoo and pytest-odoo import them), so the tests of the rules in each add-on's
``tools/`` (``tests/test_*_rules.py``) run in seconds. With a database, nothing
changes: pytest-odoo runs every test as usual.
"""

import os
import threading
from pathlib import Path

import pytest
import pytest_odoo

import odoo.modules.registry

import odoo.addons

ODOO_OPTIONS = ("--odoo-database", "--odoo-config", "--odoo-dev")
ODOO_ENVIRONMENT = ("OPENERP_SERVER", "ODOO_RC")
STANDALONE = pytest.StashKey[bool]()


def _with_database(config):
    return any(
        config.getoption(option, default=None) for option in ODOO_OPTIONS
    ) or any(os.environ.get(name) for name in ODOO_ENVIRONMENT)


def pytest_configure(config):
    if _with_database(config):
        return
    config.stash[STANDALONE] = True
    plugin = config.pluginmanager.get_plugin("odoo")
    if plugin is None:
        return
    config.pluginmanager.unregister(plugin)
    odoo.tools.config["test_enable"] = True  # importing odoo.tests is expected
    root = Path(__file__).resolve().parent
    # Odoo's own add-ons too (a source checkout keeps them beside the odoo
    # package): the add-ons import what they extend (account's @template).
    odoo_source_addons = Path(odoo.__file__).resolve().parent.parent / "addons"
    for folder in (root / "addons", root / "tests", odoo_source_addons):
        if folder.is_dir() and str(folder) not in odoo.addons.__path__:
            odoo.addons.__path__.append(str(folder))
    # as the plugin does with a database: plain unittest runs Odoo's test cases
    plugin.support_subtest()
    plugin.disable_odoo_test_retry()
    plugin.monkey_patch_resolve_pkg_root_and_module_name()


@pytest.fixture(scope="session", autouse=True)
def load_registry(request):
    """pytest-odoo's fixture of the same name, which this one replaces: with a
    database, open its registry before the first test (as the plugin does);
    without one, nothing to open."""
    if request.config.stash.get(STANDALONE, False):
        yield
        return
    threading.current_thread().testing = True
    with pytest_odoo._worker_db_name() as db_name:
        odoo.modules.registry.Registry(db_name)
        yield
