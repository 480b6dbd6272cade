from . import test_permit
from . import test_production_run
from . import test_revenue_attribution
from . import test_profit_share
from . import test_grant_training
from . import test_access
from . import test_integrity
from . import test_pos_tour
