from . import test_timetable
from . import test_attendance
from . import test_recap
from . import test_absence
from . import test_access
from . import test_child
from . import test_performance
from . import test_integrity
