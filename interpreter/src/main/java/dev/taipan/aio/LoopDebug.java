package dev.taipan.aio;

import dev.taipan.runtime.Call;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;

/**
 * What asyncio's debug mode adds to a loop while it runs (CPython's BaseEventLoop in debug mode):
 * coroutine origin tracking (cr_origin), timing each callback against slow_callback_duration,
 * and timing each select() that may wait. The checks made when scheduling (the loop's thread,
 * source tracebacks) are in EventLoop itself.
 */
final class LoopDebug {
    /** asyncio.constants.DEBUG_STACK_DEPTH: frames kept by cr_origin and by handles' source tracebacks. */
    static final int DEBUG_STACK_DEPTH = 10;

    private final EventLoop loop;
    private boolean originTracking;
    private int savedOriginDepth;
    /** How many channels the last select() found ready. */
    int polledEvents;

    LoopDebug(EventLoop loop) {
        this.loop = loop;
    }

    /** _set_coroutine_origin_tracking(on) on the loop's thread: new coroutines record 10 frames of where they were made. */
    void trackCoroutineOrigins(boolean on) {
        if (on == originTracking) return;
        ThreadState ts = ThreadState.current();
        if (on) {
            savedOriginDepth = ts.coroOriginDepth;
            ts.coroOriginDepth = DEBUG_STACK_DEPTH;
        } else {
            ts.coroOriginDepth = savedOriginDepth;
        }
        originTracking = on;
    }

    /** set_debug() from another thread than the running loop's: the tracking changes on the loop's thread. */
    void trackCoroutineOriginsSoon(boolean on) {
        loop.callSoonThreadsafe(new SetOriginTracking(this, on), new PyObject[0], null);
    }

    /** Runs a handle, logging it ("Executing ... took N seconds") when it took slow_callback_duration or more. */
    void runTimed(Handle h) {
        loop.currentHandle = h;
        double t0 = clock();
        try {
            h.run();
        } finally {
            loop.currentHandle = null;
        }
        double dt = clock() - t0;
        if (dt >= loop.slowCallbackDuration) {
            PyObject warn = loop.lookupAttr("_warn_slow_callback");
            if (warn != null) warn.call(h, PyFloat.of(dt));
        }
    }

    /** loop.time(): a Python subclass's own time() when it has one, as CPython's loop calls self.time(). */
    double clock() {
        PyType cls = loop.type();
        if (cls != EventLoop.TYPE) {
            PyObject m = cls.lookup("time");
            if (m != null && m != EventLoop.TYPE.lookup("time")) return Loops.number(Call.callMethod(m, loop));
        }
        return loop.time();
    }

    /** How long the selector slept, through the loop's _log_poll (the asyncio logger at DEBUG level). */
    void logPoll(double timeout, double dt) {
        PyObject log = loop.lookupAttr("_log_poll");
        if (log != null) log.call(timeout < 0 ? PyNone.NONE : PyFloat.of(timeout), PyFloat.of(dt), PyInt.of(polledEvents));
        polledEvents = 0;
    }

    /** The loop's _set_coroutine_origin_tracking(enabled) as a callback. */
    private static final class SetOriginTracking extends PyObject {
        private final LoopDebug owner;
        private final boolean on;

        SetOriginTracking(LoopDebug owner, boolean on) {
            this.owner = owner;
            this.on = on;
        }

        @Override
        public PyType type() {
            return PyTask.Wakeup.TYPE;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            owner.trackCoroutineOrigins(on);
            return PyNone.NONE;
        }

        @Override
        public PyObject lookupAttr(String n) {
            return n.equals("__qualname__") ? PyStr.of("BaseEventLoop._set_coroutine_origin_tracking") : super.lookupAttr(n);
        }
    }
}
