from . import parenting_session_generate
from . import parenting_recap
