package dev.taipan.runtime;

import static dev.taipan.runtime.BuiltinTestSupport.cls;
import static dev.taipan.runtime.BuiltinTestSupport.err;
import static dev.taipan.runtime.BuiltinTestSupport.i;
import static dev.taipan.runtime.BuiltinTestSupport.method;
import static dev.taipan.runtime.BuiltinTestSupport.s;
import static dev.taipan.runtime.BuiltinTestSupport.tuple;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** object, type and super: creation rules, class creation hooks and attribute lookup, against CPython 3.13. */
class BuiltinObjectTypeTest {
    BuiltinTestSupport t;

    @BeforeEach
    void setUp() {
        t = new BuiltinTestSupport("", null);
    }

    static final PyType[] NONE = new PyType[0];

    @Test
    void objectCreationRules() {
        PyType a = cls("A", NONE);
        PyType withInit = cls("I", NONE, "__init__", method("__init__", (self, args, kw) -> PyNone.NONE));
        assertEquals("TypeError: A() takes no arguments", err(() -> a.call(i(1))));
        assertEquals("TypeError: object() takes no arguments", err(() -> PyType.OBJECT.call(i(1))));
        PyObject init = PyType.OBJECT.getAttr("__init__");
        assertEquals("TypeError: A.__init__() takes exactly one argument (the instance to initialize)", err(() -> init.call(a.call(), i(1))));
        assertEquals("TypeError: object.__init__() takes exactly one argument (the instance to initialize)",
                err(() -> init.call(withInit.call(i(1)), i(1))));
        assertEquals("I", withInit.call(i(1)).type().name);
        assertEquals("TypeError: cannot create 'builtin_function_or_method' instances", err(() -> PyBuiltin.FUNCTION_TYPE.call()));
        PyObject o = PyType.OBJECT.call();
        assertTrue(o.repr().startsWith("<object object at 0x"), o.repr());
    }

    @Test
    void objectMethods() {
        PyType a = cls("A", NONE);
        PyObject x = a.call();
        PyObject fmt = PyType.OBJECT.getAttr("__format__");
        assertEquals("TypeError: unsupported format string passed to A.__format__", err(() -> fmt.call(x, s("x"))));
        assertEquals("TypeError: __format__() argument must be str, not int", err(() -> fmt.call(x, i(1))));
        assertEquals("'1'", fmt.call(i(1), s("")).repr());
        assertEquals("TypeError: unsupported format string passed to A.__format__", err(() -> t.call("format", x, s("x"))));
        PyObject ga = PyType.OBJECT.getAttr("__getattribute__");
        assertEquals("TypeError: attribute name must be string, not 'int'", err(() -> ga.call(x, i(1))));
        assertEquals("AttributeError: 'A' object has no attribute 'zz'", err(() -> ga.call(x, s("zz"))));
        PyObject sa = PyType.OBJECT.getAttr("__setattr__");
        assertEquals("TypeError: can't apply this __setattr__ to type object", err(() -> sa.call(a, s("x"), i(2))));
        sa.call(x, s("v"), i(3));
        assertEquals("3", x.getAttr("v").repr());
        assertEquals("True", PyType.OBJECT.getAttr("__eq__").call(x, x).repr());
        assertEquals("NotImplemented", PyType.OBJECT.getAttr("__eq__").call(x, i(1)).repr());
        assertEquals("False", PyType.OBJECT.getAttr("__ne__").call(x, x).repr());
        assertEquals("NotImplemented", PyType.OBJECT.getAttr("__lt__").call(x, x).repr());
        assertEquals("NotImplemented", PyType.OBJECT.getAttr("__subclasshook__").call(i(1)).repr());
        assertEquals("'1'", PyType.OBJECT.getAttr("__str__").call(i(1)).repr());
        assertEquals("{'v': 3}", x.getAttr("__dict__").repr());
        assertEquals("AttributeError: 'int' object has no attribute '__dict__'", err(() -> i(1).getAttr("__dict__")));
        assertEquals("TypeError: __dict__ must be set to a dictionary, not a 'int'", err(() -> x.setAttr("__dict__", i(5))));
        assertTrue(ObjectMethods.OBJECT_DOC.startsWith("The base class"));
        assertEquals("None", a.getAttr("__doc__").repr());
        assertEquals("None", x.getAttr("__doc__").repr());
    }

