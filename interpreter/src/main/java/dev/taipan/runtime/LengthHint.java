package dev.taipan.runtime;

/** An iterator that knows how many items it has left (its __length_hint__, used by operator.length_hint and list()). */
public interface LengthHint {
    /** Items not yet produced. */
    long remaining();

    /** Installs __length_hint__ on the built-in iterator types that know their remaining length. */
    static void install(PyType... types) {
        for (PyType t : types) {
            t.method0("__length_hint__", self -> PyInt.of(((LengthHint) self).remaining()));
        }
    }
}
