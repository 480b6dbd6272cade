from . import shu_wizard
from . import shu_wizard_line
