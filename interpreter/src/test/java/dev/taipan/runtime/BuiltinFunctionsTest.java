package dev.taipan.runtime;

import static dev.taipan.runtime.BuiltinTestSupport.err;
import static dev.taipan.runtime.BuiltinTestSupport.f;
import static dev.taipan.runtime.BuiltinTestSupport.i;
import static dev.taipan.runtime.BuiltinTestSupport.list;
import static dev.taipan.runtime.BuiltinTestSupport.s;
import static dev.taipan.runtime.BuiltinTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The built-in functions, checked against what CPython 3.13 prints for the same calls. */
class BuiltinFunctionsTest {
    BuiltinTestSupport t;

    @BeforeEach
    void setUp() {
        t = new BuiltinTestSupport("line one\nlast", null);
    }

    @Test
    void print() {
        t.call("print", i(1), s("a"), f(2.5));
        t.callKw("print", new PyObject[] {i(1), i(2), s("-"), s("!\n")}, "sep", "end");
        t.callKw("print", new PyObject[] {PyNone.NONE, PyNone.NONE}, "sep", "end");
        t.call("print");
        assertEquals("1 a 2.5\n1-2!\n\n\n", t.stdout());
        assertEquals("TypeError: sep must be None or a string, not int", err(() -> t.callKw("print", new PyObject[] {i(1)}, "sep")));
        assertEquals("TypeError: end must be None or a string, not int", err(() -> t.callKw("print", new PyObject[] {i(2)}, "end")));
        assertEquals("TypeError: print() got an unexpected keyword argument 'foo'",
                err(() -> t.callKw("print", new PyObject[] {i(2)}, "foo")));
        assertEquals("AttributeError: 'int' object has no attribute 'write'", err(() -> t.callKw("print", new PyObject[] {i(1)}, "file")));
    }

    @Test
    void printToAnObjectWithWrite() {
        PyList calls = new PyList();
        PyObject write = BuiltinTestSupport.fn("write", (a, kw) -> {
            calls.append(a[0]);
            return PyNone.NONE;
        });
        PyType w = BuiltinTestSupport.cls("W", new PyType[0], "write", write);
        PyObject obj = w.call();
        t.callKw("print", new PyObject[] {i(1), i(2), obj}, "file");
        assertEquals("['1', ' ', '2', '\\n']", calls.repr());
    }

    @Test
    void printToSysStdoutReplacement() {
        PyList calls = new PyList();
        PyType w = BuiltinTestSupport.cls("W", new PyType[0], "write", BuiltinTestSupport.fn("write", (a, kw) -> {
            calls.append(a[0]);
            return PyNone.NONE;
        }));
        t.interp.sys.put("stdout", w.call());
        t.call("print", s("x"));
        assertEquals("['x', '\\n']", calls.repr());
        t.interp.sys.put("stdout", PyNone.NONE);
        t.call("print", s("y"));
        assertEquals("", t.stdout());
    }

    @Test
    void input() {
        assertEquals("'line one'", t.repr("input", s("? ")));
        assertEquals("'last'", t.repr("input"));
        assertEquals("EOFError: EOF when reading a line", err(() -> t.call("input")));
        assertEquals("? ", t.stdout());
        assertEquals("TypeError: input expected at most 1 argument, got 2", err(() -> t.call("input", i(1), i(2))));
    }

    @Test
    void simpleFunctions() {
        assertEquals("3", t.repr("len", s("abc")));
        assertEquals("TypeError: len() takes exactly one argument (0 given)", err(() -> t.call("len")));
        assertEquals("TypeError: len() takes exactly one argument (2 given)", err(() -> t.call("len", i(1), i(2))));
        assertEquals("TypeError: object of type 'int' has no len()", err(() -> t.call("len", i(1))));
        assertEquals("\"'\\\\xe9\\\\u1234\\\\U0001f600'\"", t.repr("ascii", s("é\u1234\uD83D\uDE00")));
        assertEquals("'1'", t.repr("repr", i(1)));
        assertEquals("TypeError: unhashable type: 'list'", err(() -> t.call("hash", list())));
        assertEquals("True", t.repr("callable", t.builtin("len")));
        assertEquals("False", t.repr("callable", i(1)));
        assertEquals("True", t.repr("isinstance", PyBool.TRUE, tuple(PyStr.TYPE, PyInt.TYPE)));
        assertEquals("TypeError: isinstance expected 2 arguments, got 1", err(() -> t.call("isinstance", i(1))));
        assertEquals("TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union", err(() -> t.call("isinstance", i(1), i(1))));
        assertEquals("TypeError: issubclass() arg 1 must be a class", err(() -> t.call("issubclass", i(1), PyInt.TYPE)));
        assertEquals("True", t.repr("issubclass", PyBool.TYPE, PyInt.TYPE));
    }

