package dev.taipan.parse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Debug tool: parses files listed in args[0] and writes each dump (or error) to args[1]/N.txt; prints timings. */
public final class ParseCorpusMain {
    public static void main(String[] args) throws Exception {
        List<String> files = Files.readAllLines(Path.of(args[0]));
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int round = 0; round < rounds; round++) {
            long total = 0;
            long lines = 0;
            for (int i = 0; i < files.size(); i++) {
                String src = new String(Files.readAllBytes(Path.of(files.get(i))), StandardCharsets.UTF_8);
                lines += src.lines().count();
                String result;
                long t0 = bean.getCurrentThreadCpuTime();
                try {
                    result = AstDump.dump(PythonParser.parseModule(src, files.get(i)));
                } catch (SyntaxErrorException e) {
                    result = "ERR " + e.kind + " " + e.msg + " | " + e.lineno + " " + e.offset + " " + e.endLineno + " "
                            + e.endOffset;
                } catch (RuntimeException e) {
                    result = "CRASH " + e;
                    e.printStackTrace();
                }
                long spent = bean.getCurrentThreadCpuTime() - t0;
                total += spent;
                if (round == rounds - 1 && spent > 50_000_000L) {
                    System.out.printf("slow: %.1f ms %s%n", spent / 1e6, files.get(i));
                }
                if (round == rounds - 1) {
                    Files.writeString(out.resolve(i + ".txt"), result + "\n");
                }
            }
            System.out.printf("round %d: %d files, %d lines, %.1f ms%n", round, files.size(), lines, total / 1e6);
        }
    }
}
