package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class StrMethods {
    private StrMethods() {}

    public static void install() {
    }
}
