package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RandomModuleTest {
    private PyModule m;
    private PyObject r;

    @BeforeEach
    void setUp() {
        m = load(new RandomModule());
        r = call(m, "Random");
    }

    private String run(String method, PyObject... args) {
        return outcome(() -> call(r, method, args));
    }

    @Test
    void seededOutputsMatchCPython() {
        run("seed", i(1));
        assertEquals("0.13436424411240122", run("random"));
        assertEquals("0.8474337369372327", run("random"));
        assertEquals("0.763774618976614", run("random"));
        run("seed", s("abc"));
        assertEquals("0.7720246314157545", run("random"));
        run("seed", big("1267650600228229401496703205383"));
        assertEquals("659714289339529211156401075212", run("getrandbits", i(100)));
        assertEquals("6461569250279683806", run("getrandbits", i(64)));
        assertEquals("7417509224", run("getrandbits", i(33)));
        assertEquals("0", run("getrandbits", i(1)));
        run("seed", i(-5));
        assertEquals("0.6229016948897019", run("random"));
        run("seed", f(3.5));
        assertEquals("0.3039190124834461", run("random"));
        run("seed", i(0));
        assertEquals("0.8444218515250481", run("random"));
        assertEquals("0.32383276483316237", outcome(() -> call(call(m, "Random", i(7)), "random")));
    }

    @Test
    void randint42() {
        // random.seed(42); random.randint(1, 100) == 82: 1 + the first getrandbits(7) below 100
        run("seed", i(42));
        long v;
        do {
            v = Long.parseLong(run("getrandbits", i(7)));
        } while (v >= 100);
        assertEquals(82, 1 + v);
    }

    @Test
    void state() {
        run("seed", i(1));
        PyObject st = call(r, "getstate");
        assertEquals(625, st.len());
        assertEquals("(2147483648, 163610392, 3414454684)", st.getItem(new dev.taipan.runtime.PySlice(
                dev.taipan.runtime.PyNone.NONE, i(3), dev.taipan.runtime.PyNone.NONE)).repr());
        assertEquals("624", st.getItem(i(624)).repr());
        String first = run("random");
        call(r, "setstate", st);
        assertEquals(first, run("random"));
        assertEquals("TypeError: state vector must be a tuple", run("setstate", i(5)));
        assertEquals("ValueError: state vector is the wrong size", run("setstate", tuple(i(1), i(2))));
        assertEquals("ValueError: number of bits must be non-negative", run("getrandbits", i(-1)));
        assertEquals("0", run("getrandbits", i(0)));
        assertEquals("TypeError: 'float' object cannot be interpreted as an integer", run("getrandbits", f(1.5)));
        assertEquals("TypeError: Random.random() takes no arguments (1 given)", run("random", i(1)));
        assertEquals("TypeError: seed expected at most 1 argument, got 2", run("seed", i(1), i(2)));
        assertEquals("TypeError: Random() requires 0 or 1 argument", outcome(() -> call(m, "Random", i(1), i(2))));
        assertEquals("<class '_random.Random'>", m.getAttr("Random").repr());
    }
}
