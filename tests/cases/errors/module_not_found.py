# Tests an uncaught ModuleNotFoundError from importing a module that does not exist.
import os
print("before import")
import taipan_no_such_module
print("not reached")
