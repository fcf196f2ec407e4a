package dev.taipan.runtime;

/** Binds the arguments of built-in functions by parameter name, with CPython's error messages. */
public final class ArgParser {
    private ArgParser() {}

    public static void noKeywords(String fname, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw Errors.typeError(fname + "() takes no keyword arguments");
        }
    }

    /** Checks min <= positional count <= max for a function taking no keywords. */
    public static void count(String fname, PyObject[] args, String[] kwnames, int min, int max) {
        noKeywords(fname, kwnames);
        int n = args.length;
        if (n < min || n > max) {
            if (min == max) {
                if (min == 1 && !fname.contains(".")) {
                    throw Errors.typeError(fname + "() takes exactly one argument (" + n + " given)");
                }
                throw Errors.typeError(fname + " expected " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            if (n < min) {
                throw Errors.typeError(fname + " expected at least " + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
            }
            throw Errors.typeError(fname + " expected at most " + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    /**
     * Binds args to names: the first `positional` names may be given by position; names after
     * `required` are optional (left null when absent). Names after `positionalOnly`... are keyword-capable.
     * posOnly names (the first posOnly) cannot be passed by keyword.
     */
    public static PyObject[] parse(String fname, PyObject[] args, String[] kwnames, String[] names, int required, int positional,
                                   int posOnly) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        PyObject[] out = new PyObject[names.length];
        if (npos > positional) {
            if (positional == required) {
                throw Errors.typeError(fname + "() takes " + (positional == 0 ? "no" : "exactly " + positional) + " positional argument"
                        + (positional == 1 ? "" : "s") + " (" + npos + " given)");
            }
            throw Errors.typeError(fname + "() takes at most " + positional + " argument" + (positional == 1 ? "" : "s") + " (" + npos + " given)");
        }
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            String kn = kwnames[k];
            int ix = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kn)) {
                    ix = i;
                    break;
                }
            }
            if (ix < 0) {
                throw Errors.typeError("'" + kn + "' is an invalid keyword argument for " + fname + "()");
            }
            if (out[ix] != null) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + kn + "') and position (" + (ix + 1) + ")");
            }
            out[ix] = args[npos + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) {
                if (i < posOnly || i < npos) {
                    throw Errors.typeError(fname + "() takes at least " + required + " positional argument" + (required == 1 ? "" : "s")
                            + " (" + npos + " given)");
                }
                throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        return out;
    }

    /** The positional arguments only (when kwnames is non-empty, the leading part). */
    public static PyObject[] positional(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (nkw == 0) return args;
        PyObject[] p = new PyObject[args.length - nkw];
        System.arraycopy(args, 0, p, 0, p.length);
        return p;
    }

    /** The keyword value named name, or null. */
    public static PyObject keyword(PyObject[] args, String[] kwnames, String name) {
        if (kwnames == null) return null;
        int base = args.length - kwnames.length;
        for (int i = 0; i < kwnames.length; i++) {
            if (kwnames[i].equals(name)) return args[base + i];
        }
        return null;
    }

    /** Raises for any keyword not in allowed. */
    public static void allowKeywords(String fname, String[] kwnames, String... allowed) {
        if (kwnames == null) return;
        outer:
        for (String k : kwnames) {
            for (String a : allowed) if (a.equals(k)) continue outer;
            throw Errors.typeError("'" + k + "' is an invalid keyword argument for " + fname + "()");
        }
    }
}
