# sys.exit(3) ends the process with code 3 after flushing stdout.
import sys

print("exiting with 3")
sys.exit(3)
