"""subprocess: running child programs (Popen, run, check_output, ...) over the native _subprocess.

Differences from CPython, all from java.lang.ProcessBuilder: `executable=` runs that program with
argv[0] set to it (not to args[0]); preexec_fn, user, group, extra_groups, umask, pass_fds,
start_new_session and process_group are refused with NotImplementedError; a child killed by a
signal that Popen did not send (a crash, or another process's kill) reports 128 + the signal
number, not its negative.
"""

import os
import sys
import time
import types

import _subprocess

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = _subprocess.PIPE
STDOUT = _subprocess.STDOUT
DEVNULL = _subprocess.DEVNULL

_SIGINT_GRACE = 0.25


class SubprocessError(Exception):
    pass


def _stdout_get(self):
    return self.output


def _stdout_set(self, value):
    self.output = value


# CalledProcessError's and TimeoutExpired's stdout: another name for their output.
_stdout_alias = property(_stdout_get, _stdout_set)


class CalledProcessError(SubprocessError):
    """A child run with check=True (or by check_call/check_output) exited with a non-zero status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            import signal
            try:
                return "Command '%s' died with %r." % (self.cmd, signal.Signals(-self.returncode))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    stdout = _stdout_alias


class TimeoutExpired(SubprocessError):
    """The timeout passed before the child ended."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = _stdout_alias


