from . import test_demo_kuripan
from . import test_access_across_modules
from . import test_click_everywhere
from . import test_access_matrix
from . import test_money_walk
from . import test_translations
