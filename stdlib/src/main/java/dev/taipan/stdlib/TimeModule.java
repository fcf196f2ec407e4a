package dev.taipan.stdlib;

import dev.taipan.runtime.Errors;
import dev.taipan.runtime.Gil;
import dev.taipan.runtime.InterpState;
import dev.taipan.runtime.NativeModule;
import dev.taipan.runtime.PyExc;
import dev.taipan.runtime.PyFloat;
import dev.taipan.runtime.PyInt;
import dev.taipan.runtime.PyModule;
import dev.taipan.runtime.PyNone;
import dev.taipan.runtime.PyObject;
import dev.taipan.runtime.PyStr;
import dev.taipan.runtime.PyTuple;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/** The time module: clocks, sleep, struct_time conversions (gmtime, localtime, mktime) and strftime/asctime. */
public final class TimeModule implements NativeModule {

    static final StructSeq.Shape STRUCT_TIME = new StructSeq.Shape("time", "struct_time",
            new String[] {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"},
            new String[] {"tm_zone", "tm_gmtoff"});
    private static final long MAX_SECONDS = 67767976233316800L;

    @Override
    public String name() {
        return "time";
    }

    @Override
    public PyModule create(InterpState interp) {
        PyModule m = new PyModule("time");
        ZoneId zone = ZoneId.systemDefault();
        m.put("struct_time", STRUCT_TIME.type);
        m.function("time", (a, k) -> {
            NumberArgs.range("time", a, k, 0, 0);
            Instant now = Instant.now();
            return new PyFloat(now.getEpochSecond() + now.getNano() / 1e9);
        });
        m.function("time_ns", (a, k) -> {
            NumberArgs.range("time_ns", a, k, 0, 0);
            Instant now = Instant.now();
            return PyInt.of(java.math.BigInteger.valueOf(now.getEpochSecond()).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                    .add(java.math.BigInteger.valueOf(now.getNano())));
        });
        for (String clock : new String[] {"monotonic", "perf_counter"}) {
            m.function(clock, (a, k) -> {
                NumberArgs.range(clock, a, k, 0, 0);
                return new PyFloat(System.nanoTime() / 1e9);
            });
            m.function(clock + "_ns", (a, k) -> {
                NumberArgs.range(clock + "_ns", a, k, 0, 0);
                return PyInt.of(System.nanoTime());
            });
        }
        m.function("process_time", (a, k) -> new PyFloat(processCpuNanos() / 1e9));
        m.function("process_time_ns", (a, k) -> PyInt.of(processCpuNanos()));
        m.function("thread_time", (a, k) -> new PyFloat(threadCpuNanos() / 1e9));
        m.function("thread_time_ns", (a, k) -> PyInt.of(threadCpuNanos()));
        m.function("sleep", (a, k) -> sleep(NumberArgs.one("time.sleep", a, k)));
        m.function("gmtime", (a, k) -> {
            NumberArgs.range("gmtime", a, k, 0, 1);
            return structTime(seconds(a.length == 0 ? PyNone.NONE : a[0]), ZoneOffset.UTC, "GMT");
        });
        m.function("localtime", (a, k) -> {
            NumberArgs.range("localtime", a, k, 0, 1);
            return structTime(seconds(a.length == 0 ? PyNone.NONE : a[0]), zone, null);
        });
        m.function("mktime", (a, k) -> new PyFloat(mktime(toTm(NumberArgs.one("time.mktime", a, k), "mktime", zone), zone)));
        m.function("asctime", (a, k) -> {
            NumberArgs.range("asctime", a, k, 0, 1);
            Strftime.Tm tm = a.length == 0 ? nowTm(zone) : checked(toTm(a[0], "asctime", zone));
            return PyStr.of(asctime(tm));
        });
        m.function("ctime", (a, k) -> {
            NumberArgs.range("ctime", a, k, 0, 1);
            long secs = seconds(a.length == 0 ? PyNone.NONE : a[0]);
            return PyStr.of(asctime(toTm(secs, zone, null)));
        });
        m.function("strftime", (a, k) -> {
            NumberArgs.noKeywords("strftime", k);
            if (a.length < 1) throw Errors.typeError("strftime() takes at least 1 argument (0 given)");
            if (a.length > 2) throw Errors.typeError("strftime() takes at most 2 arguments (" + a.length + " given)");
            if (!(a[0] instanceof PyStr fmt)) {
                throw Errors.typeError("strftime() argument 1 must be str, not " + a[0].type().name);
            }
            Strftime.Tm tm = a.length == 1 ? nowTm(zone) : checked(toTm(a[1], "strftime", zone));
            return PyStr.of(Strftime.format(fmt.value, tm));
        });
        ZonedDateTime jan = ZonedDateTime.of(LocalDateTime.now().getYear(), 1, 1, 0, 0, 0, 0, zone);
        ZonedDateTime jul = jan.withMonth(7);
        int janOffset = jan.getOffset().getTotalSeconds(), julOffset = jul.getOffset().getTotalSeconds();
        String janName = zoneName(jan), julName = zoneName(jul);
        boolean south = janOffset > julOffset;
        m.put("timezone", PyInt.of(-(south ? julOffset : janOffset)));
        m.put("altzone", PyInt.of(-(south ? janOffset : julOffset)));
        m.put("daylight", PyInt.of(janOffset != julOffset ? 1 : 0));
        m.put("tzname", south ? PyTuple.of(PyStr.of(julName), PyStr.of(janName)) : PyTuple.of(PyStr.of(janName), PyStr.of(julName)));
        return m;
    }

    private static String zoneName(ZonedDateTime t) {
        return ZoneNames.abbreviation(t, t.getZone().getRules().isDaylightSavings(t.toInstant()));
    }

    // ---- clocks and sleep ------------------------------------------------------------------

    private static long processCpuNanos() {
        java.lang.management.OperatingSystemMXBean os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            long t = sun.getProcessCpuTime();
            if (t >= 0) return t;
        }
        return threadCpuNanos();
    }

