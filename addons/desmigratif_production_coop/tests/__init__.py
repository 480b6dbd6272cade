from . import test_profit_share_savings
from . import test_profit_share_reversal
