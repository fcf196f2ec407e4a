package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class ListMethods {
    private ListMethods() {}

    public static void install() {
    }
}
