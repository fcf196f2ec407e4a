package dev.taipan.stdlib;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Time zone abbreviations as the C library prints them (tm_zone, %Z, time.tzname): read from the
 * zone's tzdata file, which Java's zone rules do not expose, with Java's own names as a fallback.
 */
final class ZoneNames {
    private ZoneNames() {}

    /** Per zone id: "offsetSeconds/isdst" to the abbreviation most recently used for it. Facts about OS files, shared. */
    private static final Map<String, Map<String, String>> CACHE = new ConcurrentHashMap<>();
    private static final DateTimeFormatter JAVA_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    static String abbreviation(ZonedDateTime t, boolean dst) {
        ZoneId zone = t.getZone();
        Map<String, String> names = CACHE.computeIfAbsent(zone.getId(), ZoneNames::load);
        String name = names.get(t.getOffset().getTotalSeconds() + "/" + (dst ? 1 : 0));
        if (name != null) return name;
        String java = JAVA_NAME.format(t);
        if (java.startsWith("GMT+") || java.startsWith("GMT-")) {
            int off = t.getOffset().getTotalSeconds();
            int a = Math.abs(off) / 60;
            return (off < 0 ? "-" : "+") + String.format(a % 60 == 0 ? "%02d" : "%02d%02d", a / 60, a % 60);
        }
        return java;
    }

    private static Map<String, String> load(String id) {
        Map<String, String> names = new HashMap<>();
        try {
            Path file = Path.of("/usr/share/zoneinfo", id);
            if (!Files.isRegularFile(file)) file = Path.of("/etc/localtime");
            ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(file));
            if (b.remaining() < 44 || b.getInt(0) != 0x545a6966) return names;
            int version = b.get(4);
            int end = readBlock(b, 0, 4, names);
            if (version >= '2' && end + 44 <= b.limit()) {
                names.clear();
                readBlock(b, end, 8, names);
            }
        } catch (IOException | RuntimeException e) {
            names.clear();
        }
        return names;
    }

    /** Reads one TZif header and data block starting at pos; returns the position after it. */
    private static int readBlock(ByteBuffer b, int pos, int timeSize, Map<String, String> names) {
        int isutcnt = b.getInt(pos + 20), isstdcnt = b.getInt(pos + 24), leapcnt = b.getInt(pos + 28);
        int timecnt = b.getInt(pos + 32), typecnt = b.getInt(pos + 36), charcnt = b.getInt(pos + 40);
        int times = pos + 44;
        int indices = times + timecnt * timeSize;
        int types = indices + timecnt;
        int chars = types + typecnt * 6;
        String[] abbr = new String[typecnt];
        String[] key = new String[typecnt];
        for (int i = 0; i < typecnt; i++) {
            int utoff = b.getInt(types + 6 * i);
            int isdst = b.get(types + 6 * i + 4);
            int idx = b.get(types + 6 * i + 5) & 0xff;
            StringBuilder sb = new StringBuilder();
            for (int c = chars + idx; c < chars + charcnt && b.get(c) != 0; c++) sb.append((char) b.get(c));
            abbr[i] = sb.toString();
            key[i] = utoff + "/" + (isdst != 0 ? 1 : 0);
        }
        if (timecnt == 0) {
            for (int i = 0; i < typecnt; i++) names.put(key[i], abbr[i]);
        }
        for (int t = 0; t < timecnt; t++) {
            int type = b.get(indices + t) & 0xff;
            if (type < typecnt) names.put(key[type], abbr[type]);
        }
        return chars + charcnt + leapcnt * (timeSize + 4) + isstdcnt + isutcnt;
    }
}
