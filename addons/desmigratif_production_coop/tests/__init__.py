from . import test_profit_share_savings
