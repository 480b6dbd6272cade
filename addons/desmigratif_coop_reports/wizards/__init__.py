from . import period_mixin
from . import village_mixin
from . import coop_statement_wizard
from . import rat_pack_wizard
from . import coop_health_wizard
from . import coop_health_line
from . import programme_summary_wizard
