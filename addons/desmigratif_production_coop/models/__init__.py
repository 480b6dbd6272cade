from . import profit_share
