package org.centralino.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs Debian's SIPp (package sip-tester) against a server on loopback and reports what it counted. Every run
 * is bounded: a call count, a SIPp global timeout, and a hard kill after the given wall time.
 */
public final class Sipp {
    private static final Pattern SUCCESS = Pattern.compile("Successful call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)");
    private static final Pattern FAILED = Pattern.compile("Failed call\\s+\\|\\s+\\d+\\s+\\|\\s+(\\d+)");

    private final String scenarioResource;
    private final String target;
    private final List<String> args = new ArrayList<>();
    private Path workDir;

    private Sipp(String scenarioResource, String target) {
        this.scenarioResource = scenarioResource;
        this.target = target;
    }

    /** A SIPp run of one of the scenarios under testkit's resources/sipp (e.g. "register-auth.xml"). */
    public static Sipp scenario(String name, String host, int port) {
        return new Sipp(name, host + ":" + port);
    }

    /** What a finished run printed and counted. */
    public record Result(int exitCode, long successful, long failed, String output) {
        public boolean allSucceeded() {
            return exitCode == 0 && failed == 0;
        }
    }

    public Sipp workDir(Path dir) {
        this.workDir = dir;
        return this;
    }

    /** An injection file: the lines are written as given under a "SEQUENTIAL" header. */
    public Sipp users(Path dir, List<String> lines) throws IOException {
        Path csv = dir.resolve("users-" + System.nanoTime() + ".csv");
        List<String> content = new ArrayList<>();
        content.add("SEQUENTIAL");
        content.addAll(lines);
        Files.write(csv, content);
        return arg("-inf", csv.toString());
    }

    public Sipp calls(int n) {
        return arg("-m", Integer.toString(n));
    }

    public Sipp rate(int perSecond) {
        return arg("-r", Integer.toString(perSecond));
    }

    public Sipp tcp() {
        return arg("-t", "t1");
    }

    public Sipp arg(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    public Result run(Duration limit) throws IOException, InterruptedException {
        if (workDir == null) {
            workDir = Files.createTempDirectory("sipp");
        }
        Path scenario = workDir.resolve(scenarioResource);
        try (InputStream in = Sipp.class.getResourceAsStream("/sipp/" + scenarioResource)) {
            if (in == null) {
                throw new IOException("no SIPp scenario named " + scenarioResource + " in testkit resources");
            }
            Files.copy(in, scenario, StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> cmd = new ArrayList<>(List.of("sipp", target, "-sf", scenario.toString(), "-i", "127.0.0.1",
            "-nostdin", "-timeout", limit.toSeconds() + "s", "-timeout_error", "-max_recv_loops", "10000"));
        cmd.addAll(args);
        Path out = workDir.resolve("sipp-" + System.nanoTime() + ".out");
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true)
            .redirectOutput(out.toFile()).start();
        if (!p.waitFor(limit.toSeconds() + 15, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            p.waitFor(5, TimeUnit.SECONDS);
        }
        String output = Files.readString(out, StandardCharsets.ISO_8859_1);
        return new Result(p.exitValue(), last(SUCCESS, output), last(FAILED, output), output);
    }

    private static long last(Pattern p, String output) {
        Matcher m = p.matcher(output);
        long v = -1;
        while (m.find()) {
            v = Long.parseLong(m.group(1));
        }
        return v;
    }
}
