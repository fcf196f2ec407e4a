package dev.taipan.runtime;

/**
 * The one Java exception that carries a raised Python exception through the interpreter.
 * Created without a Java stack trace: raising is cheap, and none ever reaches a user.
 */
public final class PyException extends RuntimeException {
    public final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    public boolean matches(PyType t) {
        return value.type().isSubtypeOf(t);
    }

    @Override
    public String getMessage() {
        return value.type().name + ": " + value.str();
    }
}
