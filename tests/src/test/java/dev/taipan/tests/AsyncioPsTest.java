package dev.taipan.tests;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * `taipan -m asyncio ps PID` and `pstree PID` against a real Taipan child process that did nothing
 * to be inspected: a TaskGroup of sleeping workers, and two tasks awaiting each other. The child
 * prints its pid, thread id and task ids, so the whole table and tree are known in advance; the
 * layout is CPython 3.14's (Lib/asyncio/tools.py).
 */
class AsyncioPsTest {
    private static final long TIMEOUT_SECONDS = 120;

    private static final String WORKERS = """
            import asyncio, os, threading


            async def worker():
                await asyncio.sleep(3600)


            async def main():
                async with asyncio.TaskGroup() as tg:
                    workers = [tg.create_task(worker(), name=f"worker-{i}") for i in (1, 2, 3)]
                    await asyncio.sleep(0)
                    ids = [hex(id(t)) for t in [asyncio.current_task()] + workers]
                    print("READY", os.getpid(), threading.get_native_id(), *ids, flush=True)


            asyncio.run(main())
            """;

    private static final String CYCLE = """
            import asyncio, os, threading


            async def wait_for(name):
                await tasks[name]


            async def main():
                global tasks
                tasks = {"left": asyncio.create_task(wait_for("right"), name="left"),
                         "right": asyncio.create_task(wait_for("left"), name="right")}
                await asyncio.sleep(0)
                print("READY", os.getpid(), flush=True)
                await asyncio.sleep(3600)


            asyncio.run(main())
            """;

    private Path dir;
    private final List<Process> children = new ArrayList<>();

    @BeforeEach
    void setUp() throws IOException {
        dir = Files.createTempDirectory("taipan-ps");
    }

    @AfterEach
    void tearDown() throws IOException, InterruptedException {
        for (Process p : children) {
            p.destroyForcibly();
            p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
        }
        Files.deleteIfExists(dir);
    }

    @Test
    void psAndPstreeShowTheTaskGroup() throws Exception {
        Target t = start("workers.py", WORKERS);
        String[] f = t.ready.split(" ");
        String tid = f[2], main = f[3];
        String[] workers = {f[4], f[5], f[6]};

        Result ps = tool("ps", t.pid);
        StringBuilder table = new StringBuilder();
        table.append(row("tid", "task id", "task name", "coroutine stack", "awaiter chain", "awaiter name", "awaiter id"));
        table.append("-".repeat(180)).append('\n');
        table.append(row(tid, main, "Task-1", "TaskGroup._aexit -> TaskGroup.__aexit__ -> main", "", "", "0x0"));
        for (int i = 0; i < 3; i++) {
            table.append(row(tid, workers[i], "worker-" + (i + 1), "sleep -> worker",
                    "TaskGroup._aexit -> TaskGroup.__aexit__ -> main", "Task-1", main));
        }
        assertEquals(table.toString(), ps.out);
        assertEquals("", ps.err);
        assertEquals(0, ps.code);

        Result tree = tool("pstree", t.pid);
        String expected = """
                └── (T) Task-1
                    └──  main workers.py:9
                        └──  TaskGroup.__aexit__ <frozen asyncio.taskgroups>:N
                            └──  TaskGroup._aexit <frozen asyncio.taskgroups>:N
                                ├── (T) worker-1
                                │   └──  worker workers.py:5
                                │       └──  sleep
                                ├── (T) worker-2
                                │   └──  worker workers.py:5
                                │       └──  sleep
                                └── (T) worker-3
                                    └──  worker workers.py:5
                                        └──  sleep
                """;
        assertEquals(expected, tree.out.replaceAll("(<frozen [^>]+>):\\d+", "$1:N"));
        assertEquals(0, tree.code);

        // the inspected process was not disturbed: no agent warning, still running
        assertEquals("", t.stderr());
        assertEquals(true, t.process.isAlive());
    }

    @Test
    void pstreeReportsAnAwaitCycle() throws Exception {
        Target t = start("cycle.py", CYCLE);
        Result tree = tool("pstree", t.pid);
        assertEquals("", tree.out);
        assertEquals("ERROR: await-graph contains cycles - cannot print a tree!\n\ncycle: right → left → right\n", tree.err);
        assertEquals(1, tree.code);
        Result ps = tool("ps", t.pid);
        assertEquals(0, ps.code);
        assertEquals(5, ps.out.split("\n").length, ps.out);  // header, rule, Task-1, left, right
    }

    @Test
    void aProcessThatIsNotTaipan() throws Exception {
        Result r = tool("ps", String.valueOf(Long.MAX_VALUE / 2));
        assertEquals("Error retrieving tasks: No such process: " + Long.MAX_VALUE / 2 + "\n", r.out);
        assertEquals(1, r.code);
    }

    /** One line of the ps table, padded as CPython pads it. */
    private static String row(String... c) {
        return String.format("%-10s %-20s %-20s %-50s %-50s %-15s %-15s%n", (Object[]) c);
    }

    private record Target(Process process, String pid, String ready, Path stderrFile) {
        String stderr() throws IOException {
            return Files.readString(stderrFile, StandardCharsets.UTF_8);
        }
    }

    private record Result(String out, String err, int code) {}

    /** Starts `taipan name` in a child JVM and waits for its READY line. */
    private Target start(String name, String source) throws Exception {
        Files.writeString(dir.resolve(name), source, StandardCharsets.UTF_8);
        Path err = dir.resolve(name + ".err");
        Process p = new ProcessBuilder(command(name)).directory(dir.toFile()).redirectError(err.toFile()).start();
        children.add(p);
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        String ready = CompletableFuture.supplyAsync(() -> {
            try {
                return out.readLine();
            } catch (IOException e) {
                return null;
            }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (ready == null || !ready.startsWith("READY ")) {
            fail(name + " did not start: " + ready + "\n" + Files.readString(err, StandardCharsets.UTF_8));
        }
        return new Target(p, ready.split(" ")[1], ready, err);
    }

    /** Runs `taipan -m asyncio command pid` to the end. */
    private Result tool(String command, String pid) throws Exception {
        List<String> cmd = command("-m");
        cmd.addAll(List.of("asyncio", command, pid));
        File out = dir.resolve(command + ".out").toFile();
        File err = dir.resolve(command + ".err").toFile();
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectOutput(out).redirectError(err).start();
        children.add(p);
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) fail("taipan -m asyncio " + command + " timed out");
        return new Result(Files.readString(out.toPath(), StandardCharsets.UTF_8), Files.readString(err.toPath(), StandardCharsets.UTF_8),
                p.exitValue());
    }

    /** The java command running Taipan from the test class path, as ./taipan starts it. */
    private static List<String> command(String first) {
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return new ArrayList<>(List.of(java, "--add-exports", "java.base/jdk.internal.vm=ALL-UNNAMED", "-XX:+UseSerialGC",
                "-XX:+EnableDynamicAgentLoading", "-cp", classPath, "dev.taipan.cli.Main", first));
    }
}
