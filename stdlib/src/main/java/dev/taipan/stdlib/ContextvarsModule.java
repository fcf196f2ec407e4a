package dev.taipan.stdlib;

import dev.taipan.runtime.ArgParser;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyContext;
import dev.taipan.runtime.PyContextToken;
import dev.taipan.runtime.PyContextVar;
import dev.taipan.runtime.PyModule;

/** The _contextvars module: the Context, ContextVar and Token types (which live in the runtime) and copy_context(). */
public final class ContextvarsModule implements NativeModule {
    @Override
    public String name() {
        return "_contextvars";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("_contextvars");
        m.put("Context", PyContext.TYPE);
        m.put("ContextVar", PyContextVar.TYPE);
        m.put("Token", PyContextToken.TYPE);
        m.function("copy_context", (args, kw) -> {
            ArgParser.noKeywords("_contextvars.copy_context", kw);
            if (args.length > 0) throw Errors.typeError("_contextvars.copy_context() takes no arguments (" + args.length + " given)");
            return PyContext.copyCurrent();
        });
        return m;
    }
}
