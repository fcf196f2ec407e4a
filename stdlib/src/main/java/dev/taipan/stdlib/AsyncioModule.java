package dev.taipan.stdlib;

import dev.taipan.aio.Loops;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyModule;

/** The _asyncio module: the Java core of asyncio (Future, Task, the loop core, sleep, current/all tasks). */
public final class AsyncioModule implements NativeModule {
    @Override
    public String name() {
        return "_asyncio";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_asyncio");
        Loops.install(m);
        return m;
    }
}
