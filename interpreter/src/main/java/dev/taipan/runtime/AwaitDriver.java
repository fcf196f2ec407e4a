package dev.taipan.runtime;

/**
 * Where an `await` that cannot complete at once suspends: a Task's continuation, or a coroutine
 * or async generator driven by hand (DESIGN.md §4). The one interface between the evaluator's
 * awaits and the mechanism that suspends them.
 */
public interface AwaitDriver {
    /**
     * Suspends the running coroutine stack, handing `yielded` (a Future, or None for a bare
     * yield to the loop) to whoever drives it; returns the value sent when it resumes, or throws
     * the exception thrown into it.
     */
    PyObject suspend(PyObject yielded);
}
