package dev.taipan.eval;

import dev.taipan.ast.Span;
import dev.taipan.runtime.Call;
import dev.taipan.runtime.Errors;
import dev.taipan.runtime.ExceptionGroups;
import dev.taipan.runtime.Frame;
import dev.taipan.runtime.PyBaseException;
import dev.taipan.runtime.PyException;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;
import dev.taipan.runtime.ThreadState;
import java.util.ArrayList;
import java.util.List;

/** raise, try/except/else, try/finally, except* and with: the statements that handle exceptions. */
final class Handlers {
    private Handlers() {}

    /** Turns a raised value (class or instance) into an exception instance. */
    static PyBaseException instantiate(PyObject v, String what) {
        if (v instanceof PyBaseException e) return e;
        if (v instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            PyObject inst = t.call();
            if (!(inst instanceof PyBaseException e)) {
                throw Errors.typeError("calling " + t.repr() + " should have returned an instance of BaseException, not " + inst.type().name);
            }
            return e;
        }
        throw Errors.typeError(what);
    }

    /** Sets value's __context__ to the exception being handled, avoiding cycles as CPython does. */
    static void chain(PyBaseException value, PyBaseException handled) {
        if (handled == null || handled == value) return;
        PyBaseException o = handled;
        while (o != null) {
            if (o.context == value) {
                o.context = null;
                break;
            }
            o = o.context;
        }
        value.context = handled;
    }

    /**
     * Runs body while exc is the exception being handled (sys.exc_info() and implicit chaining):
     * an exception escaping body gets exc as its __context__, and the previous state is restored.
     */
    static <T> T whileHandling(PyBaseException exc, java.util.function.Supplier<T> body) {
        ThreadState ts = ThreadState.current();
        PyBaseException saved = ts.handled;
        ts.handled = exc;
        try {
            return body.get();
        } catch (PyException e2) {
            if (e2.value != exc && e2.value.context == null) chain(e2.value, exc);
            throw e2;
        } finally {
            ts.handled = saved;
        }
    }

    static final class Raise extends StmtNode {
        final ExprNode exc, cause;

        Raise(Span at, ExprNode exc, ExprNode cause) {
            super(at);
            this.exc = exc;
            this.cause = cause;
        }

        @Override
        int exec(Frame f) {
            ThreadState ts = ThreadState.current();
            if (exc == null) {
                PyBaseException h = ts.handled;
                if (h == null) throw Errors.runtimeError("No active exception to reraise").at(f, line, col, endLine, endCol);
                PyException e = new PyException(h);
                e.pushedFrame = f;
                e.locFrame = f;
                throw e;
            }
            PyBaseException value;
            try {
                value = instantiate(exc.eval(f), "exceptions must derive from BaseException");
                if (cause != null) {
                    PyObject c = cause.eval(f);
                    if (c == PyNone.NONE) {
                        value.cause = null;
                    } else {
                        value.cause = instantiate(c, "exception causes must derive from BaseException");
                    }
                    value.suppressContext = true;
                }
            } catch (PyException e) {
                throw e.at(f, line, col, endLine, endCol);
            }
            chain(value, ts.handled);
            PyException e = new PyException(value);
            throw e.at(f, line, col, endLine, endCol);
        }
    }

    /** One `except T as name:` clause. */
    static final class Handler {
        final ExprNode type;
        final TargetNode name;
        final StmtNode body;
        final int line;

        Handler(ExprNode type, TargetNode name, StmtNode body, int line) {
            this.type = type;
            this.name = name;
            this.body = body;
            this.line = line;
        }
    }

    static boolean matches(PyBaseException v, PyObject t) {
        if (t instanceof PyType ty) {
            if (!ty.isSubtypeOf(PyExc.BaseException)) {
                throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
            }
            return v.isInstance(ty);
        }
        if (t instanceof PyTuple tup) {
            boolean m = false;
            for (PyObject o : tup.items) {
                if (matches(v, o)) m = true;
            }
            return m;
        }
        throw Errors.typeError("catching classes that do not inherit from BaseException is not allowed");
    }

    static final class TryExcept extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse;

