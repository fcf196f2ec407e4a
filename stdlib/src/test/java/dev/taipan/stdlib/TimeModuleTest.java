package dev.taipan.stdlib;

import static dev.taipan.stdlib.NativeModuleTesting.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TimeModuleTest {
    private PyModule m;

    @BeforeEach
    void setUp() {
        m = load(new TimeModule());
    }

    private void check(String expected, String fn, PyObject... args) {
        assertEquals(expected, outcome(() -> call(m, fn, args)), fn);
    }

    private static PyObject tm(long... v) {
        return ints(v).getItem(new dev.taipan.runtime.PySlice(dev.taipan.runtime.PyNone.NONE, dev.taipan.runtime.PyNone.NONE,
                dev.taipan.runtime.PyNone.NONE)) instanceof dev.taipan.runtime.PyList l ? tuple(l.toArray()) : null;
    }

    @Test
    void gmtime() {
        check("time.struct_time(tm_year=2023, tm_mon=11, tm_mday=14, tm_hour=22, tm_min=13, tm_sec=20, tm_wday=1, tm_yday=318, tm_isdst=0)",
                "gmtime", f(1700000000.7));
        check("time.struct_time(tm_year=1969, tm_mon=12, tm_mday=31, tm_hour=23, tm_min=59, tm_sec=59, tm_wday=2, tm_yday=365, tm_isdst=0)",
                "gmtime", f(-0.5));
        PyObject t = call(m, "gmtime", i(1700000000));
        assertEquals("2023", t.getItem(i(0)).repr());
        assertEquals("'GMT'", t.getAttr("tm_zone").repr());
        assertEquals("0", t.getAttr("tm_gmtoff").repr());
        assertEquals("9", String.valueOf(t.len()));
        assertEquals("318", t.getAttr("tm_yday").repr());
        assertEquals("(2023, 11, 14)", t.getItem(new dev.taipan.runtime.PySlice(dev.taipan.runtime.PyNone.NONE, i(3),
                dev.taipan.runtime.PyNone.NONE)).repr());
        assertEquals("<class 'time.struct_time'>", m.getAttr("struct_time").repr());
        assertTrue(dev.taipan.runtime.Ops.eq(t, tm(2023, 11, 14, 22, 13, 20, 1, 318, 0)));
        check("TypeError: 'str' object cannot be interpreted as an integer", "gmtime", s("a"));
        check("ValueError: Invalid value NaN (not a number)", "gmtime", f(Double.NaN));
        check("OverflowError: timestamp out of range for platform time_t", "gmtime", f(1e20));
    }

    @Test
    void strftime() {
        check("'2023-11-14 22:13:20 Tue Tuesday Nov November Tue Nov 14 22:13:20 2023 14 10 318 PM 46 2 46 11/14/23 22:13:20 23 GMT +0000 % 14 20 11/14/23 2023-11-14 22:13:20 22:13 2023 23 46 2 Nov 22 10 1700000000 pm %Q %f'",
                "strftime", s("%Y-%m-%d %H:%M:%S %a %A %b %B %c %d %I %j %p %U %w %W %x %X %y %Z %z %% %e %C %D %F %T %R %G %g %V %u %h %k %l %s %P %Q %f"),
                call(m, "gmtime", i(1700000000)));
        check("'999|99|9|999'", "strftime", s("%Y|%y|%C|%G"), tm(999, 1, 1, 0, 0, 0, 0, 1, 0));
        check("'-5|-1|95'", "strftime", s("%Y|%C|%y"), tm(-5, 1, 1, 0, 0, 0, 0, 1, 0));
        check("'TUE|MAR|0000002024|7| 3|0000000005|65|AM'", "strftime", s("%^a|%#b|%10Y|%-H|%_m|%010d|%-j|%^p"),
                tm(2024, 3, 5, 7, 8, 9, 1, 65, 0));
        check("'00 01 01 2024 1 1'", "strftime", s("%U %W %V %G %u %w"), tm(2024, 1, 1, 0, 0, 0, 0, 1, 0));
        check("'01 00 52 2022'", "strftime", s("%U %W %V %G"), tm(2023, 1, 1, 0, 0, 0, 6, 1, 0));
        check("'12 12 AM'", "strftime", s("%I %l %p"), tm(2024, 1, 1, 0, 0, 0, 0, 1, 0));
        check("'%E'", "strftime", s("%E"), tm(2024, 1, 1, 12, 0, 0, 0, 1, 0));
        check("'    %|    1'", "strftime", s("%5%|%-5d"), tm(2024, 1, 1, 12, 0, 0, 0, 1, 0));
        check("'2024'", "strftime", s("%Y"), tm(2024, 0, 0, 0, 0, 0, 0, 0, 0));
        check("'Mon'", "strftime", s("%a"), tm(2024, 1, 1, 0, 0, 0, 7, 0, 0));
        check("'Sun'", "strftime", s("%a"), tm(2024, 1, 1, 0, 0, 0, -1, 0, 0));
        check("ValueError: day of month out of range", "strftime", s("%Y"), tm(2024, 1, 32, 0, 0, 0, 0, 0, 0));
        check("ValueError: seconds out of range", "strftime", s("%Y"), tm(2024, 1, 1, 0, 0, 62, 0, 0, 0));
        check("ValueError: day of week out of range", "strftime", s("%a"), tm(2024, 1, 1, 0, 0, 0, -2, 1, 0));
        check("TypeError: strftime() argument 1 must be str, not int", "strftime", i(1));
        check("TypeError: Tuple or struct_time argument required", "strftime", s("%Y"), i(5));
        check("TypeError: strftime(): illegal time tuple argument", "strftime", s("%Y"), tuple(i(1), i(2), i(3)));
        check("TypeError: 'float' object cannot be interpreted as an integer", "strftime", s("%Y"),
                tuple(f(2024.5), i(1), i(1), i(0), i(0), i(0), i(0), i(1), i(0)));
    }

    @Test
    void asctimeAndStructTime() {
        check("'Tue Nov 14 22:13:20 2023'", "asctime", call(m, "gmtime", i(1700000000)));
        check("'Mon Jan  5 03:04:05 2024'", "asctime", tm(2024, 1, 5, 3, 4, 5, 0, 0, 0));
        check("ValueError: month out of range", "asctime", tm(2024, 13, 5, 3, 4, 5, 0, 0, 0));
        check("TypeError: asctime(): illegal time tuple argument", "asctime", tuple(i(2024), i(1), i(5)));
        check("time.struct_time(tm_year=1, tm_mon=2, tm_mday=3, tm_hour=4, tm_min=5, tm_sec=6, tm_wday=7, tm_yday=8, tm_isdst=9)",
                "struct_time", tm(1, 2, 3, 4, 5, 6, 7, 8, 9));
        check("TypeError: time.struct_time() takes an at least 9-sequence (3-sequence given)", "struct_time", tm(1, 2, 3));
        check("TypeError: time.struct_time() takes an at most 11-sequence (12-sequence given)", "struct_time",
                tm(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
        assertEquals("'Z'", call(m, "struct_time", tuple(i(1), i(2), i(3), i(4), i(5), i(6), i(7), i(8), i(9), s("Z"), i(3600)))
                .getAttr("tm_zone").repr());
    }

    @Test
    void clocksAndSleep() {
        assertTrue(((PyFloat) call(m, "time")).value > 1.7e9);
        assertEquals("int", call(m, "time_ns").type().name);
        assertEquals("float", call(m, "perf_counter").type().name);
        check("None", "sleep", i(0));
        check("ValueError: sleep length must be non-negative", "sleep", i(-1));
        check("TypeError: 'str' object cannot be interpreted as an integer", "sleep", s("a"));
        check("TypeError: time.sleep() takes exactly one argument (0 given)", "sleep");
        check("ValueError: Invalid value NaN (not a number)", "sleep", f(Double.NaN));
    }
}