class CompletedProcess:
    """What run() returns: the args, the return code and the captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        parts = [f"args={self.args!r}", f"returncode={self.returncode!r}"]
        if self.stdout is not None:
            parts.append(f"stdout={self.stdout!r}")
        if self.stderr is not None:
            parts.append(f"stderr={self.stderr!r}")
        return f"{type(self).__name__}({', '.join(parts)})"

    __class_getitem__ = classmethod(types.GenericAlias)

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Runs a command, waits for it and returns a CompletedProcess."""
    if input is not None:
        if kwargs.get("stdin") is not None:
            raise ValueError("stdin and input arguments may not both be used.")
        kwargs["stdin"] = PIPE
    if capture_output:
        if kwargs.get("stdout") is not None or kwargs.get("stderr") is not None:
            raise ValueError("stdout and stderr arguments may not be used with capture_output.")
        kwargs["stdout"] = PIPE
        kwargs["stderr"] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except BaseException:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def call(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its return code."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except BaseException:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """Runs a command; raises CalledProcessError unless it exits with 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Runs a command and returns its standard output; raises CalledProcessError unless it exits with 0."""
    for kw in ("stdout", "check"):
        if kw in kwargs:
            raise ValueError(f"{kw} argument not allowed, it will be overridden.")
    if "input" in kwargs and kwargs["input"] is None:
        text = kwargs.get("universal_newlines") or kwargs.get("text") or kwargs.get("encoding") or kwargs.get("errors")
        kwargs["input"] = "" if text else b""
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exit status, output) of a shell command; stderr goes with stdout and one trailing newline is dropped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        status = 0
    except CalledProcessError as ex:
        data = ex.output
        status = ex.returncode
    if data[-1:] == "\n":
        data = data[:-1]
    return status, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (see getstatusoutput)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]


def list2cmdline(seq):
    """One command line from a sequence of arguments, quoted as the Microsoft C runtime parses it."""
    parts = []
    for arg in map(os.fsdecode, seq):
        quote = not arg or " " in arg or "\t" in arg
        out, backslashes = ['"'] if quote else [], 0
        for c in arg:
            if c == "\\":
                backslashes += 1
            elif c == '"':
                out.append("\\" * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                out.append("\\" * backslashes + c)
                backslashes = 0
        out.append("\\" * (backslashes * 2) + '"' if quote else "\\" * backslashes)
        parts.append("".join(out))
    return " ".join(parts)


def _stream_arg(value):
    """What _subprocess.spawn takes for a standard stream: None, PIPE/STDOUT/DEVNULL, an fd or a file object."""
    if value is None or isinstance(value, int):
        return value
    if isinstance(value, _NATIVE_FILES):
        return value
    import io
    if isinstance(value, (io.StringIO, io.BytesIO)):
        raise io.UnsupportedOperation("fileno")
    fd = value.fileno()
    if not isinstance(fd, int):
        raise TypeError(f"fileno() returned a non-integer")
    return fd


def _native_files():
    import io
    return (io.FileIO, io.BufferedReader, io.BufferedWriter, io.BufferedRandom, io.TextIOWrapper)


_NATIVE_FILES = _native_files()


def _refuse(what):
    raise NotImplementedError(f"subprocess: {what} is not supported by Taipan")


class Popen:
    """A child process: started at once; pipes as file objects in stdin, stdout and stderr."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self._child = None
        self._communication_started = False
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is not None and not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if stdout is STDOUT:
            raise ValueError("STDOUT can only be used for stderr")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError("Cannot disambiguate when both text and universal_newlines are supplied but "
                                  "different. Pass one or the other.")
        for name, value, default in (("preexec_fn", preexec_fn, None), ("user", user, None), ("group", group, None),
                                     ("extra_groups", extra_groups, None), ("umask", umask, -1),
                                     ("start_new_session", start_new_session, False),
                                     ("process_group", process_group, None)):
            if value != default and value is not default:
                _refuse(name)
        if pass_fds:
            _refuse("pass_fds")
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = encoding or errors or text or universal_newlines
        if self.text_mode and encoding is None:
            self.encoding = encoding = "UTF-8"
        line_buffering = False
        if self.text_mode and bufsize == 1:
            line_buffering = True
            bufsize = -1

        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(type(args), "__fspath__"):
            if shell:
                raise TypeError("path-like args is not allowed when shell is true")
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = ["/bin/sh", "-c"] + argv
            if executable:
                argv[0] = executable
                executable = None
        argv = [os.fsdecode(a) for a in argv]
        if executable is not None:
            executable = os.fsdecode(executable)
        if cwd is not None:
            cwd = os.fsdecode(cwd)
        if env is not None:
            env = {os.fsdecode(k): os.fsdecode(v) for k, v in env.items()}

        child = _subprocess.spawn(argv, executable, cwd, env, _stream_arg(stdin), _stream_arg(stdout),
                                  _stream_arg(stderr))
        self._child = child
        self.pid = child.pid
        enc = encoding if self.text_mode else None
        if child.stdin is not None:
            self.stdin = _subprocess.wrap(child.stdin, bufsize, enc, errors, line_buffering)
        if child.stdout is not None:
            self.stdout = _subprocess.wrap(child.stdout, bufsize, enc, errors, False)
        if child.stderr is not None:
            self.stderr = _subprocess.wrap(child.stderr, bufsize, enc, errors, False)

    def __repr__(self):
        r = f"<{type(self).__name__}: returncode: {self.returncode} args: {self.args!r}>"
        return r[:76] + "...>" if len(r) > 80 else r

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                self.stdin.close()
        finally:
            if exc_type is KeyboardInterrupt:
                self._grace_wait(None)
                return
            self.wait()

    def _grace_wait(self, endtime):
        """After a KeyboardInterrupt: gives the child a moment to end before the interrupt goes on."""
        grace = _SIGINT_GRACE
        if endtime is not None:
            grace = min(grace, endtime - time.monotonic())
        if grace > 0 and self.returncode is None:
            rc = self._child.wait(grace)
            if rc is not None:
                self.returncode = rc

    def poll(self):
        """Sets and returns returncode once the child has ended; None while it runs."""
        if self.returncode is None and self._child is not None:
            self.returncode = self._child.poll()
        return self.returncode

    def wait(self, timeout=None):
        """Waits for the child to end; returns returncode. TimeoutExpired when timeout seconds pass first."""
        if self.returncode is not None:
            return self.returncode
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            rc = self._child.wait(timeout)
        except KeyboardInterrupt:
            self._grace_wait(endtime)
            raise
        if rc is None:
            raise TimeoutExpired(self.args, timeout)
        self.returncode = rc
        return rc

    def communicate(self, input=None, timeout=None):
        """Sends input, reads stdout and stderr to their ends, waits; returns (stdout, stderr)."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if self.stdin is not None and not self._communication_started:
            try:
                self.stdin.flush()
            except BrokenPipeError:
                pass
            if input is not None and self.text_mode:
                input = input.encode(self.encoding, self.errors or "strict")
        endtime = None if timeout is None else time.monotonic() + timeout
        try:
            done, out, err = self._child.communicate(input if self.stdin is not None else None, timeout)
        except KeyboardInterrupt:
            self._grace_wait(endtime)
            raise
        finally:
            self._communication_started = True
        if not done:
            raise TimeoutExpired(self.args, timeout, output=out or None, stderr=err or None)
        for f in (self.stdin, self.stdout, self.stderr):
            if f is not None:
                try:
                    f.close()
                except (BrokenPipeError, ValueError):
                    pass
        if self.text_mode:
            if out is not None:
                out = self._translate_newlines(out)
            if err is not None:
                err = self._translate_newlines(err)
        self.wait(None if endtime is None else endtime - time.monotonic())
        return out, err

    def _translate_newlines(self, data):
        text = data.decode(self.encoding, self.errors or "strict")
        return text.replace("\r\n", "\n").replace("\r", "\n")

    def send_signal(self, sig):
        """Sends signal sig to the child, unless it has ended."""
        self.poll()
        if self.returncode is None:
            self._child.send_signal(sig)

    def terminate(self):
        """Sends SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Sends SIGKILL."""
        self.send_signal(9)
