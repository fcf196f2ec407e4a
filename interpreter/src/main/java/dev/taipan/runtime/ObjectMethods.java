package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class ObjectMethods {
    private ObjectMethods() {}

    public static void install() {
    }
}
