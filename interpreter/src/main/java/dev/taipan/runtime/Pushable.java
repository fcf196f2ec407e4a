package dev.taipan.runtime;

/**
 * An iterator that can also run to its end handing each value straight to its consumer, with no
 * suspension between values: a generator that has not started, consumed whole by a for loop or
 * a built-in such as sum() or list(). Each value then costs a call, not a continuation switch.
 */
public interface Pushable {
    /** The consumer of pushed values. */
    interface Sink {
        /**
         * Takes one value; false stops the iteration early (a break), after which the iterator is
         * closed as CPython closes a generator dropped by its loop. An exception thrown here
         * propagates out of {@link #push} once the iterator has been closed.
         */
        boolean accept(PyObject value);
    }

    /** Whether {@link #push} may be used now: not started, not running and not finished. */
    boolean pushable();

    /** Runs the iterator to its end, handing each value to sink; the iterator's own exceptions propagate. */
    void push(Sink sink);

    /** The pushable iterator behind it, when the iterator it is can be pushed now; else null. */
    static Pushable of(PyObject it) {
        return it instanceof Pushable p && p.pushable() ? p : null;
    }
}
