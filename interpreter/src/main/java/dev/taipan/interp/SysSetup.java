package dev.taipan.interp;

import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;

/** Creates the sys module of a new interpreter and sets sys.path for the program being run (PYTHONPATH included). */
final class SysSetup {
    private SysSetup() {}

    static PyModule create(InterpState state) {
        PyModule sys = dev.taipan.runtime.SysModule.create(state);
        // PYTHONPATH's folders come after sys.path[0] (inserted later), as in CPython
        String extra = state.env == null ? null : state.env.get("PYTHONPATH");
        if (extra != null && sys.globals.getStr("path") instanceof PyList l) {
            for (String entry : extra.split(java.io.File.pathSeparator)) {
                if (!entry.isEmpty()) l.append(PyStr.of(entry));
            }
        }
        return sys;
    }

    static void insertPath(InterpState state, String entry) {
        PyObject path = state.sys.globals.getStr("path");
        if (path instanceof PyList l) l.insert(0, PyStr.of(entry));
    }
}
