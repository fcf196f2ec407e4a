package dev.taipan.runtime;

/**
 * An instance of a user-defined class whose MRO defines __del__ (PyType picks this allocator for
 * such classes, so plain instances pay nothing). The JVM calls {@link #finalize()} once the
 * collector finds it unreachable, even in a cycle; that only hands it to its interpreter's
 * {@link Finalizers}, which calls __del__ on the interpreter's own thread. Object.finalize() is
 * deprecated for removal but still enabled by default on JDK 21 to 25 (hence the
 * {@code @SuppressWarnings("removal")}); unlike a Cleaner, it lets __del__ see, and resurrect, the object.
 */
public final class PyFinalizableInstance extends PyInstance implements Finalizers.Target {
    private final Finalizers.Registration registration;

    public PyFinalizableInstance(PyType cls) {
        super(cls);
        registration = Finalizers.register(this);
    }

    @SuppressWarnings("removal")
    @Override
    protected void finalize() {
        registration.collected(this);
    }

    /** Calls type(self).__del__(self) if the class still has one. */
    @Override
    public void runFinalizer(boolean atExit) {
        PyObject del = type().lookup("__del__");
        if (del != null) Call.callMethod(del, this);
    }
}
