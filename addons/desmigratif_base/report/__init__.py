from . import report_ak1_card
from . import report_ak1_checklist
