package dev.taipan.runtime;

/**
 * A module implemented in Java (math, time, _random, ...). Implementations are found through
 * java.util.ServiceLoader (META-INF/services/dev.taipan.runtime.NativeModule), so a module costs
 * nothing until it is imported.
 */
public interface NativeModule {
    /** The absolute dotted module name, e.g. "math" or "os.path". */
    String name();

    /** Creates a fresh module object for one interpreter. */
    PyModule create(InterpState interp);
}
