from . import test_savings
from . import test_concurrency
from . import test_loan_schedule
from . import test_loan_flow
from . import test_overdue
from . import test_shu
from . import test_kur_referral
