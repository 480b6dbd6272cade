from . import village_setup
