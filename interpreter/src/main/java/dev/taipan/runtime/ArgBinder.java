package dev.taipan.runtime;

import java.util.ArrayList;
import java.util.List;

/** Binds call arguments to a Python function's parameter slots, with CPython's error messages. */
final class ArgBinder {
    private ArgBinder() {}

    static void bind(PyFunction fn, PyObject[] locals, PyObject self, PyObject[] args, String[] kwnames) {
        Code c = fn.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int given = args.length - nkw + (self != null ? 1 : 0);
        int argcount = c.argcount;
        int ncopy = Math.min(given, argcount);
        // positional
        for (int i = 0; i < ncopy; i++) {
            locals[i] = self != null ? (i == 0 ? self : args[i - 1]) : args[i];
        }
        int slot = argcount + c.kwonlyCount;
        if (c.varargs) {
            int extra = Math.max(0, given - argcount);
            PyObject[] rest = new PyObject[extra];
            for (int k = 0; k < extra; k++) {
                int gi = argcount + k;
                rest[k] = self != null ? (gi == 0 ? self : args[gi - 1]) : args[gi];
            }
            locals[slot++] = PyTuple.wrap(rest);
        } else if (given > argcount) {
            throw tooManyPositional(fn, given, args, kwnames, locals);
        }
        PyDict kwdict = null;
        if (c.varkw) {
            kwdict = new PyDict();
            locals[slot] = kwdict;
        }
        // keywords
        List<String> posonlyAsKw = null;
        int base = args.length - nkw;
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[base + k];
            int ix = -1;
            for (int i = c.posonlyCount; i < argcount + c.kwonlyCount; i++) {
                if (c.varnames[i].equals(name)) {
                    ix = i;
                    break;
                }
            }
            if (ix >= 0) {
                if (locals[ix] != null) {
                    throw Errors.typeError(fn.qualname + "() got multiple values for argument '" + name + "'");
                }
                locals[ix] = value;
                continue;
            }
            if (kwdict != null) {
                if (kwdict.getStr(name) != null) {
                    throw Errors.typeError(fn.qualname + "() got multiple values for keyword argument '" + name + "'");
                }
                kwdict.putStr(name, value);
                continue;
            }
            boolean isPosonly = false;
            for (int i = 0; i < c.posonlyCount; i++) {
                if (c.varnames[i].equals(name)) isPosonly = true;
            }
            if (isPosonly) {
                if (posonlyAsKw == null) posonlyAsKw = new ArrayList<>();
                posonlyAsKw.add(name);
                continue;
            }
            throw Errors.typeError(fn.qualname + "() got an unexpected keyword argument '" + name + "'" + keywordHint(c, name));
        }
        if (posonlyAsKw != null) {
            throw Errors.typeError(fn.qualname + "() got some positional-only arguments passed as keyword arguments: '"
                    + String.join(", ", posonlyAsKw) + "'");
        }
        // defaults for positional parameters
        PyObject[] defaults = fn.defaults;
        int ndef = defaults == null ? 0 : defaults.length;
        List<String> missing = null;
        for (int i = 0; i < argcount; i++) {
            if (locals[i] != null) continue;
            int d = i - (argcount - ndef);
            if (d >= 0) {
                locals[i] = defaults[d];
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(c.varnames[i]);
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "positional");
        }
        for (int i = argcount; i < argcount + c.kwonlyCount; i++) {
            if (locals[i] != null) continue;
            PyObject d = fn.kwdefaults == null ? null : fn.kwdefaults.getStr(c.varnames[i]);
            if (d != null) {
                locals[i] = d;
            } else {
                if (missing == null) missing = new ArrayList<>();
                missing.add(c.varnames[i]);
            }
        }
        if (missing != null) {
            throw missingArgs(fn, missing, "keyword-only");
        }
    }

    /** ". Did you mean 'x'?" when a parameter name is close to the unexpected keyword (CPython 3.13). */
    private static String keywordHint(Code c, String name) {
        List<String> names = new ArrayList<>();
        for (int i = c.posonlyCount; i < c.argcount + c.kwonlyCount; i++) names.add(c.varnames[i]);
        String s = Suggestions.closest(names, name);
        return s == null ? "" : ". Did you mean '" + s + "'?";
    }

    private static PyException missingArgs(PyFunction fn, List<String> names, String kind) {
        StringBuilder sb = new StringBuilder(fn.qualname).append("() missing ").append(names.size()).append(" required ")
                .append(kind).append(" argument").append(names.size() == 1 ? "" : "s").append(": ");
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) sb.append(names.size() == 2 ? " and " : (i == names.size() - 1 ? ", and " : ", "));
            sb.append('\'').append(names.get(i)).append('\'');
        }
        return Errors.typeError(sb.toString());
    }

    private static PyException tooManyPositional(PyFunction fn, int given, PyObject[] args, String[] kwnames, PyObject[] locals) {
        Code c = fn.code;
        int ndef = fn.defaults == null ? 0 : fn.defaults.length;
        int argcount = c.argcount;
        String takes;
        if (ndef > 0 && ndef <= argcount) {
            takes = "from " + (argcount - ndef) + " to " + argcount + " positional arguments";
        } else {
            takes = argcount + " positional argument" + (argcount == 1 ? "" : "s");
        }
        int kwonlyGiven = 0;
        if (kwnames != null) {
            for (String k : kwnames) {
                for (int i = argcount; i < argcount + c.kwonlyCount; i++) {
                    if (c.varnames[i].equals(k)) kwonlyGiven++;
                }
            }
        }
        String was;
        if (kwonlyGiven > 0) {
            was = given + " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven + " keyword-only argument"
                    + (kwonlyGiven == 1 ? "" : "s") + ") were given";
        } else {
            was = given + (given == 1 ? " was given" : " were given");
        }
        return Errors.typeError(fn.qualname + "() takes " + takes + " but " + was);
    }
}
