# Tests that sys.exit(3) ends the program with exit status 3 and no traceback.
import sys
def main():
    print("validating input")
    errors = ["missing field", "bad date"]
    if errors:
        print(len(errors), "errors found")
        sys.exit(3)
    print("not reached")
main()
