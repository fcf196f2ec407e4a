package dev.taipan.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debug tool: parses each snippet of a file (separated by a line "====") and prints its dump or its error. */
public final class ParseDebugMain {
    public static void main(String[] args) throws Exception {
        String all = Files.readString(Path.of(args[0]));
        boolean interactive = args.length > 1 && args[1].equals("-i");
        for (String src : all.split("\n====\n", -1)) {
            System.out.println("# " + AstDump.dump(src));
            try {
                PythonParser p = new PythonParser(src, "t.py");
                var m = interactive ? p.parseInteractive() : p.parseModule();
                System.out.println(AstDump.dump(m));
                for (ParseWarning w : p.warnings()) {
                    System.out.println("WARN " + w.lineno() + " " + w.message());
                }
            } catch (SyntaxErrorException e) {
                System.out.println("ERR " + e.kind + " " + e.msg + " | " + e.lineno + " " + e.offset + " " + e.endLineno
                        + " " + e.endOffset + (e.incomplete ? " incomplete" : ""));
            } catch (RuntimeException e) {
                System.out.println("CRASH " + e);
                e.printStackTrace(System.out);
            }
        }
    }
}
