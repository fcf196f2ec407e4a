# Tests that OSError picks its subclass from errno and keeps filenames out of args.
import errno

for code in (errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EPIPE, errno.ECONNREFUSED, 999):
    e = OSError(code, "message", "path.txt")
    print(type(e).__name__, e.args, e.errno, e.filename, str(e))
e = OSError("plain")
print(type(e).__name__, e.args, e.errno, str(e))
print(errno.errorcode[errno.ENOENT], errno.ENOENT)
try:
    open("no/such/dir/file.txt")
except FileNotFoundError as err:
    print(err.errno == errno.ENOENT, err.filename, err)
