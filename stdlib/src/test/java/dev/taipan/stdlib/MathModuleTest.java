package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MathModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        m = load(new MathModule());
    }

    private void check(String expected, String fn, PyObject... args) {
        assertEquals(expected, outcome(() -> call(m, fn, args)), fn);
    }

    @Test
    void constants() {
        assertEquals("3.141592653589793", m.getAttr("pi").repr());
        assertEquals("2.718281828459045", m.getAttr("e").repr());
        assertEquals("6.283185307179586", m.getAttr("tau").repr());
        assertEquals("inf", m.getAttr("inf").repr());
        assertEquals("nan", m.getAttr("nan").repr());
    }

    @Test
    void functionsMatchCPython() {
        check("0.8414709848078965", "sin", i(1));
        check("0.5403023058681398", "cos", i(1));
        check("0.4636476090008061", "atan2", i(1), i(2));
        check("0.5235987755982989", "asin", f(0.5));
        check("1.2661036727794992", "acos", f(0.3));
        check("1.2490457723982544", "atan", i(3));
        check("3.626860407847019", "sinh", i(2));
        check("3.7621956910836314", "cosh", i(2));
        check("0.46211715726000974", "tanh", f(0.5));
        check("1.4436354751788103", "asinh", i(2));
        check("1.3169578969248166", "acosh", i(2));
        check("0.5493061443340548", "atanh", f(0.5));
        check("3.321928094887362", "log2", i(10));
        check("0.3010299956639812", "log10", i(2));
        check("2.302585092994046", "log", i(10));
        check("52.34277778455352", "gamma", f(5.5));
        check("13.940625219403763", "lgamma", f(10.5));
        check("1.2599210498948734", "cbrt", i(2));
        check("-3.0000000000000004", "cbrt", i(-27));
        check("12.182493960703473", "exp", f(2.5));
        check("1.0000050000166668e-05", "expm1", f(1e-5));
        check("9.999950000333332e-06", "log1p", f(1e-5));
        check("2.23606797749979", "hypot", i(1), i(2));
        check("3.7416573867739413", "hypot", i(1), i(2), i(3));
        check("3.0", "hypot", i(-3));
        check("0.0", "hypot");
        check("1386.2943611198907", "log", pow2(2000));
        check("3.0", "log", i(8), i(2));
        check("3.0", "log2", i(8));
        check("3.0", "log10", i(1000));
        check("180.0", "degrees", f(Math.PI));
        check("3.141592653589793", "radians", i(180));
        check("1.4142135623730951", "pow", i(2), f(0.5));
        check("1.0", "pow", f(Double.NaN), i(0));
        check("1.0", "pow", i(1), f(Double.NaN));
        check("1.0", "pow", i(-1), f(Double.POSITIVE_INFINITY));
        check("-1.0", "fmod", i(-10), i(3));
        check("1.0", "fmod", i(1), f(Double.POSITIVE_INFINITY));
        check("-1.0", "remainder", i(5), i(3));
        check("(-0.5, -3.0)", "modf", f(-3.5));
        check("(0.0, inf)", "modf", f(Double.POSITIVE_INFINITY));
        check("(0.5, 4)", "frexp", i(8));
        check("(0.5, -1073)", "frexp", f(5e-324));
        check("(-0.0, 0)", "frexp", f(-0.0));
        check("8.0", "ldexp", f(0.5), i(4));
        check("0.0", "ldexp", i(1), i(-1080));
        check("-1.0", "copysign", i(1), f(-0.0));
        check("2.220446049250313e-16", "ulp", i(1));
        check("1.4142135623730951", "exp2", f(0.5));
        check("1.0", "sqrt", i(1));
        check("True", "isinf", f(Double.NEGATIVE_INFINITY));
        check("False", "isnan", i(1));
        check("True", "isfinite", f(1e308));
    }

    @Test
    void glibcAlgorithms() {
        String[][] erf = {{"0.5", "0.5204998778130465", "0.4795001221869535"}, {"-1.2", "-0.9103139782296353", "1.9103139782296354"},
            {"2.5", "0.999593047982555", "0.0004069520174449589"}, {"3.7", "0.9999998328489421", "1.6715105790914596e-07"},
            {"0.01", "0.011283415555849616", "0.9887165844441503"}, {"5.5", "0.9999999999999927", "7.357847917974398e-15"},
            {"-0.3", "-0.3286267594591274", "1.3286267594591274"}};
        for (String[] row : erf) {
            check(row[1], "erf", f(Double.parseDouble(row[0])));
            check(row[2], "erfc", f(Double.parseDouble(row[0])));
        }
        check("1.1051709180756477", "exp", f(0.1));
        check("5e-324", "exp", f(-745.1));
        check("1.6549840276802644e+308", "exp", f(709.7));
        check("2.006132305331306e-308", "exp", f(-708.5));
        check("5e-324", "exp2", f(-1074.5));
        check("1.2711610061536464e+308", "exp2", f(1023.5));
    }

    private static PyObject pow2(int n) {
        return big(java.math.BigInteger.ONE.shiftLeft(n).toString());
    }

    @Test
    void roundingToInt() {
        check("-3", "floor", f(-2.5));
        check("-2", "ceil", f(-2.5));
        check("-2", "trunc", f(-2.7));
        check("1000000000000000000000000000000", "floor", big("1000000000000000000000000000000"));
        check("1", "floor", dev.taipan.runtime.PyBool.TRUE);
        check("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160", "ceil", f(1e300));
        check("OverflowError: cannot convert float infinity to integer", "floor", f(Double.POSITIVE_INFINITY));
        check("ValueError: cannot convert float NaN to integer", "floor", f(Double.NaN));
        check("TypeError: must be real number, not str", "floor", s("a"));
        check("TypeError: type str doesn't define __trunc__ method", "trunc", s("a"));
    }

    @Test
    void integerFunctions() {
        check("2432902008176640000", "factorial", i(20));
        check("30414093201713378043612608166064768844377641568960512000000000000", "factorial", i(50));
        check("ValueError: factorial() not defined for negative values", "factorial", i(-1));
        check("TypeError: 'float' object cannot be interpreted as an integer", "factorial", f(5.0));
        check("OverflowError: factorial() argument should not exceed 9223372036854775807", "factorial", big("100000000000000000000"));
        check("0", "gcd");
        check("6", "gcd", i(-12), i(18), i(30));
        check("2", "gcd", pow2(100), i(6));
        check("1", "lcm");
        check("0", "lcm", i(4), i(6), i(0));
        check("12", "lcm", i(-4), i(6));
        check("1000000000000000", "isqrt", big("1000000000000000000000000000000"));
        check("ValueError: isqrt() argument must be nonnegative", "isqrt", i(-1));
        check("166666666666666666661666666666666666666700000000000000000000", "comb", big("100000000000000000000"), i(3));
        check("999999999999999999970000000000000000000200000000000000000000", "perm", big("100000000000000000000"), i(3));
        check("0", "comb", i(5), i(7));
        check("252", "comb", i(10), i(5));
        check("120", "perm", i(5));
        check("TypeError: comb expected 2 arguments, got 1", "comb", i(5));
        check("ValueError: n must be a non-negative integer", "comb", i(-1), i(2));
        check("ValueError: k must be a non-negative integer", "comb", i(3), i(-1));
        check("ValueError: factorial() not defined for negative values", "perm", i(-1));
    }

    @Test
    void sums() {
        check("1.0", "fsum", list(f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1), f(0.1)));
        check("1e-100", "fsum", list(f(1e100), f(1.0), f(-1e100), f(1e-100), f(1e50), f(-1.0), f(-1e50)));
        check("OverflowError: intermediate overflow in fsum", "fsum", list(f(1e308), f(1e308)));
        check("ValueError: -inf + inf in fsum", "fsum", list(f(Double.POSITIVE_INFINITY), f(Double.NEGATIVE_INFINITY)));
        check("0.0", "fsum", list());
        check("5.0", "dist", tuple(i(1), i(2)), tuple(i(4), i(6)));
        check("ValueError: both points must have the same number of dimensions", "dist", list(i(1), i(2)), list(i(3)));
        check("1", "prod", list());
        check("3.0", "prod", list(f(1.5), i(2)));
        check("362880", "prod", ints(1, 2, 3, 4, 5, 6, 7, 8, 9));
        check("11", "sumprod", ints(1, 2), ints(3, 4));
        check("0.11000000000000001", "sumprod", list(f(0.1), f(0.2)), list(f(0.3), f(0.4)));
        check("ValueError: Inputs are not the same length", "sumprod", ints(1), ints(1, 2));
        check("TypeError: prod() takes exactly 1 positional argument (0 given)", "prod");
        assertEquals("6", outcome(() -> callKw(m, "prod", new PyObject[] {ints(1, 2), i(3)}, "start")));
        assertEquals("True", outcome(() -> callKw(m, "isclose", new PyObject[] {f(1e-10), i(0), f(1e-9)}, "abs_tol")));
        check("False", "isclose", f(1e-10), i(0));
        check("True", "isclose", f(1.0), f(1.0000000001));
        check("TypeError: isclose() takes exactly 2 positional arguments (3 given)", "isclose", i(1), i(2), i(3));
    }

    @Test
    void errors() {
        check("ValueError: math domain error", "sqrt", i(-1));
        check("ValueError: math domain error", "log", i(0));
        check("ValueError: math domain error", "log", f(-1.0));
        check("ZeroDivisionError: float division by zero", "log", i(10), i(1));
        check("OverflowError: math range error", "exp", i(1000));
        check("OverflowError: math range error", "cosh", i(1000));
        check("ValueError: math domain error", "sin", f(Double.POSITIVE_INFINITY));
        check("ValueError: math domain error", "acos", i(2));
        check("ValueError: math domain error", "atanh", i(1));
        check("ValueError: math domain error", "pow", i(0), i(-1));
        check("ValueError: math domain error", "pow", i(-1), f(0.5));
        check("OverflowError: math range error", "ldexp", f(1.0), i(10000));
        check("TypeError: Expected an int as second argument to ldexp.", "ldexp", i(1), f(1.5));
        check("ValueError: math domain error", "fmod", i(1), i(0));
        check("ValueError: math domain error", "gamma", i(0));
        check("OverflowError: math range error", "gamma", i(200));
        check("OverflowError: int too large to convert to float", "sqrt", pow2(1400));
        check("TypeError: must be real number, not str", "sqrt", s("a"));
        check("TypeError: math.sqrt() takes exactly one argument (0 given)", "sqrt");
        check("TypeError: log expected at least 1 argument, got 0", "log");
        check("TypeError: log expected at most 2 arguments, got 3", "log", i(1), i(2), i(3));
        check("TypeError: pow expected 2 arguments, got 1", "pow", i(1));
        check("ValueError: invalid operation in fma", "fma", f(Double.POSITIVE_INFINITY), i(0), i(1));
        check("OverflowError: overflow in fma", "fma", f(1e308), i(10), i(0));
    }
}
