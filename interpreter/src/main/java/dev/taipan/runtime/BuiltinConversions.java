package dev.taipan.runtime;

import dev.taipan.ast.Operator;
import java.math.BigInteger;

/** The numeric and character built-ins: abs, round, divmod, pow, chr, ord, hex, oct, bin and format. */
final class BuiltinConversions {
    private BuiltinConversions() {}

    static void install(PyDict b) {
        BuiltinFunctions.fn(b, "abs", (a, kw) -> {
            BuiltinFunctions.one("abs", a, kw);
            return abs(a[0]);
        });
        BuiltinFunctions.fn(b, "round", BuiltinConversions::round);
        BuiltinFunctions.fn(b, "divmod", (a, kw) -> {
            ArgParser.count("divmod", a, kw, 2, 2);
            return divmod(a[0], a[1]);
        });
        BuiltinFunctions.fn(b, "pow", BuiltinConversions::pow);
        BuiltinFunctions.fn(b, "chr", (a, kw) -> {
            BuiltinFunctions.one("chr", a, kw);
            PyInt i = Protocols.index(a[0]);
            if (i.isBig() || i.value < 0 || i.value > 0x10FFFF) throw Errors.valueError("chr() arg not in range(0x110000)");
            return PyStr.ofCodePoint((int) i.value);
        });
        BuiltinFunctions.fn(b, "ord", (a, kw) -> {
            BuiltinFunctions.one("ord", a, kw);
            return ord(a[0]);
        });
        BuiltinFunctions.fn(b, "hex", (a, kw) -> {
            BuiltinFunctions.one("hex", a, kw);
            return radix(a[0], 16, "0x");
        });
        BuiltinFunctions.fn(b, "oct", (a, kw) -> {
            BuiltinFunctions.one("oct", a, kw);
            return radix(a[0], 8, "0o");
        });
        BuiltinFunctions.fn(b, "bin", (a, kw) -> {
            BuiltinFunctions.one("bin", a, kw);
            return radix(a[0], 2, "0b");
        });
        BuiltinFunctions.fn(b, "format", (a, kw) -> {
            ArgParser.count("format", a, kw, 1, 2);
            String spec = "";
            if (a.length == 2) {
                if (!(a[1] instanceof PyStr s)) throw Errors.typeError("format() argument 2 must be str, not " + a[1].type().name);
                spec = s.value;
            }
            return PyStr.of(StrFormat.format(a[0], spec));
        });
    }

    static PyObject abs(PyObject x) {
        if (x.getClass() == PyInt.class) return IntMath.abs((PyInt) x);
        if (x.getClass() == PyFloat.class) return PyFloat.of(Math.abs(((PyFloat) x).value));
        PyObject m = x.type().lookup("__abs__");
        if (m == null) throw Errors.typeError("bad operand type for abs(): '" + x.type().tpName() + "'");
        return Call.callMethod(m, x);
    }

    private static PyObject round(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("round", args, kw, new String[] {"number", "ndigits"}, 1, 2, 0);
        PyObject x = a[0];
        PyObject m = x.type().lookup("__round__");
        if (m == null) throw Errors.typeError("type " + x.type().name + " doesn't define __round__ method");
        if (a[1] == null || a[1] == PyNone.NONE) return Call.callMethod(m, x);
        return Call.callMethod(m, x, a[1]);
    }

    /** divmod(a, b) with CPython's operand dispatch (the reflected method first for a subclass that overrides it). */
    static PyObject divmod(PyObject a, PyObject b) {
        if (a.getClass() == PyInt.class && b.getClass() == PyInt.class) return IntMath.divmod((PyInt) a, (PyInt) b);
        PyType ta = a.type(), tb = b.type();
        PyObject ma = ta.lookup("__divmod__");
        PyObject mb = ta == tb ? null : tb.lookup("__rdivmod__");
        if (mb != null && tb.isSubtypeOf(ta) && mb != ta.lookup("__rdivmod__")) {
            PyObject r = Call.callMethod(mb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
            mb = null;
        }
        if (ma != null) {
            PyObject r = Call.callMethod(ma, a, b);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        if (mb != null) {
            PyObject r = Call.callMethod(mb, b, a);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        throw Errors.unsupported("divmod()", a, b);
    }

    private static PyObject pow(PyObject[] args, String[] kw) {
        PyObject[] a = ArgParser.parse("pow", args, kw, new String[] {"base", "exp", "mod"}, 2, 3, 0);
        PyObject base = a[0], exp = a[1], mod = a[2];
        if (mod == null || mod == PyNone.NONE) return Ops.binary(base, Operator.POW, exp);
        if (base instanceof PyInt x && exp instanceof PyInt y && mod instanceof PyInt m) return IntMath.powMod(x, y, m);
        if (isNumber(base) && isNumber(exp) && isNumber(mod)) {
            throw Errors.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        PyObject m = base.type().lookup("__pow__");
        if (m != null && !(m instanceof PyBuiltin.Method bm && bm.owner.builtin)) {
            PyObject r = Call.callMethod(m, base, exp, mod);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) return r;
        }
        throw Errors.typeError("unsupported operand type(s) for ** or pow(): '" + base.type().tpName() + "', '" + exp.type().tpName() + "', '"
                + mod.type().tpName() + "'");
    }

    private static boolean isNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyFloat;
    }

    private static PyObject ord(PyObject c) {
        if (c instanceof PyStr s) {
            if (s.length() != 1) throw Errors.typeError("ord() expected a character, but string of length " + s.length() + " found");
            return PyInt.of(s.codePointAt(0));
        }
        if (c instanceof BytesLike bl) {
            if (bl.size() != 1) throw Errors.typeError("ord() expected a character, but string of length " + bl.size() + " found");
            return PyInt.of(bl.at(0));
        }
        throw Errors.typeError("ord() expected string of length 1, but " + c.type().name + " found");
    }

    private static PyObject radix(PyObject o, int radix, String prefix) {
        BigInteger v = Protocols.index(o).toBig();
        String digits = v.abs().toString(radix);
        return PyStr.of((v.signum() < 0 ? "-" : "") + prefix + digits);
    }
}
