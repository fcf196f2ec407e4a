# Tests the traceback when importing a sibling module that contains a syntax error.
print("importing")
import helper_broken
print("not reached")