    @Test
    void numbers() {
        assertEquals("5", t.repr("abs", i(-5)));
        assertEquals("2.5", t.repr("abs", f(-2.5)));
        assertEquals("TypeError: bad operand type for abs(): 'str'", err(() -> t.call("abs", s("x"))));
        assertEquals("(2, 1)", t.repr("divmod", i(7), i(3)));
        assertEquals("(-3, 2)", t.repr("divmod", i(-7), i(3)));
        assertEquals("TypeError: unsupported operand type(s) for divmod(): 'str' and 'int'", err(() -> t.call("divmod", s("x"), i(1))));
        assertEquals("TypeError: divmod expected 2 arguments, got 1", err(() -> t.call("divmod", i(1))));
        assertEquals("1024", t.repr("pow", i(2), i(10)));
        assertEquals("4", t.repr("pow", i(2), i(10), i(10)));
        assertEquals("3", t.repr("pow", i(3), i(-1), i(4)));
        assertEquals("ValueError: pow() 3rd argument cannot be 0", err(() -> t.call("pow", i(1), i(2), i(0))));
        assertEquals("ValueError: base is not invertible for the given modulus", err(() -> t.call("pow", i(2), i(-1), i(4))));
        assertEquals("TypeError: pow() 3rd argument not allowed unless all arguments are integers",
                err(() -> t.call("pow", f(1.0), i(2), i(3))));
        assertEquals("TypeError: pow() missing required argument 'base' (pos 1)", err(() -> t.call("pow")));
        assertEquals("TypeError: unsupported operand type(s) for ** or pow(): 'str' and 'int'", err(() -> t.call("pow", s("a"), i(2))));
        assertEquals("TypeError: type str doesn't define __round__ method", err(() -> t.call("round", s("x"))));
        assertEquals("'a'", t.repr("chr", i(97)));
        assertEquals("'\uD83D\uDE00'", t.repr("chr", i(0x1F600)));
        assertEquals("ValueError: chr() arg not in range(0x110000)", err(() -> t.call("chr", i(-1))));
        assertEquals("ValueError: chr() arg not in range(0x110000)", err(() -> t.call("chr", PyInt.of(java.math.BigInteger.TWO.pow(70)))));
        assertEquals("TypeError: 'str' object cannot be interpreted as an integer", err(() -> t.call("chr", s("a"))));
        assertEquals("128512", t.repr("ord", s("\uD83D\uDE00")));
        assertEquals("97", t.repr("ord", PyBytes.of((byte) 97)));
        assertEquals("TypeError: ord() expected a character, but string of length 2 found", err(() -> t.call("ord", s("ab"))));
        assertEquals("TypeError: ord() expected a character, but string of length 0 found", err(() -> t.call("ord", s(""))));
        assertEquals("TypeError: ord() expected string of length 1, but int found", err(() -> t.call("ord", i(1))));
        assertEquals("'-0xff'", t.repr("hex", i(-255)));
        assertEquals("'-0o10'", t.repr("oct", i(-8)));
        assertEquals("'-0b101'", t.repr("bin", i(-5)));
        assertEquals("'0b1'", t.repr("bin", PyBool.TRUE));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", err(() -> t.call("hex", f(1.5))));
        assertEquals("'  42'", t.repr("format", i(42), s(">4")));
        assertEquals("TypeError: format() argument 2 must be str, not int", err(() -> t.call("format", i(1), i(2))));
        assertEquals("TypeError: format expected at least 1 argument, got 0", err(() -> t.call("format")));
    }

