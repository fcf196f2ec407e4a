package dev.taipan.parse;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debug tool: parses one file repeatedly and prints the time per parse. */
public final class ParseBenchMain {
    public static void main(String[] args) throws Exception {
        String src = Files.readString(Path.of(args[0]));
        int rounds = Integer.parseInt(args[1]);
        java.lang.management.ThreadMXBean bean = java.lang.management.ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < rounds; i++) {
            long t0 = bean.getCurrentThreadCpuTime();
            PythonParser.parseModule(src, args[0]);
            long t1 = bean.getCurrentThreadCpuTime();
            best = Math.min(best, t1 - t0);
            if (i % Math.max(1, rounds / 10) == 0 || i == rounds - 1) {
                System.out.printf("%d: %.1f ms cpu%n", i, (t1 - t0) / 1e6);
            }
        }
        System.out.printf("best: %.1f ms cpu%n", best / 1e6);
    }
}
