package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class NumberMethods {
    private NumberMethods() {}

    public static void install() {
    }
}