    @Test
    void classAssignment() {
        PyType a = cls("A", NONE);
        PyType b = cls("B", NONE);
        PyObject x = a.call();
        x.setAttr("__class__", b);
        assertSame(b, x.type());
        assertEquals("TypeError: __class__ must be set to a class, not 'int' object", err(() -> x.setAttr("__class__", i(1))));
        assertEquals("TypeError: __class__ assignment only supported for mutable types or ModuleType subclasses",
                err(() -> x.setAttr("__class__", PyInt.TYPE)));
        PyType l = cls("L", new PyType[] {PyList.TYPE});
        assertEquals("TypeError: __class__ assignment: 'L' object layout differs from 'B'", err(() -> x.setAttr("__class__", l)));
    }

    @Test
    void typeAttributes() {
        PyType a = cls("A", NONE, "x", i(1));
        PyType b = cls("B", new PyType[] {a});
        assertEquals("'A'", a.getAttr("__name__").repr());
        assertEquals("'__main__'", a.getAttr("__module__").repr());
        assertEquals("'builtins'", PyInt.TYPE.getAttr("__module__").repr());
        assertEquals("<class '__main__.A'>", b.getAttr("__base__").repr());
        assertEquals("(<class '__main__.A'>,)", b.getAttr("__bases__").repr());
        assertEquals("(<class '__main__.B'>, <class '__main__.A'>, <class 'object'>)", b.getAttr("__mro__").repr());
        assertEquals("[<class 'int'>, <class 'object'>]", Call.invoke(PyInt.TYPE, "mro").repr());
        assertEquals("None", PyType.OBJECT.getAttr("__base__").repr());
        assertEquals("[<class '__main__.B'>]", Call.invoke(a, "__subclasses__").repr());
        assertEquals("mappingproxy({'__module__': '__main__', 'x': 1, '__dict__': <attribute '__dict__' of 'A' objects>, "
                + "'__weakref__': <attribute '__weakref__' of 'A' objects>, '__doc__': None})", a.getAttr("__dict__").repr());
        assertEquals("['__module__', '__doc__']", Protocols.toList(b.getAttr("__dict__")).repr());
        assertEquals("TypeError: 'mappingproxy' object does not support item assignment",
                err(() -> a.getAttr("__dict__").setItem(s("x"), i(1))));
        assertEquals("KeyError: 'zz'", err(() -> a.getAttr("__dict__").getItem(s("zz"))));
        assertEquals("AttributeError: attribute '__dict__' of 'type' objects is not writable", err(() -> a.setAttr("__dict__", i(1))));
        assertEquals("TypeError: can only assign string to A.__name__, not 'int'", err(() -> a.setAttr("__name__", i(1))));
        assertEquals("TypeError: can only assign string to A.__qualname__, not 'int'", err(() -> a.setAttr("__qualname__", i(1))));
        assertEquals("TypeError: cannot set '__name__' attribute of immutable type 'int'", err(() -> PyInt.TYPE.setAttr("__name__", s("x"))));
        assertEquals("TypeError: cannot set '__module__' attribute of immutable type 'int'",
                err(() -> PyInt.TYPE.setAttr("__module__", s("x"))));
        assertEquals("TypeError: can only assign tuple to A.__bases__, not int", err(() -> a.setAttr("__bases__", i(1))));
        a.setAttr("__name__", s("Z"));
        assertEquals("<class '__main__.A'>", a.repr());
        assertEquals("'Z'", a.getAttr("__name__").repr());
        assertEquals("'type'", PyType.TYPE.getAttr("__name__").repr());
        assertEquals("<attribute '__name__' of 'type' objects>", PyType.TYPE.getAttr("__dict__").getItem(s("__name__")).repr());
        assertTrue(PyType.TYPE.getAttr("__doc__").str().startsWith("type(object)"));
        assertEquals("True", Call.invoke(a, "__instancecheck__", b.call()).repr());
        assertEquals("True", Call.invoke(a, "__subclasscheck__", b).repr());
        assertEquals("TypeError: descriptor 'mro' for 'type' objects doesn't apply to a 'int' object",
                err(() -> PyType.TYPE.getAttr("mro").call(i(1))));
        assertEquals("5", Call.invoke(PyType.TYPE, "__call__", PyInt.TYPE, s("5")).repr());
        String dir = t.repr("dir", a);
        assertTrue(dir.startsWith("['__class__', '__delattr__', '__dict__', '__dir__', '__doc__'"), dir);
        assertTrue(dir.endsWith("'__subclasshook__', '__weakref__', 'x']"), dir);
    }

