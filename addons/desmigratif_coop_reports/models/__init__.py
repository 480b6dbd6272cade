from . import res_company
from . import res_config_settings
from . import loan
from . import loan_allowance
from . import loan_allowance_line
from . import programme_report
