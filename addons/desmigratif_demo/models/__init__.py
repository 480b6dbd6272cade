from . import demo_registry
from . import demo_production
from . import demo_parenting
from . import demo_coop
