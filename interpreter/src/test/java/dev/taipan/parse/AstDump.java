package dev.taipan.parse;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.List;

import dev.taipan.ast.Module;
import dev.taipan.ast.Span;

/** A canonical text form of Taipan's AST (records by reflection), compared in tests with CPython's ast. */
final class AstDump {
    private AstDump() {
    }

    static String dump(Module m) {
        return dump(m.body());
    }

    static String dump(Object node) {
        StringBuilder sb = new StringBuilder();
        write(sb, node);
        return sb.toString();
    }

    private static void write(StringBuilder sb, Object node) {
        switch (node) {
            case null -> sb.append("None");
            case List<?> list -> {
                sb.append('[');
                for (int i = 0; i < list.size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    write(sb, list.get(i));
                }
                sb.append(']');
            }
            case String s -> quote(sb, s);
            case Boolean b -> sb.append(b ? "True" : "False");
            case Double d -> {
                if (d.isInfinite()) {
                    sb.append(d > 0 ? "inf" : "-inf");
                } else if (d.isNaN()) {
                    sb.append("nan");
                } else {
                    String plain = new BigDecimal(d).toPlainString();
                    sb.append(plain);
                }
            }
            case byte[] bytes -> {
                sb.append('b').append('[');
                for (int i = 0; i < bytes.length; i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    sb.append(bytes[i] & 0xFF);
                }
                sb.append(']');
            }
            case Enum<?> e -> sb.append(e.name());
            case Record r -> {
                sb.append(r.getClass().getSimpleName());
                RecordComponent[] components = r.getClass().getRecordComponents();
                boolean first = true;
                StringBuilder fields = new StringBuilder();
                for (RecordComponent c : components) {
                    Object value;
                    try {
                        value = c.getAccessor().invoke(r);
                    } catch (ReflectiveOperationException ex) {
                        throw new IllegalStateException(ex);
                    }
                    if (value instanceof Span span) {
                        sb.append('@').append(span.line()).append(':').append(span.col()).append('-')
                                .append(span.endLine()).append(':').append(span.endCol());
                        continue;
                    }
                    if (!first) {
                        fields.append(", ");
                    }
                    first = false;
                    fields.append(c.getName()).append('=');
                    write(fields, value);
                }
                sb.append('(').append(fields).append(')');
            }
            default -> sb.append(node);
        }
    }

    private static void quote(StringBuilder sb, String s) {
        sb.append('\'');
        s.codePoints().forEach(c -> {
            if (c == '\\' || c == '\'') {
                sb.append('\\').append((char) c);
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(String.format("\\u{%x}", c));
            }
        });
        sb.append('\'');
    }
}
