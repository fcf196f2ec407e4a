package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class SetMethods {
    private SetMethods() {}

    public static void install() {
    }
}
