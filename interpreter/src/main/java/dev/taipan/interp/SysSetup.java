package dev.taipan.interp;

import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;

/** Creates the sys module of a new interpreter and sets sys.path for the program being run. */
final class SysSetup {
    private SysSetup() {}

    static PyModule create(InterpState state) {
        return dev.taipan.runtime.SysModule.create(state);
    }

    static void insertPath(InterpState state, String entry) {
        PyObject path = state.sys.globals.getStr("path");
        if (path instanceof PyList l) l.insert(0, PyStr.of(entry));
    }
}