        TryExcept(Span at, StmtNode body, Handler[] handlers, StmtNode orelse) {
            super(at);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                e.pushEntry(f);
                PyBaseException v = e.value;
                for (Handler h : handlers) {
                    if (h.type != null) {
                        f.line = h.line;
                        boolean m;
                        try {
                            m = matches(v, h.type.eval(f));
                        } catch (PyException e2) {
                            chain(e2.value, v);
                            throw e2;
                        }
                        if (!m) continue;
                    }
                    return runHandler(f, h, v);
                }
                throw e;
            }
            if (r == NORMAL && orelse != null) r = orelse.exec(f);
            return r;
        }

        static int runHandler(Frame f, Handler h, PyBaseException v) {
            try {
                return whileHandling(v, () -> {
                    if (h.name != null) h.name.assign(f, v);
                    return h.body.exec(f);
                });
            } finally {
                if (h.name != null) {
                    try {
                        h.name.delete(f);
                    } catch (PyException ignored) {
                        // already unbound by the handler body
                    }
                }
            }
        }
    }

    static final class TryFinally extends StmtNode {
        final StmtNode body, finalbody;

        TryFinally(Span at, StmtNode body, StmtNode finalbody) {
            super(at);
            this.body = body;
            this.finalbody = finalbody;
        }

        @Override
        int exec(Frame f) {
            int r;
            PyObject savedRet;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                e.pushEntry(f);
                int fr = whileHandling(e.value, () -> finalbody.exec(f));
                if (fr != NORMAL) return fr;
                throw e;
            }
            savedRet = f.ret;
            int fr = finalbody.exec(f);
            if (fr != NORMAL) return fr;
            f.ret = savedRet;
            return r;
        }
    }

    /** try: ... except* T: ... */
    static final class TryStar extends StmtNode {
        final StmtNode body;
        final Handler[] handlers;
        final StmtNode orelse;

        TryStar(Span at, StmtNode body, Handler[] handlers, StmtNode orelse) {
            super(at);
            this.body = body;
            this.handlers = handlers;
            this.orelse = orelse;
        }

        @Override
        int exec(Frame f) {
            int r;
            try {
                r = body.exec(f);
            } catch (PyException e) {
                e.pushEntry(f);
                handle(f, e);
                return NORMAL;
            }
            if (r == NORMAL && orelse != null) r = orelse.exec(f);
            return r;
        }

        private void handle(Frame f, PyException e) {
            PyBaseException original = e.value;
            PyBaseException rest = original;
            if (!original.isInstance(PyExc.BaseExceptionGroup)) {
                rest = ExceptionGroups.make("", List.of(original));
                rest.traceback = original.traceback;
            }
            boolean naked = rest != original;
            List<PyBaseException> raised = new ArrayList<>();
            for (Handler h : handlers) {
                if (rest == null) break;
                PyObject t = h.type.eval(f);
                checkStarType(t);
                PyBaseException[] parts = ExceptionGroups.split(rest, ExceptionGroups.matcher(t));
                if (parts[0] == null) continue;
                rest = parts[1];
                PyBaseException matched = parts[0];
                try {
                    TryExcept.runHandler(f, h, matched);
                } catch (PyException e2) {
                    raised.add(e2.value == matched ? matched : e2.value);
                }
            }
            if (raised.isEmpty()) {
                if (rest == null) return;
                if (naked) {
                    throw e;
                }
                PyException re = new PyException(rest == original ? original : rest);
                re.pushedFrame = f;
                throw re;
            }
            List<PyBaseException> all = new ArrayList<>(raised);
            if (rest != null) all.add(naked ? original : rest);
            PyBaseException result = all.size() == 1 ? all.get(0) : ExceptionGroups.make("", all);
            PyException re = new PyException(result);
            if (result == all.get(0) && all.size() == 1) re.pushedFrame = f;
            throw re.at(f, line, col, endLine, endCol);
        }

        private static void checkStarType(PyObject t) {
            PyObject[] types = t instanceof PyTuple tup ? tup.items : new PyObject[] {t};
            for (PyObject o : types) {
                if (o instanceof PyType ty && ty.isSubtypeOf(PyExc.BaseExceptionGroup)) {
                    throw Errors.typeError("catching ExceptionGroup with except* is not allowed. Use except instead.");
                }
            }
        }
    }

    /** `with` and `async with` (one item; several items nest): the async form awaits __aenter__/__aexit__. */
    static final class With extends StmtNode {
        final ExprNode context;
        final TargetNode target;
        final StmtNode body;
        final boolean isAsync;

        With(Span at, ExprNode context, TargetNode target, StmtNode body, boolean isAsync) {
            super(at);
            this.context = context;
            this.target = target;
            this.body = body;
            this.isAsync = isAsync;
        }

        @Override
        int exec(Frame f) {
            PyObject mgr = context.eval(f);
            PyType t = mgr.type();
            PyObject enter = t.lookup(isAsync ? "__aenter__" : "__enter__");
            PyObject exit = t.lookup(isAsync ? "__aexit__" : "__exit__");
            String protocol = isAsync ? "asynchronous context manager" : "context manager";
            if (enter == null) {
                throw context.at(Errors.typeError("'" + t.name + "' object does not support the " + protocol + " protocol"), f);
            }
            if (exit == null) {
                throw context.at(Errors.typeError("'" + t.name + "' object does not support the " + protocol + " protocol (missed "
                        + (isAsync ? "__aexit__" : "__exit__") + " method)"), f);
            }
            PyObject v;
            try {
                v = finish(f, Call.callMethod(enter, mgr), "__aenter__");
            } catch (PyException e) {
                throw context.at(e, f);
            }
            int r;
            try {
                if (target != null) target.assign(f, v);
                r = body.exec(f);
            } catch (PyException e) {
                e.pushEntry(f);
                f.line = line;  // __exit__ runs at the with statement's line, as in CPython (tracebacks, f_lineno)
                PyBaseException ev = e.value;
                PyObject res;
                try {
                    res = whileHandling(ev, () -> finish(f,
                            Call.callMethod(exit, mgr, ev.type(), ev, ev.traceback == null ? PyNone.NONE : ev.traceback), "__aexit__"));
                } catch (PyException e2) {
                    throw context.at(e2, f);
                }
                if (res.isTrue()) return NORMAL;
                throw e;
            }
            PyObject savedRet = f.ret;
            f.line = line;
            try {
                finish(f, Call.callMethod(exit, mgr, PyNone.NONE, PyNone.NONE, PyNone.NONE), "__aexit__");
            } catch (PyException e) {
                throw context.at(e, f);
            }
            f.ret = savedRet;
            return r;
        }

        /** The value of an __enter__/__exit__ call; for `async with`, what awaiting it gives. */
        private PyObject finish(Frame f, PyObject result, String asyncMethod) {
            return isAsync ? AsyncStatements.awaitFrom(f, result, asyncMethod) : result;
        }
    }
}
