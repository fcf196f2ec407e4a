package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import dev.taipan.runtime.PyType;

/** operator.itemgetter, attrgetter and methodcaller: callable objects with CPython's reprs. */
final class OperatorCallables {
    private OperatorCallables() {}

    private static PyType callableType(String name, PyType.NewFunction create) {
        PyType t = new PyType(name, PyType.OBJECT, true, null);
        t.module = "operator";
        t.staticNew(create);
        return t;
    }

    private static void noKeywords(String name, String[] k) {
        if (k != null && k.length > 0) throw Errors.typeError(name + "() takes no keyword arguments");
    }

    private static PyObject one(String name, PyObject[] a, String[] k) {
        noKeywords(name, k);
        if (a.length != 1) throw Errors.typeError(name + " expected 1 argument, got " + a.length);
        return a[0];
    }

    private static String argsRepr(PyObject[] items) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (i > 0) sb.append(", ");
            sb.append(items[i].repr());
        }
        return sb.toString();
    }

    // ---- itemgetter -------------------------------------------------------------------------------

    static final PyType ITEMGETTER = callableType("itemgetter", (cls, a, k) -> {
        noKeywords("itemgetter", k);
        if (a.length == 0) throw Errors.typeError("itemgetter expected 1 argument, got 0");
        return new ItemGetter(a.clone());
    });

    /** itemgetter(*items): obj[item], or a tuple of them for several items. */
    static final class ItemGetter extends PyObject {
        private final PyObject[] items;

        ItemGetter(PyObject[] items) {
            this.items = items;
        }

        @Override
        public PyType type() {
            return ITEMGETTER;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject obj = one("itemgetter", args, kwnames);
            if (items.length == 1) return obj.getItem(items[0]);
            PyObject[] out = new PyObject[items.length];
            for (int i = 0; i < items.length; i++) out[i] = obj.getItem(items[i]);
            return PyTuple.of(out);
        }

        @Override
        public String repr() {
            return "operator.itemgetter(" + argsRepr(items) + ")";
        }
    }

    // ---- attrgetter -------------------------------------------------------------------------------

    static final PyType ATTRGETTER = callableType("attrgetter", (cls, a, k) -> {
        noKeywords("attrgetter", k);
        if (a.length == 0) throw Errors.typeError("attrgetter expected 1 argument, got 0");
        String[][] paths = new String[a.length][];
        for (int i = 0; i < a.length; i++) {
            if (!(a[i] instanceof PyStr s)) throw Errors.typeError("attribute name must be a string");
            paths[i] = s.value.split("\\.", -1);
        }
        return new AttrGetter(a.clone(), paths);
    });

    /** attrgetter(*attrs): getattr(obj, attr) with dotted names followed, or a tuple of them. */
    static final class AttrGetter extends PyObject {
        private final PyObject[] names;
        private final String[][] paths;

        AttrGetter(PyObject[] names, String[][] paths) {
            this.names = names;
            this.paths = paths;
        }

        @Override
        public PyType type() {
            return ATTRGETTER;
        }

        private static PyObject follow(PyObject obj, String[] path) {
            for (String p : path) obj = obj.getAttr(p);
            return obj;
        }

        @Override
        public PyObject call(PyObject[] args, String[] kwnames) {
            PyObject obj = one("attrgetter", args, kwnames);
            if (paths.length == 1) return follow(obj, paths[0]);
            PyObject[] out = new PyObject[paths.length];
            for (int i = 0; i < paths.length; i++) out[i] = follow(obj, paths[i]);
            return PyTuple.of(out);
        }

        @Override
        public String repr() {
            return "operator.attrgetter(" + argsRepr(names) + ")";
        }
    }

    // ---- methodcaller -------------------------------------------------------------------------------

    static final PyType METHODCALLER = callableType("methodcaller", (cls, a, k) -> {
        int nkw = k == null ? 0 : k.length;
        if (a.length - nkw < 1) throw Errors.typeError("methodcaller needs at least one argument, the method name");
        if (!(a[0] instanceof PyStr name)) throw Errors.typeError("method name must be a string");
        PyObject[] rest = new PyObject[a.length - 1];
        System.arraycopy(a, 1, rest, 0, rest.length);
        return new MethodCaller(name.value, rest, k == null ? new String[0] : k.clone());
    });

    /** methodcaller(name, /, *args, **kwargs): obj.name(*args, **kwargs). */
    static final class MethodCaller extends PyObject {
        private final String name;
        private final PyObject[] args;
        private final String[] kwnames;

        MethodCaller(String name, PyObject[] args, String[] kwnames) {
            this.name = name;
            this.args = args;
            this.kwnames = kwnames;
        }

        @Override
        public PyType type() {
            return METHODCALLER;
        }

        @Override
        public PyObject call(PyObject[] callArgs, String[] callKw) {
            PyObject obj = one("methodcaller", callArgs, callKw);
            return obj.getAttr(name).call(args.clone(), kwnames.length == 0 ? null : kwnames);
        }

        @Override
        public String repr() {
            StringBuilder sb = new StringBuilder("operator.methodcaller(").append(PyStr.repr(name));
            int npos = args.length - kwnames.length;
            for (int i = 0; i < npos; i++) sb.append(", ").append(args[i].repr());
            for (int i = 0; i < kwnames.length; i++) sb.append(", ").append(kwnames[i]).append('=').append(args[npos + i].repr());
            return sb.append(')').toString();
        }
    }
}
