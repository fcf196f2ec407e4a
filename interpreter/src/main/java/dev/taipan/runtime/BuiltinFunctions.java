package dev.taipan.runtime;

/** The builtins module's functions and type names (being written). */
public final class BuiltinFunctions {
    private BuiltinFunctions() {}

    /** Fills the builtins namespace of one interpreter. */
    public static void install(InterpState interp, PyDict builtins) {
    }
}
