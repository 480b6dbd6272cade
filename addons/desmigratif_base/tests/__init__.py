from . import test_resident
from . import test_placement
from . import test_participant
from . import test_ak1_application
from . import test_complaint
from . import test_guest_visit_vacancy
from . import test_security
