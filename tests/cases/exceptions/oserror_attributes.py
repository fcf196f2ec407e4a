# Tests OSError subclasses from file operations: errno, strerror, filename and message.
import errno
try:
    open("definitely_missing_file.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno == errno.ENOENT, e.strerror, e.filename)
    print(e)
    print(isinstance(e, OSError), e.args)
e = OSError(2, "No such file or directory")
print(type(e).__name__, e.errno, e.strerror, str(e))
e = OSError("plain message")
print(e.errno, str(e))
print(type(OSError(errno.EEXIST, "exists")).__name__)
print(IOError is OSError, EnvironmentError is OSError)
