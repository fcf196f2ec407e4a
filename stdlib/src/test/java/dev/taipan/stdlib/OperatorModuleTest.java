package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OperatorModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        m = load(new OperatorModule());
    }

    private String op(String fn, PyObject... args) {
        return outcome(() -> call(m, fn, args));
    }

    @Test
    void operatorsAsFunctions() {
        assertEquals("3", op("add", i(1), i(2)));
        assertEquals("3", op("__add__", i(1), i(2)));
        assertEquals("2", op("sub", i(5), i(3)));
        assertEquals("'aaa'", op("mul", s("a"), i(3)));
        assertEquals("1024", op("pow", i(2), i(10)));
        assertEquals("1", op("mod", i(7), i(3)));
        assertEquals("3", op("floordiv", i(7), i(2)));
        assertEquals("3.5", op("truediv", i(7), i(2)));
        assertEquals("6", op("xor", i(5), i(3)));
        assertEquals("1", op("and_", i(5), i(3)));
        assertEquals("7", op("or_", i(5), i(3)));
        assertEquals("8", op("lshift", i(1), i(3)));
        assertEquals("4", op("rshift", i(8), i(1)));
        assertEquals("-6", op("invert", i(5)));
        assertEquals("-6", op("inv", i(5)));
        assertEquals("-3", op("neg", i(3)));
        assertEquals("True", op("not_", i(0)));
        assertEquals("False", op("truth", list()));
        assertEquals("True", op("lt", i(1), i(2)));
        assertEquals("False", op("ge", i(1), i(2)));
        assertEquals("False", op("eq", i(1), s("a")));
        assertEquals("True", op("is_", PyNone.NONE, PyNone.NONE));
        assertEquals("True", op("contains", ints(1), i(1)));
        assertEquals("[2]", op("getitem", ints(1, 2), new dev.taipan.runtime.PySlice(i(1), PyNone.NONE, PyNone.NONE)));
        assertEquals("[1, 2]", op("concat", ints(1), ints(2)));
        assertEquals("2", op("countOf", ints(1, 2, 1), i(1)));
        assertEquals("1", op("indexOf", ints(1, 2), i(2)));
        assertEquals("5", op("index", i(5)));
        assertEquals("3", op("length_hint", ints(1, 2, 3)));
        assertEquals("7", op("length_hint", i(5), i(7)));
        PyObject l = ints(1);
        assertEquals("[1, 2]", op("iadd", l, ints(2)));
        assertEquals("[1, 2]", l.repr());
    }

    @Test
    void errors() {
        assertEquals("TypeError: add expected 2 arguments, got 1", op("add", i(1)));
        assertEquals("TypeError: 'int' object can't be concatenated", op("concat", i(1), i(2)));
        assertEquals("ValueError: sequence.index(x): x not in sequence", op("indexOf", ints(1, 2), i(3)));
        assertEquals("TypeError: '<' not supported between instances of 'int' and 'str'", op("lt", i(1), s("a")));
        assertEquals("TypeError: bad operand type for unary -: 'str'", op("neg", s("a")));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", op("index", f(1.5)));
        assertEquals("TypeError: setitem expected 3 arguments, got 2", op("setitem", ints(1), i(0)));
    }

    @Test
    void callables() {
        assertEquals("operator.itemgetter(1)", op("itemgetter", i(1)));
        assertEquals("operator.itemgetter(1, 'a')", op("itemgetter", i(1), s("a")));
        assertEquals("2", outcome(() -> call(m, "itemgetter", i(1)).call(ints(1, 2))));
        assertEquals("('a', 'b')", outcome(() -> call(m, "itemgetter", i(0), i(1)).call(s("ab"))));
        assertEquals("TypeError: itemgetter expected 1 argument, got 0", op("itemgetter"));
        assertEquals("TypeError: itemgetter expected 1 argument, got 2", outcome(() -> call(m, "itemgetter", i(1)).call(ints(1), i(3))));
        assertEquals("operator.attrgetter('a.b', 'c')", op("attrgetter", s("a.b"), s("c")));
        assertEquals("TypeError: attribute name must be a string", op("attrgetter", i(1)));
        assertEquals("(1, 'x')", outcome(() -> call(m, "attrgetter", s("start"), s("stop")).call(
                new dev.taipan.runtime.PySlice(i(1), s("x"), PyNone.NONE))));
        assertEquals("operator.methodcaller('split', ',', maxsplit=1)",
                outcome(() -> callKw(m, "methodcaller", new PyObject[] {s("split"), s(","), i(1)}, "maxsplit")));
        assertEquals("TypeError: methodcaller needs at least one argument, the method name", op("methodcaller"));
        assertEquals("TypeError: method name must be a string", op("methodcaller", i(1)));
        assertEquals("<class 'operator.itemgetter'>", m.getAttr("itemgetter").repr());
    }
}