    private static long threadCpuNanos() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static PyObject sleep(PyObject arg) {
        double secs;
        if (arg instanceof PyFloat f) {
            secs = f.value;
            if (Double.isNaN(secs)) throw Errors.valueError("Invalid value NaN (not a number)");
        } else {
            secs = NumberArgs.index(arg).toDouble();
        }
        if (secs < 0) throw Errors.valueError("sleep length must be non-negative");
        if (secs >= 9.2e9) throw Errors.overflowError("timestamp out of range for platform time_t");
        long deadline = System.nanoTime() + (long) Math.ceil(secs * 1e9);
        // PEP 475: a signal whose handler returns does not cut the sleep short
        return Gil.interruptible(() -> {
            long left = deadline - System.nanoTime();
            if (left > 0) Thread.sleep(left / 1_000_000L, (int) (left % 1_000_000L));
            return PyNone.NONE;
        });
    }

    // ---- seconds <-> broken-down time --------------------------------------------------------

    /** A timestamp argument as whole seconds (floats are floored), or now for None. */
    static long seconds(PyObject o) {
        if (o == PyNone.NONE) return Math.floorDiv(System.currentTimeMillis(), 1000L);
        if (o instanceof PyFloat f) {
            double d = f.value;
            if (Double.isNaN(d)) throw Errors.valueError("Invalid value NaN (not a number)");
            d = Math.floor(d);
            if (!(d >= -9.223372036854776E18 && d < 9.223372036854776E18)) {
                throw Errors.overflowError("timestamp out of range for platform time_t");
            }
            return (long) d;
        }
        PyInt i = NumberArgs.index(o);
        if (i.isBig()) throw Errors.overflowError("timestamp out of range for platform time_t");
        return i.value;
    }

    static Strftime.Tm toTm(long secs, ZoneId zone, String zoneName) {
        if (secs > MAX_SECONDS || secs < -MAX_SECONDS) {
            throw Errors.osError(PyExc.OSError, 75, "Value too large for defined data type", null);
        }
        ZonedDateTime t;
        try {
            t = Instant.ofEpochSecond(secs).atZone(zone);
        } catch (java.time.DateTimeException e) {
            throw Errors.osError(PyExc.OSError, 75, "Value too large for defined data type", null);
        }
        boolean dst = zone.getRules().isDaylightSavings(t.toInstant());
        String name = zoneName != null ? zoneName : ZoneNames.abbreviation(t, dst);
        return new Strftime.Tm(t.getYear(), t.getMonthValue() - 1, t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond(),
                t.getDayOfWeek().getValue() % 7, t.getDayOfYear() - 1, dst ? 1 : 0, t.getOffset().getTotalSeconds(), name, secs);
    }

    private static Strftime.Tm nowTm(ZoneId zone) {
        return toTm(Math.floorDiv(System.currentTimeMillis(), 1000L), zone, null);
    }

    static PyObject structTime(long secs, ZoneId zone, String zoneName) {
        return structTime(toTm(secs, zone, zoneName));
    }

    static PyObject structTime(Strftime.Tm tm) {
        PyObject[] fields = {PyInt.of(tm.year()), PyInt.of(tm.mon() + 1), PyInt.of(tm.mday()), PyInt.of(tm.hour()),
            PyInt.of(tm.min()), PyInt.of(tm.sec()), PyInt.of((tm.wday() + 6) % 7), PyInt.of(tm.yday() + 1), PyInt.of(tm.isdst())};
        return STRUCT_TIME.make(fields, PyStr.of(tm.zone()), PyInt.of(tm.gmtoff()));
    }

