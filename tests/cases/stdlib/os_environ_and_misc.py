# Tests os.environ mapping operations on variables set by the program itself, and os.getcwd/listdir basics.
import os
key = "TAIPAN_TEST_VARIABLE_XYZ"
print(key in os.environ, os.environ.get(key, "unset"))
os.environ[key] = "hello"
print(os.environ[key], os.getenv(key), key in os.environ)
os.environ[key] += " world"
print(os.environ[key])
del os.environ[key]
print(os.environ.get(key), key in os.environ)
try:
    os.environ["TAIPAN_MISSING_VAR_Q"]
except KeyError as e:
    print(type(e).__name__, e)
print(type(os.getcwd()).__name__, "os_environ_and_misc.py" in os.listdir("."), os.path.isdir(os.getcwd()))
print(os.name, type(os.getpid()).__name__)
