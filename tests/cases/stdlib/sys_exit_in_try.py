# Tests that sys.exit raises SystemExit which finally blocks and handlers can observe before exiting.
import sys
def main():
    try:
        print("working")
        sys.exit(3)
    finally:
        print("finally still runs")
try:
    main()
except SystemExit as e:
    print("caught SystemExit with code", e.code, type(e.code).__name__)
print("exiting for real with code 4")
sys.exit(4)