    /** CPython's gettmarg: a 9-tuple or struct_time as a C struct tm (month 0-11, weekday 0 = Sunday). */
    static Strftime.Tm toTm(PyObject o, String fname, ZoneId zone) {
        if (!(o instanceof PyTuple t)) throw Errors.typeError("Tuple or struct_time argument required");
        if (t.size() != 9) throw Errors.typeError(fname + "(): illegal time tuple argument");
        int[] v = new int[9];
        for (int i = 0; i < 9; i++) {
            PyInt x = NumberArgs.index(t.get(i));
            if (x.isBig() || x.value > Integer.MAX_VALUE) {
                if (x.signum() > 0) throw Errors.overflowError("signed integer is greater than maximum");
                throw Errors.overflowError("signed integer is less than minimum");
            }
            if (x.value < Integer.MIN_VALUE) throw Errors.overflowError("signed integer is less than minimum");
            v[i] = (int) x.value;
        }
        String zoneName = null;
        long gmtoff = 0;
        if (o instanceof StructSeq s && s.shape == STRUCT_TIME) {
            PyObject z = s.hidden("tm_zone");
            if (z instanceof PyStr zs) zoneName = zs.value;
            PyObject g = s.hidden("tm_gmtoff");
            if (g instanceof PyInt gi && !gi.isBig()) gmtoff = gi.value;
        }
        int isdst = v[8];
        if (zoneName == null) {
            // glibc prints tzname[isdst > 0] for a tm without a zone
            ZonedDateTime jan = ZonedDateTime.of(v[0] > 0 && v[0] < 10000 ? v[0] : 2000, 1, 1, 0, 0, 0, 0, zone);
            ZonedDateTime jul = jan.withMonth(7);
            boolean julyIsDst = zone.getRules().isDaylightSavings(jul.toInstant());
            ZonedDateTime wanted = (isdst > 0) == julyIsDst ? jul : jan;
            zoneName = zoneName(wanted);
        }
        long epoch = 0;
        return new Strftime.Tm(v[0], v[1] - 1, v[2], v[3], v[4], v[5], (v[6] + 1) % 7, v[7] - 1, isdst, gmtoff, zoneName, epoch);
    }

    /** CPython's checktm: range checks (with the 0 -> 1 fix-ups strftime allows) and the epoch seconds for %s. */
    static Strftime.Tm checked(Strftime.Tm tm) {
        int mon = tm.mon(), mday = tm.mday(), yday = tm.yday(), isdst = tm.isdst();
        if (mon == -1) mon = 0;
        else if (mon < 0 || mon > 11) throw Errors.valueError("month out of range");
        if (mday == 0) mday = 1;
        else if (mday < 0 || mday > 31) throw Errors.valueError("day of month out of range");
        if (tm.hour() < 0 || tm.hour() > 23) throw Errors.valueError("hour out of range");
        if (tm.min() < 0 || tm.min() > 59) throw Errors.valueError("minute out of range");
        if (tm.sec() < 0 || tm.sec() > 61) throw Errors.valueError("seconds out of range");
        if (tm.wday() < 0) throw Errors.valueError("day of week out of range");
        if (yday == -1) yday = 0;
        else if (yday < 0 || yday > 365) throw Errors.valueError("day of year out of range");
        if (isdst < -1) isdst = -1;
        else if (isdst > 1) isdst = 1;
        long epoch = tm.epochSeconds();
        try {
            epoch = LocalDateTime.of(tm.year(), 1, 1, 0, 0).plusMonths(mon).plusDays(mday - 1L).plusHours(tm.hour())
                    .plusMinutes(tm.min()).plusSeconds(tm.sec()).atZone(ZoneId.systemDefault()).toEpochSecond();
        } catch (java.time.DateTimeException e) {
            epoch = 0;
        }
        return new Strftime.Tm(tm.year(), mon, mday, tm.hour(), tm.min(), tm.sec(), tm.wday(), yday, isdst, tm.gmtoff(),
                tm.zone(), epoch);
    }

    static double mktime(Strftime.Tm tm, ZoneId zone) {
        try {
            LocalDateTime ldt = LocalDateTime.of(tm.year(), 1, 1, 0, 0).plusMonths(tm.mon()).plusDays(tm.mday() - 1L)
                    .plusHours(tm.hour()).plusMinutes(tm.min()).plusSeconds(tm.sec());
            return ZonedDateTime.ofLocal(ldt, zone, null).toEpochSecond();
        } catch (java.time.DateTimeException | ArithmeticException e) {
            throw Errors.overflowError("mktime argument out of range");
        }
    }

    /** "Sun Jun 20 23:21:05 1993", as CPython formats it itself. */
    static String asctime(Strftime.Tm tm) {
        return String.format("%s %s%3d %02d:%02d:%02d %d", Strftime.DAYS[tm.wday()].substring(0, 3),
                Strftime.MONTHS[tm.mon()].substring(0, 3), tm.mday(), tm.hour(), tm.min(), tm.sec(), tm.year());
    }
}
