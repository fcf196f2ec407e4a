package dev.taipan.runtime;

/** str() of exceptions, with the special forms of KeyError, OSError, UnicodeError, SyntaxError and exception groups. */
final class ExceptionText {
    private ExceptionText() {}

    static String str(PyBaseException e) {
        PyType t = e.type();
        PyTuple args = e.args;
        if (t.isSubtypeOf(PyExc.KeyError) && args.size() == 1) {
            return args.get(0).repr();
        }
        if (t.isSubtypeOf(PyExc.OSError)) {
            String s = OsErrorMethods.str(e);
            if (s != null) return s;
        }
        if (t.isSubtypeOf(PyExc.UnicodeError)) {
            String s = UnicodeErrorMethods.str(e);
            if (s != null) return s;
        }
        if (t.isSubtypeOf(PyExc.SyntaxError)) {
            PyObject msg = args.size() >= 1 ? args.get(0) : PyNone.NONE;
            PyObject fn = t.lookup("filename").descrGet(e, t);
            PyObject ln = t.lookup("lineno").descrGet(e, t);
            String m = msg.str();
            if (fn != PyNone.NONE && ln != PyNone.NONE) {
                String f = fn.str();
                int slash = f.lastIndexOf('/');
                return m + " (" + f.substring(slash + 1) + ", line " + ln.str() + ")";
            }
            if (ln != PyNone.NONE) return m + " (line " + ln.str() + ")";
            return m;
        }
        if (t.isSubtypeOf(PyExc.BaseExceptionGroup)) {
            return ExceptionGroups.str(e);
        }
        if (args.size() == 0) return "";
        if (args.size() == 1) return args.get(0).str();
        return args.repr();
    }
}