    @Test
    void typeCall() {
        assertSame(PyStr.TYPE, PyType.TYPE.call(s("X")));
        PyDict ns = new PyDict();
        ns.putStr("a", i(1));
        ns.putStr("__qualname__", s("Q.X"));
        ns.putStr("__module__", s("m"));
        PyObject x = PyType.TYPE.call(s("X"), tuple(), ns);
        assertEquals("<class 'm.Q.X'>", x.repr());
        assertEquals("'X'", x.getAttr("__name__").repr());
        assertEquals("1", x.getAttr("a").repr());
        assertEquals("None", x.getAttr("__doc__").repr());
        assertEquals("TypeError: type() takes 1 or 3 arguments", err(() -> PyType.TYPE.call(s("X"), tuple())));
        assertEquals("TypeError: type.__new__() argument 2 must be tuple, not list", err(() -> PyType.TYPE.call(s("X"), PyList.of(), ns)));
        assertEquals("TypeError: type.__new__() argument 3 must be dict, not list", err(() -> PyType.TYPE.call(s("X"), tuple(), PyList.of())));
        assertEquals("TypeError: type.__new__() argument 1 must be str, not int", err(() -> PyType.TYPE.call(i(1), tuple(), ns)));
        assertEquals("TypeError: metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses "
                + "of all its bases", err(() -> PyType.TYPE.call(s("X"), tuple(i(1)), new PyDict())));
        assertEquals("TypeError: multiple bases have instance lay-out conflict",
                err(() -> PyType.TYPE.call(s("X"), tuple(PyInt.TYPE, PyStr.TYPE), new PyDict())));
        assertEquals("TypeError: type 'bool' is not an acceptable base type", err(() -> PyType.TYPE.call(s("X"), tuple(PyBool.TYPE), new PyDict())));
        PyDict bad = new PyDict();
        bad.putStr("__qualname__", i(1));
        assertEquals("TypeError: type __qualname__ must be a str, not int", err(() -> PyType.TYPE.call(s("X"), tuple(), bad)));
        assertEquals("TypeError: type.__init__() takes 1 or 3 arguments", err(() -> PyType.TYPE.getAttr("__init__").call(PyInt.TYPE, i(1), i(2))));
        assertEquals("TypeError: metaclasses other than type are not supported by Taipan",
                err(() -> PyType.TYPE.call(s("M"), tuple(PyType.TYPE), new PyDict())));
    }

