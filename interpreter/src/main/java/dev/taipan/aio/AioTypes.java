package dev.taipan.aio;

import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;

/** The exception types the asyncio core raises itself (asyncio.exceptions re-exports them). */
public final class AioTypes {
    private AioTypes() {}

    public static final PyType CancelledError = make("CancelledError", PyExc.BaseException);
    public static final PyType InvalidStateError = make("InvalidStateError", PyExc.Exception);

    private static PyType make(String name, PyType base) {
        PyType t = new PyType(name, base, true, null);
        t.instancesHaveDict = true;
        t.module = "asyncio.exceptions";
        t.pythonClassInCPython = true;
        return t;
    }

    static PyException invalidState(String msg) {
        return new PyException(new PyBaseException(InvalidStateError, PyStr.of(msg)));
    }

    static PyBaseException cancelled(String msg) {
        return msg == null ? new PyBaseException(CancelledError) : new PyBaseException(CancelledError, PyStr.of(msg));
    }
}
