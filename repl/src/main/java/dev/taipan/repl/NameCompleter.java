package dev.taipan.repl;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tab completion: module names after `import` and `from`, the names a module offers after
 * `from M import`, attributes after a dot, else keywords and the names in scope. The names
 * come from the interpreter ({@link Source}), which looks them up without calling Python code.
 */
final class NameCompleter implements Completer {
    /** What is being completed. */
    enum Kind { NAMES, ATTRIBUTES, MODULES, MODULE_NAMES }

    /** The names the interpreter offers for a kind of completion: base is the object's dotted name or the package. */
    interface Source {
        List<Completion> names(Kind kind, String base);
    }

    /** One name, and whether it names something callable (completed with its parenthesis). */
    record Completion(String name, boolean callable) {}

    private static final Pattern IMPORT = Pattern.compile("^\\s*(?:import\\s+(?:[\\w.]+(?:\\s+as\\s+\\w+)?\\s*,\\s*)*|from\\s+)$");
    private static final Pattern FROM_IMPORT = Pattern.compile("^\\s*from\\s+([\\w.]+)\\s+import\\s+(?:\\(?\\s*(?:\\w+(?:\\s+as\\s+\\w+)?\\s*,\\s*)*)$");

    private final Source source;

    NameCompleter(Source source) {
        this.source = source;
    }

    @Override
    public void complete(LineReader reader, ParsedLine line, List<Candidate> candidates) {
        String text = line.line().substring(0, line.cursor());
        String word = line.word();
        String before = text.substring(text.lastIndexOf('\n') + 1, text.length() - word.length());
        int dot = word.lastIndexOf('.');
        String base = dot < 0 ? "" : word.substring(0, dot);
        String prefix = word.substring(dot + 1);
        Kind kind;
        Matcher from = FROM_IMPORT.matcher(before);
        if (IMPORT.matcher(before).matches()) {
            kind = Kind.MODULES;
        } else if (from.matches() && dot < 0) {
            kind = Kind.MODULE_NAMES;
            base = from.group(1);
        } else if (dot >= 0) {
            if (base.isEmpty() || Character.isDigit(base.charAt(0))) return;
            kind = Kind.ATTRIBUTES;
        } else {
            kind = Kind.NAMES;
        }
        String lead = dot < 0 ? "" : word.substring(0, dot + 1);
        boolean privateToo = prefix.startsWith("_");
        for (Completion c : source.names(kind, base)) {
            String name = c.name();
            if (!name.startsWith(prefix) || name.startsWith("_") && !privateToo) continue;
            boolean call = c.callable() && (kind == Kind.NAMES || kind == Kind.ATTRIBUTES);
            candidates.add(new Candidate(lead + name + (call ? "(" : ""), name, null, null, null, null, false));
        }
    }
}
