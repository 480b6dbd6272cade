from . import test_statements
from . import test_loan_quality
from . import test_rat_pack
from . import test_access
from . import test_health
from . import test_programme_report
from . import test_hook_cron
