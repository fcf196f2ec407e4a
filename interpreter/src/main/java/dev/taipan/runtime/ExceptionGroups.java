package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/** BaseExceptionGroup and ExceptionGroup: construction rules, message/exceptions, subgroup, split and derive. */
public final class ExceptionGroups {
    private ExceptionGroups() {}

    static void install() {
        PyType beg = PyExc.BaseExceptionGroup;
        beg.newFunction = ExceptionGroups::create;
        beg.define("__new__", new PyBuiltin.StaticNew(beg));
        PyExc.ExceptionGroup.newFunction = ExceptionGroups::create;
        beg.define("message", new PyGetSet(beg, "message", o -> ((PyBaseException) o).args.get(0), null));
        beg.define("exceptions", new PyGetSet(beg, "exceptions", o -> exceptions((PyBaseException) o), null));
        beg.method("__init__", (self, args, kw) -> PyNone.NONE);
        beg.method1("derive", (self, excs) -> derive((PyBaseException) self, excs));
        beg.method1("subgroup", (self, cond) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(cond));
            return r[0] == null ? PyNone.NONE : r[0];
        });
        beg.method1("split", (self, cond) -> {
            PyBaseException[] r = split((PyBaseException) self, matcher(cond));
            return PyTuple.of(r[0] == null ? PyNone.NONE : r[0], r[1] == null ? PyNone.NONE : r[1]);
        });
    }

    private static PyObject create(PyType cls, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw Errors.typeError(cls.name + "() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw Errors.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (" + args.length + " given)");
        }
        if (!(args[0] instanceof PyStr)) {
            throw Errors.typeError("argument 1 must be str, not " + args[0].type().name);
        }
        PyObject seq = args[1];
        if (!(seq instanceof PyList || seq instanceof PyTuple) && seq.type().lookup("__getitem__") == null) {
            throw Errors.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] items = Protocols.toArray(seq);
        if (items.length == 0) {
            throw Errors.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean allExceptions = true;
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyBaseException e)) {
                throw Errors.valueError("Item " + i + " of second argument (exceptions) is not an exception");
            }
            if (!e.isInstance(PyExc.Exception)) allExceptions = false;
        }
        PyType actual = cls;
        if (cls == PyExc.BaseExceptionGroup) {
            if (allExceptions) actual = PyExc.ExceptionGroup;
        } else if (cls == PyExc.ExceptionGroup) {
            if (!allExceptions) throw Errors.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
        } else if (!allExceptions && cls.isSubtypeOf(PyExc.Exception)) {
            throw Errors.typeError("Cannot nest BaseExceptions in '" + cls.name + "'");
        }
        PyBaseException g = (PyBaseException) actual.allocator.allocate(actual);
        g.args = PyTuple.of(args[0], seq);
        g.groupExceptions = PyTuple.wrap(items);
        return g;
    }

    static String str(PyBaseException e) {
        if (e.args.size() < 2) return e.args.size() == 1 ? e.args.get(0).str() : "";
        int n = exceptions(e).size();
        return e.args.get(0).str() + " (" + n + " sub-exception" + (n == 1 ? "" : "s") + ")";
    }

    /** The group's sub-exceptions as a tuple (args[1] keeps the sequence as given, for repr). */
    public static PyTuple exceptions(PyBaseException group) {
        if (group.groupExceptions != null) return group.groupExceptions;
        return PyTuple.wrap(Protocols.toArray(group.args.get(1)));
    }

    public static boolean isGroup(PyBaseException e) {
        return e.isInstance(PyExc.BaseExceptionGroup) && e.args.size() >= 2;
    }

    /** Builds a group from a message and a list of exceptions (used by except* and TaskGroup). */
    public static PyBaseException make(String message, List<PyBaseException> excs) {
        return (PyBaseException) PyExc.BaseExceptionGroup.call(PyStr.of(message), PyList.of(excs.toArray(new PyObject[0])));
    }

    private static PyObject derive(PyBaseException self, PyObject excs) {
        return PyExc.BaseExceptionGroup.call(self.args.get(0), excs);
    }

    /** A predicate over leaf exceptions built from a type, a tuple of types or a callable. */
    public interface Matcher {
        boolean test(PyBaseException e);
    }

    public static Matcher matcher(PyObject cond) {
        if (cond instanceof PyType t && t.isSubtypeOf(PyExc.BaseException)) {
            return e -> e.isInstance(t);
        }
        if (cond instanceof PyTuple tup) {
            for (PyObject o : tup.items) {
                if (!(o instanceof PyType t && t.isSubtypeOf(PyExc.BaseException))) {
                    throw Errors.typeError("expected a function, exception type or tuple of exception types");
                }
            }
            return e -> {
                for (PyObject o : tup.items) if (e.isInstance((PyType) o)) return true;
                return false;
            };
        }
        if (Builtins.callable(cond)) {
            return e -> cond.call(e).isTrue();
        }
        throw Errors.typeError("expected a function, exception type or tuple of exception types");
    }

    /** Splits a group into (matching, rest); either may be null. The group itself counts if it matches whole. */
    public static PyBaseException[] split(PyBaseException group, Matcher m) {
        if (m.test(group)) return new PyBaseException[] {group, null};
        if (!group.isInstance(PyExc.BaseExceptionGroup)) return new PyBaseException[] {null, group};
        List<PyObject> yes = new ArrayList<>(), no = new ArrayList<>();
        for (PyObject o : exceptions(group).items) {
            PyBaseException[] r = split((PyBaseException) o, m);
            if (r[0] != null) yes.add(r[0]);
            if (r[1] != null) no.add(r[1]);
        }
        PyBaseException a = yes.isEmpty() ? null : derived(group, yes);
        PyBaseException b = no.isEmpty() ? null : derived(group, no);
        return new PyBaseException[] {a, b};
    }

    private static PyBaseException derived(PyBaseException group, List<PyObject> excs) {
        PyObject d = Call.callMethod(group.type().lookup("derive"), group, new PyObject[] {PyList.of(excs.toArray(new PyObject[0]))}, null);
        if (!(d instanceof PyBaseException r) || !r.isInstance(PyExc.BaseExceptionGroup)) {
            throw Errors.typeError("derive must return an instance of BaseExceptionGroup");
        }
        r.traceback = group.traceback;
        r.cause = group.cause;
        r.context = group.context;
        r.suppressContext = group.suppressContext;
        PyObject notes = group.slot("__notes__");
        if (notes != null) r.setSlot("__notes__", notes);
        return r;
    }
}
