from . import rat_pack
from . import rat_pack_xlsx