    @Test
    void setNameAndInitSubclass() {
        PyList log = new PyList();
        PyType descr = cls("D", NONE, "__set_name__", method("__set_name__", (self, args, kw) -> {
            log.append(tuple(s("set_name"), s(((PyType) args[0]).name), args[1]));
            return PyNone.NONE;
        }), "__get__", method("__get__", (self, args, kw) -> tuple(s("get"), PyBool.of(args[0] == PyNone.NONE))));
        PyObject initSub = new PyClassMethod(BuiltinTestSupport.fn("__init_subclass__", (args, kw) -> {
            PyDict d = new PyDict();
            for (int k = 0; k < Call.kwCount(kw); k++) d.putStr(kw[k], args[args.length - kw.length + k]);
            log.append(tuple(s("init_subclass"), s(((PyType) args[0]).name), d));
            return PyNone.NONE;
        }));
        PyType base = cls("Base", NONE, "__init_subclass__", initSub);
        PyDict kw = new PyDict();
        kw.putStr("x", i(1));
        PyDict ns = new PyDict();
        ns.putStr("d", descr.call());
        PyType c = TypeMethods.newClass("C", "C", new PyType[] {base}, ns, kw);
        assertEquals("[('set_name', 'C', 'd'), ('init_subclass', 'C', {'x': 1})]", log.repr());
        assertEquals("('get', True)", c.getAttr("d").repr());
        assertEquals("('get', False)", c.call().getAttr("d").repr());
        PyDict kw2 = new PyDict();
        kw2.putStr("x", i(1));
        assertEquals("TypeError: B.__init_subclass__() takes no keyword arguments",
                err(() -> TypeMethods.newClass("B", "B", NONE, new PyDict(), kw2)));
        PyDict kw3 = new PyDict();
        kw3.putStr("metaclass", PyInt.TYPE);
        assertEquals("TypeError: metaclasses other than type are not supported by Taipan",
                err(() -> TypeMethods.buildClass("B", "B", new PyObject[0], new PyDict(), kw3)));
        PyType failing = cls("F", NONE, "__set_name__", method("__set_name__", (self, args, kwn) -> {
            throw Errors.valueError("boom");
        }));
        PyDict ns2 = new PyDict();
        ns2.putStr("x", failing.call());
        try {
            TypeMethods.newClass("E", "E", NONE, ns2, null);
        } catch (PyException e) {
            assertEquals("ValueError: boom", e.getMessage());
            assertEquals("[\"Error calling __set_name__ on 'F' instance 'x' in 'E'\"]", e.value.getAttr("__notes__").repr());
        }
    }

    @Test
    void buildClassWithNonTypeBase() {
        assertEquals("TypeError: int expected at most 2 arguments, got 3".substring(0, 10),
                err(() -> TypeMethods.buildClass("B", "B", new PyObject[] {i(1)}, new PyDict(), null)).substring(0, 10));
        PyObject r = TypeMethods.buildClass("B", "B", new PyObject[0], new PyDict(), dictOf("metaclass",
                BuiltinTestSupport.fn("meta", (a, kw) -> i(42))));
        assertEquals("42", r.repr());
    }

    private static PyDict dictOf(String k, PyObject v) {
        PyDict d = new PyDict();
        d.putStr(k, v);
        return d;
    }

    @Test
    void superLookup() {
        PyType p = cls("P", NONE, "f", method("f", (self, a, kw) -> s("P.f")),
                "g", new PyClassMethod(BuiltinTestSupport.fn("g", (a, kw) -> s(((PyType) a[0]).name))),
                "p", new PyProperty(BuiltinTestSupport.fn("p", (a, kw) -> s("prop")), null, null, null));
        PyType q = cls("Q", new PyType[] {p}, "f", method("f", (self, a, kw) -> s("Q.f")));
        PyObject obj = q.call();
        PySuper sup = new PySuper(q, obj);
        assertEquals("'P.f'", sup.getAttr("f").call().repr());
        assertEquals("'Q'", sup.getAttr("g").call().repr());
        assertEquals("'prop'", sup.getAttr("p").repr());
        assertEquals("'Q'", t.call("super", q, q).getAttr("g").call().repr());
        assertEquals("<super: <class 'Q'>, <Q object>>", sup.repr());
        assertEquals("<super: <class 'Q'>, NULL>", t.call("super", q).repr());
        assertEquals("None", t.call("super", q).getAttr("__self__").repr());
        assertSame(q, sup.getAttr("__thisclass__"));
        assertSame(obj, sup.getAttr("__self__"));
        assertEquals("<class 'super'>", sup.getAttr("__class__").repr());
        assertEquals("AttributeError: 'super' object has no attribute 'zz'", err(() -> sup.getAttr("zz")));
        assertEquals("TypeError: super(type, obj): obj (instance of str) is not an instance or subtype of type (int).",
                err(() -> t.call("super", PyInt.TYPE, s("x"))));
        assertEquals("TypeError: super(type, obj): obj (type str) is not an instance or subtype of type (int).",
                err(() -> t.call("super", PyInt.TYPE, PyStr.TYPE)));
        assertEquals("TypeError: super() argument 1 must be a type, not int", err(() -> t.call("super", i(1))));
        assertEquals("TypeError: super() expected at most 2 arguments, got 3", err(() -> t.call("super", q, obj, i(1))));
        assertEquals("RuntimeError: super(): no arguments", err(() -> t.call("super")));
        PyObject initViaSuper = sup.getAttr("__init__");
        assertEquals("None", initViaSuper.call().repr());
    }

