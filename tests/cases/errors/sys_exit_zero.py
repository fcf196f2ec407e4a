# Tests that sys.exit(0) and sys.exit(None)-style exits produce status 0 without output to stderr.
import sys
print("all good")
try:
    sys.exit(None)
except SystemExit as e:
    print("caught exit with", e.code)
sys.exit(0)
print("not reached")
