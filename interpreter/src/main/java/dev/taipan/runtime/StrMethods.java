package dev.taipan.runtime;

import dev.taipan.ast.Operator;

/** Installs the methods of str (the algorithms live in StrSearch, StrCase, StrFormat and PercentFormat) and str's operators. */
public final class StrMethods {
    private StrMethods() {}

    // ---- argument helpers shared by str, bytes and the numbers --------------------------------

    static void noKw(String qualname, String[] kw) {
        if (kw != null && kw.length > 0) throw Errors.typeError(qualname + "() takes no keyword arguments");
    }

    /** "find expected at least 1 argument, got 0" */
    static void argCount(String name, PyObject[] args, int min, int max) {
        int n = args.length;
        if (n < min) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at least ") + min + " argument" + (min == 1 ? "" : "s") + ", got " + n);
        }
        if (n > max) {
            throw Errors.typeError(name + " expected " + (min == max ? "" : "at most ") + max + " argument" + (max == 1 ? "" : "s") + ", got " + n);
        }
    }

    private static String plural(int n) {
        return n == 1 ? "" : "s";
    }

    /**
     * Binds arguments as CPython's Argument Clinic does, with its messages. names lists every
     * parameter; the first posOnly are positional-only, the first maxPos may be positional, the first
     * minPos must be given positionally and the first required must be given at all.
     * Absent optional parameters are null.
     */
    static PyObject[] clinic(String fname, PyObject[] args, String[] kw, String[] names, int posOnly, int minPos, int maxPos, int required) {
        int nkw = kw == null ? 0 : kw.length;
        int nargs = args.length - nkw;
        int maxArgs = names.length;
        if (nargs + nkw > maxArgs) {
            throw Errors.typeError(fname + "() takes at most " + maxArgs + " " + (nargs == 0 ? "keyword " : "") + "argument" + plural(maxArgs)
                    + " (" + (nargs + nkw) + " given)");
        }
        if (nargs > maxPos) {
            if (maxPos == 0) throw Errors.typeError(fname + "() takes no positional arguments");
            throw Errors.typeError(fname + "() takes " + (minPos < maxPos ? "at most" : "exactly") + " " + maxPos + " positional argument"
                    + plural(maxPos) + " (" + nargs + " given)");
        }
        if (nargs < minPos) {
            throw Errors.typeError(fname + "() takes " + (minPos < maxPos ? "at least" : "exactly") + " " + minPos + " positional argument"
                    + plural(minPos) + " (" + nargs + " given)");
        }
        PyObject[] out = new PyObject[maxArgs];
        System.arraycopy(args, 0, out, 0, nargs);
        for (int k = 0; k < nkw; k++) {
            String name = kw[k];
            int ix = -1;
            for (int i = posOnly; i < maxArgs; i++) {
                if (names[i].equals(name)) {
                    ix = i;
                    break;
                }
            }
            if (ix < 0) throw Errors.typeError(fname + "() got an unexpected keyword argument '" + name + "'");
            if (ix < nargs) {
                throw Errors.typeError("argument for " + fname + "() given by name ('" + name + "') and position (" + (ix + 1) + ")");
            }
            out[ix] = args[nargs + k];
        }
        for (int i = 0; i < required; i++) {
            if (out[i] == null) throw Errors.typeError(fname + "() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
        }
        return out;
    }

    /** A str argument of a clinic function: "encode() argument 'encoding' must be str, not int". */
    static String strParam(String fname, String pname, PyObject o, String def) {
        if (o == null) return def;
        if (o instanceof PyStr s) return s.value;
        throw Errors.typeError(fname + "() argument '" + pname + "' must be str, not " + o.type().name);
    }

    static long indexParam(PyObject o, long def) {
        if (o == null) return def;
        return Protocols.index(o).asLong("Python int too large to convert to C ssize_t");
    }

    /** The value itself when it is an exact str, else an exact str copy (what str methods return for subclasses). */
    static PyStr exact(PyStr s) {
        return s.getClass() == PyStr.class ? s : PyStr.of(s.value);
    }

    private static PyStr self(PyObject o) {
        return (PyStr) o;
    }

    // ---- operators ------------------------------------------------------------------------------

    /** str's binary operators (+, *, %) for PyStr.binaryOp: NotImplemented for the rest. */
    public static PyObject binary(PyStr self, Operator op, PyObject other, boolean reflected) {
        switch (op) {
            case ADD -> {
                if (reflected) return PyNotImplemented.NOT_IMPLEMENTED;
                if (other instanceof PyStr o) return concat(self, o);
                if (BytesOps.otherMayReflect(other, op)) return PyNotImplemented.NOT_IMPLEMENTED;
                throw Errors.typeError("can only concatenate str (not \"" + other.type().name + "\") to str");
            }
            case MUL -> {
                PyObject idx = other instanceof PyInt ? other : Protocols.indexOrNull(other);
                if (idx != null) return repeat(self, (PyInt) idx);
                if (!reflected && BytesOps.otherMayReflect(other, op)) return PyNotImplemented.NOT_IMPLEMENTED;
                throw Errors.typeError("can't multiply sequence by non-int of type '" + other.type().name + "'");
            }
            case MOD -> {
                if (reflected) return PyNotImplemented.NOT_IMPLEMENTED;
                return PyStr.of(PercentFormat.format(self.value, other));
            }
            default -> {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
        }
    }

    static PyStr concat(PyStr a, PyStr b) {
        if (b.value.isEmpty() && a.getClass() == PyStr.class) return a;
        if (a.value.isEmpty() && b.getClass() == PyStr.class) return b;
        return PyStr.of(a.value.concat(b.value));
    }

    static PyStr repeat(PyStr s, PyInt times) {
        if (times.isBig()) {
            if (times.signum() <= 0 || s.value.isEmpty()) return PyStr.EMPTY;
            throw Errors.overflowError("cannot fit 'int' into an index-sized integer");
        }
        long n = times.value;
        int len = s.value.length();
        if (n <= 0 || len == 0) return PyStr.EMPTY;
        if (n == 1) return exact(s);
        if (n > Long.MAX_VALUE / len) throw Errors.overflowError("repeated string is too long");
        if (n * len > Integer.MAX_VALUE - 16) throw Errors.of(PyExc.MemoryError, "");
        return PyStr.of(s.value.repeat((int) n));
    }

    // ---- install -------------------------------------------------------------------------------

    public static void install() {
        PyType t = PyStr.TYPE;
        t.staticNew(StrMethods::newStr);
        installSearch(t);
        installShape(t);
        installPredicates(t);
        installDunders(t);
    }

    private static void installSearch(PyType t) {
        for (String name : new String[] {"find", "rfind", "index", "rindex"}) {
            boolean rev = name.startsWith("r");
            boolean raise = name.endsWith("index");
            t.method(name, (s, a, kw) -> {
                noKw("str." + name, kw);
                argCount(name, a, 1, 3);
                PyStr sub = StrSearch.strArg(name, 1, a[0]);
                int r = StrSearch.find(self(s), sub, a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null, rev);
                if (r < 0 && raise) throw Errors.valueError("substring not found");
                return PyInt.of(r);
            });
        }
        t.method("count", (s, a, kw) -> {
            noKw("str.count", kw);
            argCount("count", a, 1, 3);
            PyStr sub = StrSearch.strArg("count", 1, a[0]);
            return PyInt.of(StrSearch.count(self(s), sub, a.length > 1 ? a[1] : null, a.length > 2 ? a[2] : null));
        });
        t.method("startswith", (s, a, kw) -> StrSearch.startsWith(self(s), a, kw, false));
        t.method("endswith", (s, a, kw) -> StrSearch.startsWith(self(s), a, kw, true));
        t.method("replace", (s, a, kw) -> {
            PyObject[] p = clinic("replace", a, kw, new String[] {"old", "new", "count"}, 2, 2, 3, 2);
            PyStr old = StrSearch.strArg("replace", 1, p[0]);
            PyStr repl = StrSearch.strArg("replace", 2, p[1]);
            long count = indexParam(p[2], -1);
            String r = StrSearch.replace(self(s), old.value, repl.value, count);
            return r == self(s).value ? exact(self(s)) : PyStr.of(r);
        });
        String[] splitNames = {"sep", "maxsplit"};
        t.method("split", (s, a, kw) -> {
            if (kw == null && a.length == 1 && a[0] instanceof PyStr sep) return StrSearch.split(self(s), sep.value, -1);
            PyObject[] p = kw == null && a.length == 0 ? new PyObject[2] : clinic("split", a, kw, splitNames, 0, 0, 2, 0);
            long max = indexParam(p[1], -1);
            if (p[0] == null || p[0] == PyNone.NONE) return StrSearch.splitWhitespace(self(s).value, max);
            if (!(p[0] instanceof PyStr sep)) throw Errors.typeError("must be str or None, not " + p[0].type().name);
            return StrSearch.split(self(s), sep.value, max);
        });
        t.method("rsplit", (s, a, kw) -> {
            PyObject[] p = clinic("rsplit", a, kw, splitNames, 0, 0, 2, 0);
            long max = indexParam(p[1], -1);
            if (p[0] == null || p[0] == PyNone.NONE) return StrSearch.rsplitWhitespace(self(s).value, max);
            if (!(p[0] instanceof PyStr sep)) throw Errors.typeError("must be str or None, not " + p[0].type().name);
            return StrSearch.rsplit(self(s), sep.value, max);
        });
        t.method("splitlines", (s, a, kw) -> {
            PyObject[] p = clinic("splitlines", a, kw, new String[] {"keepends"}, 0, 0, 1, 0);
            return StrSearch.splitlines(self(s).value, p[0] != null && p[0].isTrue());
        });
        t.method1("partition", (s, sep) -> StrSearch.partition(self(s), sep, false));
        t.method1("rpartition", (s, sep) -> StrSearch.partition(self(s), sep, true));
        t.method1("join", (s, it) -> StrSearch.join(self(s), it));
        String[] stripNames = {"strip", "lstrip", "rstrip"};
        for (int mode = 0; mode < 3; mode++) {
            int m = mode;
            String name = stripNames[mode];
            t.method(name, (s, a, kw) -> {
                noKw("str." + name, kw);
                argCount(name, a, 0, 1);
                return StrSearch.strip(self(s), a.length > 0 ? a[0] : null, m);
            });
        }
        t.method1("removeprefix", (s, p) -> {
            if (!(p instanceof PyStr ps)) throw Errors.typeError("removeprefix() argument must be str, not " + p.type().name);
            String v = self(s).value;
            return v.startsWith(ps.value) && !ps.value.isEmpty() ? PyStr.of(v.substring(ps.value.length())) : exact(self(s));
        });
        t.method1("removesuffix", (s, p) -> {
            if (!(p instanceof PyStr ps)) throw Errors.typeError("removesuffix() argument must be str, not " + p.type().name);
            String v = self(s).value;
            return v.endsWith(ps.value) && !ps.value.isEmpty() ? PyStr.of(v.substring(0, v.length() - ps.value.length())) : exact(self(s));
        });
    }

    private static void installShape(PyType t) {
        t.method0("upper", s -> PyStr.of(StrCase.upper(self(s).value)));
        t.method0("lower", s -> PyStr.of(StrCase.lower(self(s).value)));
        t.method0("casefold", s -> PyStr.of(StrCase.casefold(self(s).value)));
        t.method0("title", s -> PyStr.of(StrCase.title(self(s).value)));
        t.method0("capitalize", s -> PyStr.of(StrCase.capitalize(self(s).value)));
        t.method0("swapcase", s -> PyStr.of(StrCase.swapcase(self(s).value)));
        t.method("center", (s, a, kw) -> StrCase.justify(self(s), a, kw, 0));
        t.method("ljust", (s, a, kw) -> StrCase.justify(self(s), a, kw, 1));
        t.method("rjust", (s, a, kw) -> StrCase.justify(self(s), a, kw, 2));
        t.method1("zfill", (s, w) -> StrCase.zfill(self(s), w));
        t.method("expandtabs", (s, a, kw) -> {
            PyObject[] p = clinic("expandtabs", a, kw, new String[] {"tabsize"}, 0, 0, 1, 0);
            return PyStr.of(StrCase.expandTabs(self(s).value, indexParam(p[0], 8)));
        });
        t.method1("translate", (s, table) -> StrCase.translate(self(s), table));
        t.define("maketrans", new PyStaticMethod(new PyBuiltin.Function("maketrans", null, StrCase::maketrans)));
        t.method("encode", (s, a, kw) -> {
            PyObject[] p = clinic("encode", a, kw, new String[] {"encoding", "errors"}, 0, 0, 2, 0);
            String enc = strParam("encode", "encoding", p[0], "utf-8");
            String err = strParam("encode", "errors", p[1], "strict");
            return PyBytes.wrap(StrCodec.encode(self(s).value, enc, err));
        });
        t.method("format", (s, a, kw) -> PyStr.of(StrFormat.formatTemplate(self(s).value, a, kw, null)));
        t.method1("format_map", (s, m) -> PyStr.of(StrFormat.formatTemplate(self(s).value, new PyObject[0], null, m)));
        t.method1("__format__", (s, spec) -> {
            if (!(spec instanceof PyStr sp)) throw Errors.typeError("__format__() argument must be str, not " + spec.type().name);
            return PyStr.of(StrFormat.formatStr(self(s), sp.value));
        });
    }

    private static void installPredicates(PyType t) {
        t.method0("isdigit", s -> PyBool.of(StrCase.all(self(s).value, StrCase::isDigit)));
        t.method0("isdecimal", s -> PyBool.of(StrCase.all(self(s).value, StrCase::isDecimal)));
        t.method0("isnumeric", s -> PyBool.of(StrCase.all(self(s).value, StrCase::isNumeric)));
        t.method0("isalpha", s -> PyBool.of(StrCase.all(self(s).value, Character::isLetter)));
        t.method0("isalnum", s -> PyBool.of(StrCase.all(self(s).value, StrCase::isAlnum)));
        t.method0("isspace", s -> PyBool.of(StrCase.all(self(s).value, StrSearch::isSpace)));
        t.method0("islower", s -> PyBool.of(StrCase.caseCheck(self(s).value, false)));
        t.method0("isupper", s -> PyBool.of(StrCase.caseCheck(self(s).value, true)));
        t.method0("istitle", s -> PyBool.of(StrCase.isTitle(self(s).value)));
        t.method0("isidentifier", s -> PyBool.of(StrCase.isIdentifier(self(s).value)));
        t.method0("isprintable", s -> PyBool.of(StrCase.isPrintable(self(s).value)));
        t.method0("isascii", s -> PyBool.of(StrCase.isAscii(self(s).value)));
    }

    private static void installDunders(PyType t) {
        t.method1("__add__", (s, o) -> {
            if (o instanceof PyStr os) return concat(self(s), os);
            throw Errors.typeError("can only concatenate str (not \"" + o.type().name + "\") to str");
        });
        t.method1("__mul__", (s, o) -> repeat(self(s), Protocols.index(o)));
        t.method1("__rmul__", (s, o) -> repeat(self(s), Protocols.index(o)));
        t.method1("__mod__", (s, o) -> PyStr.of(PercentFormat.format(self(s).value, o)));
        t.method1("__rmod__", (s, o) -> PyNotImplemented.NOT_IMPLEMENTED);
        for (CompareOp op : CompareOp.values()) {
            t.method1(op.dunder, (s, o) -> s.richCompare(o, op));
        }
        t.method0("__hash__", s -> PyInt.of(self(s).hash()));
        t.method0("__len__", s -> PyInt.of(self(s).length()));
        t.method1("__getitem__", (s, k) -> s.getItem(k));
        t.method1("__contains__", (s, k) -> PyBool.of(s.contains(k)));
        t.method0("__iter__", s -> s.iter());
        t.method0("__repr__", s -> PyStr.of(PyStr.repr(self(s).value)));
        t.method0("__str__", s -> exact(self(s)));
        t.method0("__getnewargs__", s -> PyTuple.of(exact(self(s))));
        for (PyType it : new PyType[] {PyStr.StrIterator.TYPE, PyStr.StrIterator.UNICODE_TYPE}) {
            it.method0("__iter__", s -> s);
            it.method0("__next__", s -> {
                PyObject r = s.next();
                if (r == null) throw Errors.stopIteration(null);
                return r;
            });
        }
    }

    // ---- the constructor ------------------------------------------------------------------------

    private static final String[] NEW_NAMES = {"object", "encoding", "errors"};

    private static PyObject newStr(PyType cls, PyObject[] args, String[] kw) {
        String v;
        if (kw == null && args.length <= 1) {
            v = args.length == 0 ? "" : args[0].str();
            if (cls == PyStr.TYPE) return args.length == 1 && args[0].getClass() == PyStr.class ? args[0] : PyStr.of(v);
        } else {
            if (args.length > 3) argCount("str", args, 0, 3);
            PyObject[] p = clinic("str", args, kw, NEW_NAMES, 0, 0, 3, 0);
            String enc = strParam("str", "encoding", p[1], null);
            String err = strParam("str", "errors", p[2], null);
            if (enc == null && err == null) {
                v = p[0] == null ? "" : p[0].str();
            } else {
                PyObject o = p[0] == null ? PyBytes.EMPTY : p[0];
                if (o instanceof PyStr) throw Errors.typeError("decoding str is not supported");
                if (!(o instanceof BytesLike b)) {
                    throw Errors.typeError("decoding to str: need a bytes-like object, " + o.type().name + " found");
                }
                v = StrCodec.decode(b.array(), b.size(), enc == null ? "utf-8" : enc, err == null ? "strict" : err);
            }
        }
        if (cls == PyStr.TYPE) return PyStr.of(v);
        return PyStrSub.create(cls, v);
    }
}
