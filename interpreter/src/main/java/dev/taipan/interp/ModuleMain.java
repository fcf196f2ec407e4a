package dev.taipan.interp;

import dev.taipan.eval.ModuleLoader;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyList;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.TracebackPrinter;

/**
 * `taipan -m NAME`: finds the module to run as __main__ as CPython's runpy does (a package
 * runs its __main__ submodule; parent packages are imported first) and sets sys.argv[0] to
 * its file. A module that cannot be run is refused with runpy's words.
 */
final class ModuleMain {
    private ModuleMain() {}

    /** The module found: its source, the file name tracebacks show, and its __package__. */
    record Found(String source, String filename, String packageName) {}

    /** Why a module cannot be run; the message follows "taipan: " on stderr (exit code 1). */
    static final class NotRunnable extends Exception {
        private static final long serialVersionUID = 1L;

        NotRunnable(String message) {
            super(message, null, false, false);
        }
    }

    static Found find(InterpState state, String name) throws NotRunnable {
        if (name.startsWith(".")) throw new NotRunnable("Relative module names not supported");
        ModuleLoader loader = (ModuleLoader) state.importer;
        ModuleLoader.Source src = source(loader, name);
        String runName = name;
        if (src != null && src.isPackage()) {
            runName = name + ".__main__";
            ModuleLoader.Source main;
            try {
                main = source(loader, runName);
            } catch (NotRunnable e) {
                throw new NotRunnable(e.getMessage() + "; '" + name + "' is a package and cannot be directly executed");
            }
            if (main == null) {
                throw new NotRunnable("No module named " + runName + "; '" + name + "' is a package and cannot be directly executed");
            }
            if (main.isPackage()) throw new NotRunnable("Cannot use package as __main__ module");
            src = main;
        }
        if (src == null) {
            // a module written in Java, or built in (sys, builtins)
            if (ModuleLoader.isNative(runName) || state.modules.getStr(runName) != null) {
                throw new NotRunnable("No code object available for " + runName);
            }
            throw new NotRunnable("No module named " + runName);
        }
        PyList argv = (PyList) state.sys.globals.getStr("argv");
        if (argv.size > 0) argv.items[0] = PyStr.of(src.filename());
        int dot = runName.lastIndexOf('.');
        return new Found(src.text(), src.filename(), dot < 0 ? "" : runName.substring(0, dot));
    }

    /** The source of module name; an import error in its parent package is reported as runpy reports it. */
    private static ModuleLoader.Source source(ModuleLoader loader, String name) throws NotRunnable {
        try {
            return loader.findSource(name);
        } catch (PyException e) {
            if (!e.value.isInstance(PyExc.ImportError)) throw e;
            throw new NotRunnable("Error while finding module specification for " + PyStr.repr(name) + " ("
                    + TracebackPrinter.exceptionLine(e.value).strip() + ")");
        }
    }
}
