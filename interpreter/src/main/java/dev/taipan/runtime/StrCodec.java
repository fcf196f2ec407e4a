package dev.taipan.runtime;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

/**
 * The text codecs str.encode and bytes.decode support (utf-8, ascii, latin-1, utf-16, utf-32) with
 * CPython's error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass) and its UnicodeError messages.
 */
public final class StrCodec {
    private StrCodec() {}

    /** The canonical codec name for an encoding name, or null when unknown. */
    public static String canonical(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (n) {
            case "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4" -> "utf-8";
            case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "iso646_us", "cp367", "csascii" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100", "iso_8859_1:1987", "csisolatin1" ->
                    "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le", "utf16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be", "utf16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le", "utf32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be", "utf32be" -> "utf-32-be";
            default -> null;
        };
    }

    private static String require(String encoding) {
        String c = canonical(encoding);
        if (c == null) throw Errors.of(lookupError(), "unknown encoding: " + encoding);
        return c;
    }

    private static PyType lookupError() {
        return PyExc.LookupError;
    }

    private static void checkHandler(String errors) {
        switch (errors) {
            case "strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass" -> {
            }
            default -> throw Errors.of(PyExc.LookupError, "unknown error handler name '" + errors + "'");
        }
    }

    // ---- encoding --------------------------------------------------------------------------------

    /** s.encode(encoding, errors) */
    public static byte[] encode(String s, String encoding, String errors) {
        java.nio.charset.Charset other = canonical(encoding) == null ? JavaCodecs.charset(encoding) : null;
        if (other != null) return JavaCodecs.encode(s, other, encoding, errors);
        String enc = require(encoding);
        if (enc.equals("utf-8") && errors.equals("strict")) {
            boolean plain = true;
            for (int i = 0; i < s.length(); i++) {
                if (Character.isSurrogate(s.charAt(i))) {
                    plain = false;
                    break;
                }
            }
            if (plain) return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 8);
        int limit = switch (enc) {
            case "ascii" -> 128;
            case "latin-1" -> 256;
            default -> 0x110000;
        };
        if (enc.equals("utf-16")) writeUnit(out, 0xFEFF, 2, false);
        if (enc.equals("utf-32")) writeUnit(out, 0xFEFF, 4, false);
        for (int i = 0; i < cps.length; ) {
            int c = cps[i];
            boolean bad = c >= limit || (c >= 0xD800 && c <= 0xDFFF);
            if (!bad) {
                put(out, enc, c);
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && (cps[j] >= limit || (cps[j] >= 0xD800 && cps[j] <= 0xDFFF))) j++;
            String reason = limit < 0x110000 ? "ordinal not in range(" + limit + ")" : "surrogates not allowed";
            checkHandler(errors);
            switch (errors) {
                case "strict" -> throw encodeError(enc, s, cps, i, j, reason);
                case "ignore" -> {
                }
                case "replace" -> {
                    for (int k = i; k < j; k++) put(out, enc, '?');
                }
                case "backslashreplace" -> {
                    for (int k = i; k < j; k++) putAscii(out, enc, backslashEscape(cps[k]));
                }
                case "xmlcharrefreplace" -> {
                    for (int k = i; k < j; k++) putAscii(out, enc, "&#" + cps[k] + ";");
                }
                case "namereplace" -> {
                    for (int k = i; k < j; k++) {
                        String name = Character.getName(cps[k]);
                        putAscii(out, enc, name != null && !Character.isSurrogate((char) cps[k]) ? "\\N{" + name + "}" : backslashEscape(cps[k]));
                    }
                }
                case "surrogateescape" -> {
                    for (int k = i; k < j; k++) {
                        int c2 = cps[k];
                        if (c2 < 0xDC80 || c2 > 0xDCFF) throw encodeError(enc, s, cps, k, k + 1, reason);
                        out.write(c2 - 0xDC00);
                    }
                }
                default -> { // surrogatepass
                    for (int k = i; k < j; k++) {
                        int c2 = cps[k];
                        if (c2 < 0xD800 || c2 > 0xDFFF || limit < 0x110000) throw encodeError(enc, s, cps, k, k + 1, reason);
                        putRaw(out, enc, c2);
                    }
                }
            }
            i = j;
        }
        return out.toByteArray();
    }

    private static void putAscii(ByteArrayOutputStream out, String enc, String text) {
        for (int i = 0; i < text.length(); i++) put(out, enc, text.charAt(i));
    }