    @Test
    void sum() {
        PyObject[] tenth = new PyObject[10];
        java.util.Arrays.fill(tenth, f(0.1));
        assertEquals("1.0", t.repr("sum", list(tenth)));
        assertEquals("2.0", t.repr("sum", list(f(1e100), f(1.0), f(-1e100), f(1.0))));
        assertEquals("1e+16", t.repr("sum", list(f(1e16), i(1), i(1))));
        assertEquals("1.0000000000000002e+16", t.repr("sum", list(f(1e16), f(1.0), f(1.0))));
        assertEquals("1.0000000000000002e+16", t.repr("sum", list(i(1), f(1e16), f(1.0), f(1.0))));
        assertEquals("1.3", t.repr("sum", list(i(1), f(0.1), f(0.2))));
        assertEquals("0.6", t.repr("sum", list(f(0.1), f(0.2), f(0.3))));
        assertEquals("0.0", t.repr("sum", list(f(-0.0))));
        assertEquals("-0.0", t.repr("sum", list(f(-0.0)), f(-0.0)));
        assertEquals("-0.0", t.repr("sum", list(), f(-0.0)));
        assertEquals("inf", t.repr("sum", list(f(1e308), f(1e308), f(-1e308))));
        assertEquals("nan", t.repr("sum", list(f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY))));
        assertEquals("6.5", t.repr("sum", list(PyBool.TRUE, i(2), f(3.5))));
        assertEquals("18446744073709551616", t.repr("sum", list(i(Long.MAX_VALUE), i(Long.MAX_VALUE), i(2))));
        assertEquals("[1, 2]", t.repr("sum", list(list(i(1)), list(i(2))), list()));
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]", err(() -> t.call("sum", list(s("a")), s("b"))));
        assertEquals("TypeError: sum() can't sum bytes [use b''.join(seq) instead]", err(() -> t.call("sum", list(), PyBytes.EMPTY)));
        assertEquals("TypeError: sum() takes at least 1 positional argument (0 given)", err(() -> t.call("sum")));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> t.call("sum", i(1))));
        assertEquals("5", t.callKw("sum", new PyObject[] {list(i(1)), i(4)}, "start").repr());
    }

    @Test
    void minMaxAnyAllSorted() {
        assertEquals("3", t.repr("max", i(1), i(3), i(2)));
        assertEquals("1", t.repr("min", list(i(3), i(1), i(2))));
        assertEquals("'ccc'", t.callKw("max", new PyObject[] {list(s("a"), s("ccc"), s("bb")), t.builtin("len")}, "key").repr());
        assertEquals("'a'", t.callKw("min", new PyObject[] {list(s("a"), s("b"), s("c")), t.builtin("len")}, "key").repr());
        assertEquals("7", t.callKw("max", new PyObject[] {list(), i(7)}, "default").repr());
        assertEquals("TypeError: max expected at least 1 argument, got 0", err(() -> t.call("max")));
        assertEquals("TypeError: min expected at least 1 argument, got 0", err(() -> t.call("min")));
        assertEquals("ValueError: max() iterable argument is empty", err(() -> t.call("max", list())));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> t.call("max", i(1))));
        assertEquals("TypeError: Cannot specify a default for max() with multiple positional arguments",
                err(() -> t.callKw("max", new PyObject[] {i(1), i(2), i(3)}, "default")));
        assertEquals("TypeError: max() got an unexpected keyword argument 'foo'",
                err(() -> t.callKw("max", new PyObject[] {i(1), i(2), i(3)}, "foo")));
        assertEquals("TypeError: '>' not supported between instances of 'str' and 'int'", err(() -> t.call("max", i(1), s("a"))));
        assertEquals("True", t.repr("any", list(i(0), i(2))));
        assertEquals("False", t.repr("all", list(i(1), i(0))));
        assertEquals("True", t.repr("all", list()));
        assertEquals("TypeError: any() takes exactly one argument (2 given)", err(() -> t.call("any", i(1), i(2))));
        assertEquals("[1, 2, 3]", t.repr("sorted", tuple(i(3), i(1), i(2))));
        assertEquals("[3, 2, 1]", t.callKw("sorted", new PyObject[] {tuple(i(3), i(1), i(2)), PyBool.TRUE}, "reverse").repr());
        assertEquals("TypeError: sorted expected 1 argument, got 2", err(() -> t.call("sorted", list(), i(1))));
        assertEquals("TypeError: sorted expected 1 argument, got 0", err(() -> t.call("sorted")));
    }

    @Test
    void iterAndNext() {
        PyObject it = t.call("iter", list(i(1), i(2)));
        assertEquals("1", t.repr("next", it));
        assertEquals("2", t.repr("next", it));
        assertEquals("'done'", t.repr("next", it, s("done")));
        assertEquals("StopIteration: ", err(() -> t.call("next", it)));
        assertEquals("TypeError: 'int' object is not an iterator", err(() -> t.call("next", i(1))));
        assertEquals("TypeError: next expected at least 1 argument, got 0", err(() -> t.call("next")));
        assertEquals("TypeError: iter expected at least 1 argument, got 0", err(() -> t.call("iter")));
        assertEquals("TypeError: 'int' object is not iterable", err(() -> t.call("iter", i(1))));
        assertEquals("TypeError: iter(v, w): v must be callable", err(() -> t.call("iter", i(1), i(2))));
        PyList source = list(i(1), i(2), i(0), i(3));
        PyObject pop0 = BuiltinTestSupport.fn("f", (a, kw) -> source.removeAt(0));
        PyObject ci = t.call("iter", pop0, i(0));
        assertEquals("callable_iterator", ci.type().name);
        assertEquals("[1, 2]", Protocols.toList(ci).repr());
        assertEquals("[3]", source.repr());
    }

    @Test
    void attributes() {
        PyType c = BuiltinTestSupport.cls("C", new PyType[0], "x", i(1));
        PyObject o = c.call();
        assertEquals("1", t.repr("getattr", o, s("x")));
        assertEquals("'d'", t.repr("getattr", o, s("y"), s("d")));
        assertEquals("AttributeError: 'C' object has no attribute 'y'", err(() -> t.call("getattr", o, s("y"))));
        assertEquals("TypeError: attribute name must be string, not 'int'", err(() -> t.call("getattr", o, i(1))));
        assertEquals("TypeError: getattr expected at least 2 arguments, got 1", err(() -> t.call("getattr", o)));
        t.call("setattr", o, s("y"), i(5));
        assertEquals("True", t.repr("hasattr", o, s("y")));
        assertEquals("{'y': 5}", t.repr("vars", o));
        t.call("delattr", o, s("y"));
        assertEquals("False", t.repr("hasattr", o, s("y")));
        assertEquals("TypeError: setattr expected 3 arguments, got 1", err(() -> t.call("setattr", o)));
        assertEquals("TypeError: vars() argument must have __dict__ attribute", err(() -> t.call("vars", i(1))));
        assertEquals("TypeError: vars expected at most 1 argument, got 2", err(() -> t.call("vars", i(1), i(2))));
        assertEquals("TypeError: dir expected at most 1 argument, got 2", err(() -> t.call("dir", i(1), i(2))));
        String dir = t.repr("dir", o);
        assertEquals(true, dir.startsWith("['__class__', '__delattr__', '__dict__', '__dir__', '__doc__', '__eq__', '__format__'"), dir);
        assertEquals(true, dir.endsWith("'__subclasshook__', '__weakref__', 'x']"), dir);
        assertEquals("TypeError: globals() takes no arguments (1 given)", err(() -> t.call("globals", i(1))));
    }

    @Test
    void execEvalCompileErrors() {
        assertEquals("TypeError: exec() arg 1 must be a string, bytes or code object", err(() -> t.call("exec", i(1))));
        assertEquals("TypeError: eval() arg 1 must be a string, bytes or code object", err(() -> t.call("eval", i(1))));
        assertEquals("TypeError: exec() globals must be a dict, not list", err(() -> t.call("exec", s("x"), list())));
        assertEquals("TypeError: globals must be a real dict; try eval(expr, {}, mapping)", err(() -> t.call("eval", s("x"), list())));
        assertEquals("TypeError: locals must be a mapping", err(() -> t.call("eval", s("x"), new PyDict(), i(1))));
        assertEquals("ValueError: compile() mode must be 'exec', 'eval' or 'single'", err(() -> t.call("compile", s("x"), s("f"), s("bad"))));
        assertEquals("TypeError: compile() missing required argument 'mode' (pos 3)", err(() -> t.call("compile", s("x"), s("f"))));
        PyObject code = t.call("compile", s("1+2"), s("myfile"), s("eval"));
        assertEquals("myfile", code.getAttr("co_filename").str());
        String[] seen = new String[4];
        PyDict g = new PyDict();
        t.interp.sourceRunner = (src, fname, mode, globals, locals) -> {
            seen[0] = src;
            seen[1] = fname;
            seen[2] = mode;
            seen[3] = String.valueOf(globals == g && locals == g);
            return i(3);
        };
        assertEquals("3", t.repr("eval", code, g));
        assertEquals("1+2|myfile|eval|true", String.join("|", seen));
        assertEquals("3", t.repr("eval", s(" \t x"), g));
        assertEquals("x", seen[0]);
        assertEquals("None", t.repr("exec", s("y = 1"), g));
        assertEquals("exec", seen[2]);
        assertSame(t.interp.builtins, g.getStr("__builtins__"));
    }

    @Test
    void importErrorsAndExit() {
        assertEquals("TypeError: module name must be a string", err(() -> t.call("__import__", i(1))));
        assertEquals("ValueError: Empty module name", err(() -> t.call("__import__", s(""))));
        assertEquals("Use exit() or Ctrl-D (i.e. EOF) to exit", t.builtin("exit").repr());
        assertEquals("SystemExit: 3", err(() -> t.call("exit", i(3))));
        assertEquals("SystemExit: ", err(() -> t.call("quit")));
    }

    @Test
    void namesInBuiltins() {
        for (String n : new String[] {"object", "type", "int", "float", "bool", "str", "bytes", "bytearray", "list", "tuple", "dict", "set",
            "frozenset", "range", "slice", "enumerate", "zip", "map", "filter", "reversed", "property", "staticmethod", "classmethod",
            "super", "ValueError", "ExceptionGroup", "NotImplemented", "Ellipsis", "open", "print", "__import__"}) {
            t.builtin(n);
        }
        assertSame(PyExc.OSError, t.builtin("IOError"));
        assertSame(PyExc.OSError, t.builtin("EnvironmentError"));
        assertEquals("'builtins'", t.builtin("__name__").repr());
    }
}
