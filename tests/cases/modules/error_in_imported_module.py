# Tests an uncaught exception raised inside an imported module's function (traceback spans files).
import helper_failing
print(helper_failing.load({"port": "8080"}))
print(helper_failing.load({"port": "99999"}))
