package dev.taipan.stdlib;

/**
 * time.strftime in the C locale, as glibc formats it: every conversion, the GNU flags
 * (_ - 0 ^ #), field widths, the E and O modifiers, and unknown conversions copied through.
 */
final class Strftime {
    private Strftime() {}

    static final String[] DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};
    static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};

    /** A broken-down time as C's struct tm holds it (month 0-11, weekday 0 = Sunday, yday 0-365), with the full year. */
    record Tm(int year, int mon, int mday, int hour, int min, int sec, int wday, int yday, int isdst, long gmtoff,
              String zone, long epochSeconds) {}

    static String format(String fmt, Tm tm) {
        StringBuilder out = new StringBuilder();
        int n = fmt.length();
        for (int i = 0; i < n; i++) {
            char c = fmt.charAt(i);
            if (c != '%') {
                out.append(c);
                continue;
            }
            int start = i;
            char pad = 0;
            boolean upper = false, swap = false;
            i++;
            while (i < n && "_-0^#".indexOf(fmt.charAt(i)) >= 0) {
                char f = fmt.charAt(i++);
                if (f == '^') upper = true;
                else if (f == '#') swap = true;
                else pad = f;
            }
            int width = -1;
            while (i < n && Character.isDigit(fmt.charAt(i))) {
                width = (width < 0 ? 0 : width * 10) + (fmt.charAt(i++) - '0');
            }
            if (i < n && (fmt.charAt(i) == 'E' || fmt.charAt(i) == 'O')) i++;
            if (i >= n) {
                out.append(fmt, start, n);
                break;
            }
            char conv = fmt.charAt(i);
            String r = convert(conv, tm, pad, width, upper, swap);
            if (r == null) {
                out.append(fmt, start, i + 1);
            } else {
                out.append(r);
            }
        }
        return out.toString();
    }

    private static String convert(char conv, Tm tm, char pad, int width, boolean upper, boolean swap) {
        return switch (conv) {
            case 'a' -> text(DAYS[tm.wday].substring(0, 3), pad, width, upper || swap);
            case 'A' -> text(DAYS[tm.wday], pad, width, upper || swap);
            case 'b', 'h' -> text(MONTHS[tm.mon].substring(0, 3), pad, width, upper || swap);
            case 'B' -> text(MONTHS[tm.mon], pad, width, upper || swap);
            case 'c' -> text(format("%a %b %e %H:%M:%S %Y", tm), pad, width, upper);
            case 'C' -> number(Math.floorDiv(tm.year, 100), 1, '0', pad, width);
            case 'd' -> number(tm.mday, 2, '0', pad, width);
            case 'e' -> number(tm.mday, 2, ' ', pad, width);
            case 'D' -> text(format("%m/%d/%y", tm), pad, width, upper);
            case 'F' -> text(format("%Y-%m-%d", tm), pad, width, upper);
            case 'g' -> number(Math.floorMod(isoYear(tm), 100), 2, '0', pad, width);
            case 'G' -> number(isoYear(tm), 1, '0', pad, width);
            case 'V' -> number(isoWeek(tm), 2, '0', pad, width);
            case 'H' -> number(tm.hour, 2, '0', pad, width);
            case 'I' -> number(hour12(tm.hour), 2, '0', pad, width);
            case 'k' -> number(tm.hour, 2, ' ', pad, width);
            case 'l' -> number(hour12(tm.hour), 2, ' ', pad, width);
            case 'j' -> number(tm.yday + 1, 3, '0', pad, width);
            case 'm' -> number(tm.mon + 1, 2, '0', pad, width);
            case 'M' -> number(tm.min, 2, '0', pad, width);
            case 'n' -> text("\n", pad, width, false);
            case 't' -> text("\t", pad, width, false);
            case 'p' -> swap ? text(tm.hour < 12 ? "am" : "pm", pad, width, false) : text(tm.hour < 12 ? "AM" : "PM", pad, width, false);
            case 'P' -> text(tm.hour < 12 ? "am" : "pm", pad, width, upper);
            case 'r' -> text(format("%I:%M:%S %p", tm), pad, width, upper);
            case 'R' -> text(format("%H:%M", tm), pad, width, upper);
            case 's' -> number(tm.epochSeconds, 1, '0', pad, width);
            case 'S' -> number(tm.sec, 2, '0', pad, width);
            case 'T' -> text(format("%H:%M:%S", tm), pad, width, upper);
            case 'u' -> number(tm.wday == 0 ? 7 : tm.wday, 1, '0', pad, width);
            case 'w' -> number(tm.wday, 1, '0', pad, width);
            case 'U' -> number((tm.yday - tm.wday + 7) / 7, 2, '0', pad, width);
            case 'W' -> number((tm.yday - (tm.wday - 1 + 7) % 7 + 7) / 7, 2, '0', pad, width);
            case 'x' -> text(format("%m/%d/%y", tm), pad, width, upper);
            case 'X' -> text(format("%H:%M:%S", tm), pad, width, upper);
            case 'y' -> number(Math.floorMod(tm.year, 100), 2, '0', pad, width);
            case 'Y' -> number(tm.year, 1, '0', pad, width);
            case 'z' -> zoneOffset(tm.gmtoff, pad, width);
            case 'Z' -> swap ? text(tm.zone.toLowerCase(java.util.Locale.ROOT), pad, width, false) : text(tm.zone, pad, width, upper);
            case '%' -> text("%", pad, width, false);
            default -> null;
        };
    }

    private static int hour12(int h) {
        int r = h % 12;
        return r == 0 ? 12 : r;
    }

    private static String text(String s, char pad, int width, boolean upper) {
        if (upper) s = s.toUpperCase(java.util.Locale.ROOT);
        if (width > s.length()) {
            char fill = pad == '0' ? '0' : ' ';
            return String.valueOf(fill).repeat(width - s.length()) + s;
        }
        return s;
    }

    /** A number with its default digits and fill, adjusted by the flag and width as glibc does. */
    private static String number(long v, int digits, char defaultFill, char pad, int width) {
        String body = Long.toString(Math.abs(v));
        String sign = v < 0 ? "-" : "";
        if (pad == '-') {
            String s = sign + body;
            return width > s.length() ? " ".repeat(width - s.length()) + s : s;
        }
        char fill = pad == '_' ? ' ' : pad == '0' ? '0' : defaultFill;
        int total = Math.max(digits, width);
        int len = sign.length() + body.length();
        if (len >= total) return sign + body;
        if (fill == '0') return sign + "0".repeat(total - len) + body;
        return " ".repeat(total - len) + sign + body;
    }

    private static String zoneOffset(long gmtoff, char pad, int width) {
        long a = Math.abs(gmtoff) / 60;
        String s = (gmtoff < 0 ? "-" : "+") + String.format("%02d%02d", a / 60, a % 60);
        return text(s, pad, width, false);
    }

    private static boolean isLeap(int y) {
        return y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    }

    /** Days since the Monday that starts the ISO week-numbering year of a date given by yday and wday. */
    private static int isoWeekDays(int yday, int wday) {
        int bigMultipleOf7 = (366 / 7 + 2) * 7;
        return yday - (yday - wday + 4 + bigMultipleOf7) % 7 + 4 - 1;
    }

    /** {ISO year, days into that ISO year}, from the year, yday and wday as glibc computes %G, %g and %V. */
    private static int[] iso(Tm tm) {
        int year = tm.year;
        int days = isoWeekDays(tm.yday, tm.wday);
        if (days < 0) {
            year--;
            days = isoWeekDays(tm.yday + (365 + (isLeap(year) ? 1 : 0)), tm.wday);
        } else {
            int d = isoWeekDays(tm.yday - (365 + (isLeap(year) ? 1 : 0)), tm.wday);
            if (d >= 0) {
                year++;
                days = d;
            }
        }
        return new int[] {year, days};
    }

    private static int isoYear(Tm tm) {
        return iso(tm)[0];
    }

    private static int isoWeek(Tm tm) {
        return iso(tm)[1] / 7 + 1;
    }
}
