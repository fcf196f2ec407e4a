package dev.taipan.runtime;

/** Installs the Python-visible methods of built-in types (being written). */
public final class BytesMethods {
    private BytesMethods() {}

    public static void install() {
    }
}
