from . import test_demo_registry
from . import test_demo_money
