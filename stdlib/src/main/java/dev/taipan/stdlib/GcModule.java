package dev.taipan.stdlib;

import dev.taipan.aio.AioState;
import dev.taipan.eval.NeverAwaited;
import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyBool;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;

/**
 * The gc module over the JVM's collector: collect() runs a full collection, calls the __del__
 * methods of the objects it found unreachable, and then reports what CPython reports when such
 * objects are freed (never-awaited coroutines, never-retrieved task exceptions). Thresholds and
 * generations are kept only as values: the JVM manages its own.
 */
public final class GcModule implements NativeModule {
    @Override
    public String name() {
        return "gc";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("gc");
        boolean[] enabled = {true};
        long[] thresholds = {2000, 10, 0};
        m.put("garbage", new PyList());
        m.put("callbacks", new PyList());
        m.put("DEBUG_STATS", PyInt.of(1)).put("DEBUG_COLLECTABLE", PyInt.of(2)).put("DEBUG_UNCOLLECTABLE", PyInt.of(4))
                .put("DEBUG_SAVEALL", PyInt.of(32)).put("DEBUG_LEAK", PyInt.of(38));
        m.function("collect", (args, kw) -> {
            PyObject[] a = ArgParser.parse("collect", args, kw, new String[] {"generation"}, 0, 1, 0);
            if (a[0] != null) {
                long generation = dev.taipan.runtime.Protocols.index(a[0]).asLong("Python int too large to convert to C int");
                if (generation < 0 || generation > 2) throw dev.taipan.runtime.Errors.valueError("invalid generation");
            }
            // a full collection, then the __del__ methods of what it found unreachable
            interp.finalizers.collect();
            NeverAwaited.reportCollected(false);
            if (interp.aio != null) AioState.of(interp).reportUnretrieved(false, false);
            return PyInt.of(0);
        });
        m.function("enable", (args, kw) -> {
            enabled[0] = true;
            return PyNone.NONE;
        });
        m.function("disable", (args, kw) -> {
            enabled[0] = false;
            return PyNone.NONE;
        });
        m.function("isenabled", (args, kw) -> PyBool.of(enabled[0]));
        m.function("get_threshold", (args, kw) -> PyTuple.of(PyInt.of(thresholds[0]), PyInt.of(thresholds[1]), PyInt.of(thresholds[2])));
        m.function("set_threshold", (args, kw) -> {
            for (int i = 0; i < args.length && i < 3; i++) thresholds[i] = ((PyInt) args[i]).value;
            return PyNone.NONE;
        });
        m.function("get_count", (args, kw) -> PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0)));
        m.function("is_tracked", (args, kw) -> PyBool.of(!(args[0] instanceof PyInt || args[0] instanceof dev.taipan.runtime.PyStr
                || args[0] == PyNone.NONE || args[0] instanceof dev.taipan.runtime.PyFloat || args[0] instanceof PyBool)));
        m.function("freeze", (args, kw) -> PyNone.NONE);
        m.function("unfreeze", (args, kw) -> PyNone.NONE);
        m.function("get_freeze_count", (args, kw) -> PyInt.of(0));
        return m;
    }
}
