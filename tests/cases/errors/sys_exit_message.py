# Tests that sys.exit("message") prints the message to stderr and exits with status 1.
import sys
config = {"port": "eighty"}
print("loading config")
if not config["port"].isdigit():
    sys.exit(f"fatal: invalid port {config['port']!r}")
print("not reached")
