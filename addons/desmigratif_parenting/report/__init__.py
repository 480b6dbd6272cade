from . import parenting_recap_report
