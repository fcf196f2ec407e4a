package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class DictMethods {
    private DictMethods() {}

    public static void install() {
    }
}