    @Test
    void slots() {
        PyType sl = cls("S", NONE, "__slots__", tuple(s("a"), s("b")));
        PyObject o = sl.call();
        assertEquals("<member 'a' of 'S' objects>", sl.getAttr("a").repr());
        assertEquals("AttributeError: 'S' object has no attribute 'a'", err(() -> o.getAttr("a")));
        o.setAttr("a", i(1));
        assertEquals("1", o.getAttr("a").repr());
        assertEquals("AttributeError: 'S' object has no attribute 'c' and no __dict__ for setting new attributes",
                err(() -> o.setAttr("c", i(1))));
        assertEquals("TypeError: vars() argument must have __dict__ attribute", err(() -> t.call("vars", o)));
        assertEquals("['__module__', '__slots__', 'a', 'b', '__doc__']", Protocols.toList(sl.getAttr("__dict__")).repr());
        PyType sub = cls("T", new PyType[] {sl});
        PyObject so = sub.call();
        so.setAttr("a", i(2));
        so.setAttr("z", i(3));
        assertEquals("{'z': 3}", t.call("vars", so).repr());
        assertEquals("['__module__', '__dict__', '__weakref__', '__doc__']", Protocols.toList(sub.getAttr("__dict__")).repr());
        PyType withDict = cls("V", NONE, "__slots__", tuple(s("__dict__")));
        assertEquals("['__module__', '__slots__', '__dict__', '__doc__']", Protocols.toList(withDict.getAttr("__dict__")).repr());
        assertEquals("TypeError: __slots__ items must be strings, not 'int'", err(() -> cls("X", NONE, "__slots__", tuple(i(1)))));
        assertEquals("ValueError: 'a' in __slots__ conflicts with class variable", err(() -> cls("X", NONE, "__slots__", s("a"), "a", i(1))));
        assertEquals("TypeError: __slots__ must be identifiers", err(() -> cls("X", NONE, "__slots__", tuple(s("a b")))));
        assertEquals("TypeError: nonempty __slots__ not supported for subtype of 'int'",
                err(() -> cls("X", new PyType[] {PyInt.TYPE}, "__slots__", s("a"))));
        PyType q = cls("Q", NONE, "__slots__", s("c"));
        assertEquals("TypeError: multiple bases have instance lay-out conflict", err(() -> cls("R", new PyType[] {sl, q})));
        PyType p1 = cls("P1", new PyType[] {sl});
        PyType p2 = cls("P2", new PyType[] {sl});
        assertEquals("R2", cls("R2", new PyType[] {p1, p2}).name);
        PyType pt = cls("Pt", new PyType[] {PyTuple.TYPE}, "__slots__", tuple());
        assertEquals(null, pt.call(tuple(i(1))).dict());
    }

    @Test
    void abstractMethods() {
        PyType abc = cls("ABC", NONE, "__abstractmethods__", PySet.newFrozen());
        PyObject abstractFn = BuiltinTestSupport.method("area", (self, a, kw) -> PyNone.NONE);
        PyType flag = cls("Flagged", NONE, "__isabstractmethod__", PyBool.TRUE);
        PyType shape = cls("Shape", new PyType[] {abc}, "area", flag.call(), "name", flag.call());
        PyType sq = cls("Sq", new PyType[] {shape}, "area", abstractFn);
        assertEquals("TypeError: Can't instantiate abstract class Shape without an implementation for abstract methods 'area', 'name'",
                err(() -> shape.call()));
        assertEquals("TypeError: Can't instantiate abstract class Sq without an implementation for abstract method 'name'",
                err(() -> sq.call()));
        PyType full = cls("Full", new PyType[] {sq}, "name", abstractFn);
        assertEquals("Full", full.call().type().name);
    }
}
