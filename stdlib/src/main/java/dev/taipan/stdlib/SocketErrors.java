package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyStr;
import java.nio.channels.AlreadyConnectedException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ConnectionPendingException;
import java.nio.channels.NotYetBoundException;
import java.nio.channels.NotYetConnectedException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.channels.UnsupportedAddressTypeException;

/** The socket module's errors: Java's network failures as the OSError (errno, Linux message) CPython raises. */
final class SocketErrors {
    private SocketErrors() {}

    static final int EBADF = 9, EAGAIN = 11, EINVAL = 22, EPIPE = 32, ENOPROTOOPT = 92, EOPNOTSUPP = 95, EAFNOSUPPORT = 97,
            EADDRINUSE = 98, EADDRNOTAVAIL = 99, ECONNRESET = 104, EISCONN = 106, ENOTCONN = 107, ETIMEDOUT = 110,
            ECONNREFUSED = 111, EALREADY = 114, EINPROGRESS = 115;

    /** Linux's strerror texts for the numbers network code meets. */
    private static final Object[][] MESSAGES = {
        {1, "Operation not permitted"}, {2, "No such file or directory"}, {4, "Interrupted system call"},
        {9, "Bad file descriptor"}, {11, "Resource temporarily unavailable"}, {12, "Cannot allocate memory"},
        {13, "Permission denied"}, {22, "Invalid argument"}, {24, "Too many open files"}, {32, "Broken pipe"},
        {88, "Socket operation on non-socket"}, {89, "Destination address required"}, {90, "Message too long"}, {91, "Protocol wrong type for socket"},
        {92, "Protocol not available"}, {93, "Protocol not supported"}, {94, "Socket type not supported"},
        {95, "Operation not supported"}, {97, "Address family not supported by protocol"}, {98, "Address already in use"},
        {99, "Cannot assign requested address"}, {100, "Network is down"}, {101, "Network is unreachable"},
        {103, "Software caused connection abort"}, {104, "Connection reset by peer"}, {105, "No buffer space available"},
        {106, "Transport endpoint is already connected"}, {107, "Transport endpoint is not connected"},
        {110, "Connection timed out"}, {111, "Connection refused"}, {113, "No route to host"},
        {114, "Operation already in progress"}, {115, "Operation now in progress"},
    };

    static String strerror(int errno) {
        for (Object[] m : MESSAGES) if ((int) m[0] == errno) return (String) m[1];
        return "Unknown error " + errno;
    }

    /** OSError(errno, strerror): the subclass CPython picks for the number (ConnectionRefusedError, ...). */
    static PyException os(int errno) {
        return new PyException((PyBaseException) PyExc.OSError.call(PyInt.of(errno), PyStr.of(strerror(errno))));
    }

    /** socket.timeout: TimeoutError('timed out'). */
    static PyException timeout() {
        return Errors.of(PyExc.TimeoutError, "timed out");
    }

    /** socket.gaierror(code, message). */
    static PyException gai(int code, String message) {
        return new PyException(new PyBaseException(SocketModule.GAIERROR, PyInt.of(code), PyStr.of(message)));
    }

    static PyException herror(int code, String message) {
        return new PyException(new PyBaseException(SocketModule.HERROR, PyInt.of(code), PyStr.of(message)));
    }

    /** The errno a Java network failure stands for. */
    static int errnoOf(Throwable e) {
        if (e instanceof ClosedChannelException) return EBADF;
        if (e instanceof NotYetConnectedException) return ENOTCONN;
        if (e instanceof AlreadyConnectedException) return EISCONN;
        if (e instanceof ConnectionPendingException) return EALREADY;
        if (e instanceof NotYetBoundException) return EINVAL;
        if (e instanceof UnsupportedAddressTypeException) return EAFNOSUPPORT;
        String msg = e.getMessage();
        if (msg != null) {
            if (msg.startsWith("Connection reset")) return ECONNRESET;
            for (Object[] m : MESSAGES) if (msg.contains((String) m[1])) return (int) m[0];
            if (msg.contains("Connection timed out") || msg.contains("timed out")) return ETIMEDOUT;
        }
        if (e instanceof java.net.ConnectException) return ECONNREFUSED;
        if (e instanceof java.net.BindException) return EADDRINUSE;
        return 5;
    }

    /** The OSError for a Java failure. */
    static PyException of(Throwable e) {
        if (e instanceof UnresolvedAddressException) return gai(-2, "Name or service not known");
        int errno = errnoOf(e);
        if (errno == 5 && e.getMessage() != null) {
            return new PyException((PyBaseException) PyExc.OSError.call(PyInt.of(5), PyStr.of(e.getMessage())));
        }
        return os(errno);
    }

    /** Whether e is an IOException or one of java.nio's unchecked channel-state failures. */
    static boolean isChannelFailure(RuntimeException e) {
        return e instanceof NotYetConnectedException || e instanceof AlreadyConnectedException
                || e instanceof ConnectionPendingException || e instanceof NotYetBoundException
                || e instanceof UnsupportedAddressTypeException || e instanceof UnresolvedAddressException
                || e instanceof java.nio.channels.IllegalBlockingModeException;
    }
}
