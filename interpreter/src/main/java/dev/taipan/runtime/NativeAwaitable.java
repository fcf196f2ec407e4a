package dev.taipan.runtime;

/** An object the evaluator awaits without going through `__await__` (Futures, Tasks, native sleeps). */
public interface NativeAwaitable {
    /** Awaits this object on the current thread's driver; returns its result or throws its exception. */
    PyObject awaitNative(ThreadState ts);
}
