from . import test_efaktur_export
from . import test_nik_field
from . import test_nik_migration
