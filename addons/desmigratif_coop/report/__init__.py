from . import coop_report
from . import savings_passbook
from . import savings_receipt
from . import loan_agreement
from . import loan_schedule
from . import loan_receipt
