package dev.taipan.runtime;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Locale;

/** Codecs beyond the built-in Unicode ones (cp1252, iso8859_N, koi8_r, shift_jis, ...), taken from the JDK's charsets. */
final class JavaCodecs {
    private JavaCodecs() {}

    /** The JDK charset for a Python codec name, or null when there is none. */
    static Charset charset(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        String java;
        if (n.matches("cp125[0-8]") || n.matches("windows_125[0-8]")) {
            java = "windows-" + n.substring(n.length() - 4);
        } else if (n.matches("iso_?8859_\\d+")) {
            java = "ISO-8859-" + n.substring(n.lastIndexOf('_') + 1);
        } else {
            java = switch (n) {
                case "koi8_r" -> "KOI8-R";
                case "koi8_u" -> "KOI8-U";
                case "shift_jis", "sjis", "s_jis" -> "Shift_JIS";
                case "euc_jp" -> "EUC-JP";
                case "euc_kr" -> "EUC-KR";
                case "gb2312" -> "GB2312";
                case "gbk" -> "GBK";
                case "gb18030" -> "GB18030";
                case "big5" -> "Big5";
                case "cp437" -> "IBM437";
                case "cp850" -> "IBM850";
                case "mac_roman", "macroman" -> "x-MacRoman";
                default -> null;
            };
        }
        if (java == null) return null;
        try {
            return Charset.forName(java);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static CodingErrorAction action(String errors) {
        return switch (errors) {
            case "ignore" -> CodingErrorAction.IGNORE;
            case "replace" -> CodingErrorAction.REPLACE;
            default -> CodingErrorAction.REPORT;
        };
    }

    static byte[] encode(String s, Charset cs, String name, String errors) {
        CharsetEncoder enc = cs.newEncoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors));
        if (errors.equals("replace")) enc.replaceWith(new byte[] {'?'});
        try {
            ByteBuffer bb = enc.encode(CharBuffer.wrap(s));
            byte[] out = new byte[bb.remaining()];
            bb.get(out);
            return out;
        } catch (CharacterCodingException e) {
            throw Errors.of(PyExc.UnicodeEncodeError, "'" + name.toLowerCase(Locale.ROOT) + "' codec can't encode characters: character maps to <undefined>");
        }
    }

    static String decode(byte[] b, int n, Charset cs, String name, String errors) {
        CharsetDecoder dec = cs.newDecoder().onMalformedInput(action(errors)).onUnmappableCharacter(action(errors));
        try {
            return dec.decode(ByteBuffer.wrap(b, 0, n)).toString();
        } catch (CharacterCodingException e) {
            throw Errors.of(PyExc.UnicodeDecodeError, "'" + name.toLowerCase(Locale.ROOT) + "' codec can't decode bytes: character maps to <undefined>");
        }
    }
}