    private static void put(ByteArrayOutputStream out, String enc, int c) {
        switch (enc) {
            case "ascii", "latin-1" -> out.write(c);
            case "utf-8" -> putRaw(out, enc, c);
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean be = enc.equals("utf-16-be");
                if (c >= 0x10000) {
                    writeUnit(out, Character.highSurrogate(c), 2, be);
                    writeUnit(out, Character.lowSurrogate(c), 2, be);
                } else {
                    writeUnit(out, c, 2, be);
                }
            }
            default -> writeUnit(out, c, 4, enc.equals("utf-32-be"));
        }
    }

    /** UTF-8 bytes of c, surrogates included (for surrogatepass), or the UTF-16/32 unit. */
    private static void putRaw(ByteArrayOutputStream out, String enc, int c) {
        if (!enc.equals("utf-8")) {
            if (enc.startsWith("utf-16")) writeUnit(out, c, 2, enc.equals("utf-16-be"));
            else writeUnit(out, c, 4, enc.equals("utf-32-be"));
            return;
        }
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xC0 | (c >> 6));
            out.write(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out.write(0xE0 | (c >> 12));
            out.write(0x80 | ((c >> 6) & 0x3F));
            out.write(0x80 | (c & 0x3F));
        } else {
            out.write(0xF0 | (c >> 18));
            out.write(0x80 | ((c >> 12) & 0x3F));
            out.write(0x80 | ((c >> 6) & 0x3F));
            out.write(0x80 | (c & 0x3F));
        }
    }

    private static void writeUnit(ByteArrayOutputStream out, int u, int width, boolean bigEndian) {
        for (int k = 0; k < width; k++) {
            int shift = bigEndian ? 8 * (width - 1 - k) : 8 * k;
            out.write((u >> shift) & 0xFF);
        }
    }

    static String backslashEscape(int c) {
        if (c < 0x100) return String.format("\\x%02x", c);
        if (c < 0x10000) return String.format("\\u%04x", c);
        return String.format("\\U%08x", c);
    }

    private static PyException encodeError(String enc, String s, int[] cps, int start, int end, String reason) {
        return UnicodeErrorMethods.encodeError(enc, s, start, end, reason);
    }

    // ---- decoding --------------------------------------------------------------------------------

    /** bytes.decode(encoding, errors) over the first n bytes of b. */
    public static String decode(byte[] b, int n, String encoding, String errors) {
        java.nio.charset.Charset other = canonical(encoding) == null ? JavaCodecs.charset(encoding) : null;
        if (other != null) return JavaCodecs.decode(b, n, other, encoding, errors);
        String enc = require(encoding);
        return switch (enc) {
            case "utf-8" -> decodeUtf8(b, n, errors);
            case "ascii", "latin-1" -> decodeSingleByte(b, n, enc, errors);
            case "utf-16", "utf-16-le", "utf-16-be" -> decodeUtf16(b, n, enc, errors);
            default -> decodeUtf32(b, n, enc, errors);
        };
    }

    private static String decodeSingleByte(byte[] b, int n, String enc, String errors) {
        StringBuilder sb = new StringBuilder(n);
        boolean ascii = enc.equals("ascii");
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (ascii && c >= 0x80) {
                handleDecode(sb, b, n, enc, errors, i, i + 1, "ordinal not in range(128)");
            } else {
                sb.append((char) c);
            }
        }
        return sb.toString();
    }

    private static String decodeUtf8(byte[] b, int n, String errors) {
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (b[i] < 0) {
                ascii = false;
                break;
            }
        }
        if (ascii) return new String(b, 0, n, java.nio.charset.StandardCharsets.ISO_8859_1);
        StringBuilder sb = new StringBuilder(n);
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            int need, lo = 0x80, hi = 0xBF;
            if (c >= 0xC2 && c <= 0xDF) {
                need = 1;
            } else if (c >= 0xE0 && c <= 0xEF) {
                need = 2;
                if (c == 0xE0) lo = 0xA0;
                if (c == 0xED) hi = 0x9F;
            } else if (c >= 0xF0 && c <= 0xF4) {
                need = 3;
                if (c == 0xF0) lo = 0x90;
                if (c == 0xF4) hi = 0x8F;
            } else {
                i = handleDecode(sb, b, n, "utf-8", errors, i, i + 1, "invalid start byte");
                continue;
            }
            int cp = c & (0x3F >> need);
            int j = i + 1;
            String reason = null;
            for (int k = 0; k < need; k++, j++) {
                if (j >= n) {
                    reason = "unexpected end of data";
                    break;
                }
                int cc = b[j] & 0xff;
                int l = k == 0 ? lo : 0x80, h = k == 0 ? hi : 0xBF;
                if (cc < l || cc > h) {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = (cp << 6) | (cc & 0x3F);
            }
            if (reason != null) {
                i = handleDecode(sb, b, n, "utf-8", errors, i, j, reason);
                continue;
            }
            sb.appendCodePoint(cp);
            i = j;
        }
        return sb.toString();
    }

    private static String decodeUtf16(byte[] b, int n, String enc, String errors) {
        boolean be = enc.equals("utf-16-be");
        int i = 0;
        if (enc.equals("utf-16") && n >= 2) {
            int b0 = b[0] & 0xff, b1 = b[1] & 0xff;
            if (b0 == 0xFF && b1 == 0xFE) {
                i = 2;
            } else if (b0 == 0xFE && b1 == 0xFF) {
                i = 2;
                be = true;
            }
        }
        String name = be ? "utf-16-be" : "utf-16-le";
        StringBuilder sb = new StringBuilder(n / 2);
        while (i < n) {
            if (n - i < 2) {
                i = handleDecode(sb, b, n, name, errors, i, n, "truncated data");
                continue;
            }
            int u = unit(b, i, 2, be);
            if (u < 0xD800 || u > 0xDFFF) {
                sb.append((char) u);
                i += 2;
            } else if (u >= 0xDC00) {
                i = handleDecode(sb, b, n, name, errors, i, i + 2, "illegal encoding");
            } else if (n - i < 4) {
                i = handleDecode(sb, b, n, name, errors, i, n, "unexpected end of data");
            } else {
                int u2 = unit(b, i + 2, 2, be);
                if (u2 < 0xDC00 || u2 > 0xDFFF) {
                    i = handleDecode(sb, b, n, name, errors, i, i + 2, "illegal UTF-16 surrogate");
                } else {
                    sb.append((char) u).append((char) u2);
                    i += 4;
                }
            }
        }
        return sb.toString();
    }

    private static String decodeUtf32(byte[] b, int n, String enc, String errors) {
        boolean be = enc.equals("utf-32-be");
        int i = 0;
        if (enc.equals("utf-32") && n >= 4) {
            if (unit(b, 0, 4, false) == 0xFEFF) {
                i = 4;
            } else if (unit(b, 0, 4, true) == 0xFEFF) {
                i = 4;
                be = true;
            }
        }
        String name = be ? "utf-32-be" : "utf-32-le";
        StringBuilder sb = new StringBuilder(n / 4);
        while (i < n) {
            if (n - i < 4) {
                i = handleDecode(sb, b, n, name, errors, i, n, "truncated data");
                continue;
            }
            long u = unit(b, i, 4, be) & 0xFFFFFFFFL;
            if (u >= 0x110000) {
                i = handleDecode(sb, b, n, name, errors, i, i + 4, "code point not in range(0x110000)");
                continue;
            }
            if (u >= 0xD800 && u <= 0xDFFF) {
                i = handleDecode(sb, b, n, name, errors, i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
                continue;
            }
            sb.appendCodePoint((int) u);
            i += 4;
        }
        return sb.toString();
    }

    private static int unit(byte[] b, int i, int width, boolean bigEndian) {
        int u = 0;
        for (int k = 0; k < width; k++) {
            int v = b[i + k] & 0xff;
            u |= bigEndian ? v << (8 * (width - 1 - k)) : v << (8 * k);
        }
        return u;
    }

    /** Applies the error handler to b[start:end]; returns where decoding resumes. */
    private static int handleDecode(StringBuilder sb, byte[] b, int n, String enc, String errors, int start, int end, String reason) {
        checkHandler(errors);
        switch (errors) {
            case "strict" -> throw decodeError(enc, b, n, start, end, reason);
            case "ignore" -> {
            }
            case "replace" -> sb.append('\uFFFD');
            case "backslashreplace" -> {
                for (int k = start; k < end; k++) sb.append(String.format("\\x%02x", b[k] & 0xff));
            }
            case "surrogateescape" -> {
                for (int k = start; k < end; k++) {
                    int v = b[k] & 0xff;
                    if (v < 128) throw decodeError(enc, b, n, start, end, reason);
                    sb.append((char) (0xDC00 + v));
                }
            }
            case "surrogatepass" -> {
                if (enc.equals("utf-8") && end - start >= 1 && (b[start] & 0xff) == 0xED && start + 3 <= n) {
                    int cp = ((b[start] & 0x0F) << 12) | ((b[start + 1] & 0x3F) << 6) | (b[start + 2] & 0x3F);
                    if ((b[start + 1] & 0xE0) == 0xA0 && (b[start + 2] & 0xC0) == 0x80) {
                        sb.append((char) cp);
                        return start + 3;
                    }
                }
                throw decodeError(enc, b, n, start, end, reason);
            }
            default -> throw Errors.typeError("don't know how to handle UnicodeDecodeError in error callback");
        }
        return end;
    }

    private static PyException decodeError(String enc, byte[] b, int n, int start, int end, String reason) {
        return UnicodeErrorMethods.decodeError(enc, java.util.Arrays.copyOf(b, n), start, end, reason);
    }
}
