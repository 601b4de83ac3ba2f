package org.centralino.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Runs Debian's SIPp 3.6 (package sip-tester) against a server on loopback and reports what it counted. Every
 * run is bounded: a call count, a SIPp global timeout, and a hard kill after the given wall time.
 *
 * <p>Callers ({@code uac-*.xml}) are started with {@link #scenario}; callees with {@link #callee}, which
 * registers from SIPp's own port and hands the PBX's INVITEs to a {@code uas-*.xml} scenario. A callee usually
 * runs in the background ({@link #start}) while a caller runs in the foreground ({@link #run}). The scenarios,
 * their keys and the SIPp quirks they work around are described in resources/sipp/README.md.
 */
public final class Sipp {
    /** What a call scenario does with RTP once the call is answered. */
    public enum Media {
        /** Streams a G.711 u-law tone (see {@link #tone}) to the peer's SDP address. */
        TONE,
        /** Sends nothing of its own but echoes what arrives (SIPp -rtp_echo), counting the packets. */
        ECHO,
        /** Silent. */
        NONE,
        /**
         * Plays the capture given to {@link #pcap} once (SIPp's play_pcap_audio), from the moment the 200 to the
         * INVITE arrives (callers) or the ACK (callees).
         */
        PCAP
    }

    /** The main scenario of every callee: REGISTER, wait for the -oocsf scenario's calls, un-REGISTER. */
    public static final String CALLEE_MAIN = "uas-registration.xml";

    private final String scenarioResource;
    private final String oocScenarioResource;
    private final String target;
    private final List<String> args = new ArrayList<>();
    private final Map<String, String> keys = new LinkedHashMap<>();
    private final List<String> users = new ArrayList<>();
    private Path workDir;
    private int calls = 1;
    private int localPort;
    private int mediaPort;
    private Media media;
    private double toneHz = 440;
    private Path pcap;

    private Sipp(String scenarioResource, String oocScenarioResource, String target, Media media) {
        this.scenarioResource = scenarioResource;
        this.oocScenarioResource = oocScenarioResource;
        this.target = target;
        this.media = media;
        keys.put("register", "yes");
        keys.put("auth", "yes");
        keys.put("talk_ms", "2000");
        keys.put("ring_ms", "1000");
        keys.put("calls", "1");
        keys.put("offer", "g711-events");
    }

    /** A SIPp run of one of the scenarios under testkit's resources/sipp (e.g. "uac-call.xml"), as a caller. */
    public static Sipp scenario(String name, String host, int port) {
        return new Sipp(name, null, host + ":" + port, Media.TONE);
    }

    /**
     * A callee: registers to {@code host:port} (the PBX) with the {@link #account}, then answers incoming
     * calls with the given callee scenario (e.g. "uas-answer.xml"). It echoes RTP unless told otherwise.
     */
    public static Sipp callee(String uasScenario, String host, int port) {
        return new Sipp(CALLEE_MAIN, uasScenario, host + ":" + port, Media.ECHO);
    }

    /** The injection-file line for an extension and its SIP password: field 0 and field 1. */
    public static String credentials(String extension, String password) {
        return extension + ";[authentication username=" + extension + " password=" + password + "]";
    }

    /** What a finished run printed and counted. RTP counters are -1 when SIPp did not report them. */
    public record Result(int exitCode, long successful, long failed, String output, List<Row> rows,
                         long rtpPacketsSent, long rtpPacketsEchoed, String trace) {
        /** Exit 0, calls succeeded and none failed (SIPp stopped by a signal also exits 0, with no call done). */
        public boolean allSucceeded() {
            return exitCode == 0 && failed == 0 && successful > 0;
        }

        /** How many times the scenario received a message, e.g. {@code received("407")} or "BYE". */
        public long received(String message) {
            return rows.stream().filter(r -> !r.outgoing() && r.message().equals(message))
                .mapToLong(Row::count).sum();
        }

        /** How many times the scenario sent a message, e.g. {@code sent("CANCEL")} or "200". */
        public long sent(String message) {
            return rows.stream().filter(r -> r.outgoing() && r.message().equals(message))
                .mapToLong(Row::count).sum();
        }
    }

    /** One line of SIPp's scenario screen: a message it sends or receives, how often, how often again. */
    public record Row(String message, boolean outgoing, long count, long retransmissions) {
    }

    /** Where runs keep their files: each run gets a directory of its own under it (default: the system's). */
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

    /**
     * The extension this SIPp is, and its SIP password (field 0 and 1 of the injection file). A null password
     * leaves field 1 empty: for peer-to-peer runs {@link #withoutRegistration()} and
     * {@link #withoutAuthentication()}.
     */
    public Sipp account(String extension, String password) {
        users.add(password == null ? extension + ";" : credentials(extension, password));
        return this;
    }

    /** The number a caller dials (key "callee"). */
    public Sipp dial(String number) {
        return key("callee", number);
    }

    /** Skip the REGISTER and un-REGISTER of the call scenarios (key "register" = no). */
    public Sipp withoutRegistration() {
        return key("register", "no");
    }

    /** Send the INVITE with no credentials and expect no 407 (key "auth" = no): peer-to-peer runs. */
    public Sipp withoutAuthentication() {
        return key("auth", "no");
    }

    /** How long an answered call's media lasts before the side that hangs up does so (${talk_ms}, default 2 s). */
    public Sipp talk(Duration d) {
        return key("talk_ms", Long.toString(d.toMillis()));
    }

    /** How long uac-call-cancel.xml lets it ring before the CANCEL (${ring_ms}, default 1 s). */
    public Sipp ring(Duration d) {
        return key("ring_ms", Long.toString(d.toMillis()));
    }

    /** The final status uac-call-expect.xml must get (key "expected"). */
    public Sipp expect(int status) {
        return key("expected", Integer.toString(status));
    }

    /** How many incoming calls a callee handles before it un-registers and ends (key "calls"). */
    public Sipp incomingCalls(int n) {
        return key("calls", Integer.toString(n));
    }

    public Sipp media(Media m) {
        this.media = m;
        return this;
    }

    /** The frequency of the tone that {@link Media#TONE} streams (default 440 Hz). */
    public Sipp tone(double hz) {
        this.toneHz = hz;
        return this;
    }

    /** The capture that {@link Media#PCAP} plays (see {@link RtpPcap}); sets the media to PCAP. */
    public Sipp pcap(Path file) {
        this.pcap = file;
        this.media = Media.PCAP;
        return this;
    }

    /**
     * The SDP offer of the caller scenarios' INVITE, fragments/offer-NAME.xml: "g711-events" (the default: PCMU,
     * PCMA, telephone-event) or "pcmu" (PCMU alone: a phone that sends keys only as tones in its audio).
     */
    public Sipp offer(String name) {
        return key("offer", name);
    }

    /** A -key for the scenario ([name] in it); also the value of ${name} when the scenario is written. */
    public Sipp key(String name, String value) {
        keys.put(name, value);
        return this;
    }

    /** SIPp's -m: how many calls the main scenario makes (default 1). */
    public Sipp calls(int n) {
        this.calls = n;
        return this;
    }

    public Sipp rate(int perSecond) {
        return arg("-r", Integer.toString(perSecond));
    }

    public Sipp tcp() {
        return arg("-t", "t1");
    }

    /** SIPp's -p: the local SIP port. Default: a free port (SIPp's own default is 5060, a real PBX's port). */
    public Sipp localPort(int port) {
        this.localPort = port;
        return this;
    }

    /** SIPp's -mp: the media port (and the one 2 above it); default: a free block chosen at start. */
    public Sipp mediaPort(int port) {
        this.mediaPort = port;
        return this;
    }

    public Sipp arg(String... more) {
        args.addAll(List.of(more));
        return this;
    }

    /** Runs to the end, or at most {@code limit} (SIPp's -timeout), and reports. */
    public Result run(Duration limit) throws IOException, InterruptedException {
        return start(limit).await(limit.plusSeconds(15));
    }

    /** Starts SIPp in the background; it stops by itself after {@code limit} (SIPp's -timeout, an error). */
    public Running start(Duration limit) throws IOException {
        String name = (oocScenarioResource != null ? oocScenarioResource : scenarioResource).replace(".xml", "");
        if (workDir != null) {
            Files.createDirectories(workDir);
        }
        Path dir = workDir == null ? Files.createTempDirectory("sipp-" + name + "-")
            : Files.createTempDirectory(workDir, "sipp-" + name + "-");
        int port = localPort != 0 ? localPort : Ports.freeUdpPort();
        List<String> cmd = command(dir, port, limit);
        Path out = dir.resolve("sipp.out");
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
            .redirectOutput(out.toFile()).start();
        return new Running(p, port, out, dir, String.join(" ", cmd));
    }

    private List<String> command(Path dir, int port, Duration limit) throws IOException {
        keys.put("media", media.name().toLowerCase(Locale.ROOT));
        Path scenario = SippScenarios.materialize(scenarioResource, keys, dir);
        // the scenarios' rtp_stream plays this file (relative to SIPp's working directory)
        Files.write(dir.resolve("sipp-tone.pcmu"), Tones.ulaw(Tones.sine(toneHz, 1.0, 8000, 0.5)));
        if (media == Media.PCAP) {
            if (pcap == null) {
                throw new IllegalStateException("media PCAP needs a capture: call pcap(file) first");
            }
            Files.copy(pcap, dir.resolve("sipp-audio.pcap"));
        }
        List<String> cmd = new ArrayList<>(List.of("sipp", target, "-sf", scenario.toString()));
        if (oocScenarioResource != null) {
            cmd.addAll(List.of("-oocsf", SippScenarios.materialize(oocScenarioResource, keys, dir).toString()));
        }
        if (!users.isEmpty()) {
            Path csv = dir.resolve("users.csv");
            List<String> content = new ArrayList<>(List.of("SEQUENTIAL"));
            content.addAll(users);
            Files.write(csv, content);
            cmd.addAll(List.of("-inf", csv.toString()));
        }
        int mp = mediaPort != 0 ? mediaPort : Ports.freeUdpPortBlock(4);
        // -f 3600: no periodic screen refresh, so a screen dumped on SIGUSR2 always shows the RTP counters
        cmd.addAll(List.of("-i", "127.0.0.1", "-p", Integer.toString(port), "-mp", Integer.toString(mp),
            "-m", Integer.toString(calls), "-nostdin", "-timeout", limit.toSeconds() + "s", "-timeout_error",
            "-max_recv_loops", "10000", "-f", "3600", "-trace_msg"));
        if (media == Media.ECHO) {
            cmd.add("-rtp_echo");
        }
        keys.forEach((k, v) -> cmd.addAll(List.of("-key", k, v)));
        cmd.addAll(args);
        return cmd;
    }

    /** A SIPp process started by {@link #start}. */
    public static final class Running implements AutoCloseable {
        /** A received 200 whose CSeq is the REGISTER with credentials (register.xml's CSeq 2). */
        private static final Pattern REGISTERED =
            Pattern.compile("(?s)message received[^\\n]*\\n\\s*SIP/2\\.0 200 (?:(?!-{10}).)*?CSeq: 2 REGISTER");
        private final Process process;
        private final int port;
        private final Path out;
        private final Path dir;
        private final String commandLine;

        private Running(Process process, int port, Path out, Path dir, String commandLine) {
            this.process = process;
            this.port = port;
            this.out = out;
            this.dir = dir;
            this.commandLine = commandLine;
        }

        public long pid() {
            return process.pid();
        }

        /** The SIP port SIPp listens and sends on (-p): where a peer-to-peer caller sends its INVITE. */
        public int port() {
            return port;
        }

        public boolean isAlive() {
            return process.isAlive();
        }

        /** The command line, for messages. */
        public String commandLine() {
            return commandLine;
        }

        /** The run's directory: the expanded scenarios, SIPp's output, screen dumps and message trace. */
        public Path directory() {
            return dir;
        }

        /**
         * Waits until SIPp's message trace (-trace_msg, written as it goes) matches {@code regex}; false when
         * the time is up or SIPp ended first.
         */
        public boolean awaitTrace(String regex, Duration timeout) throws IOException, InterruptedException {
            return awaitTrace(Pattern.compile(regex), timeout);
        }

        private boolean awaitTrace(Pattern p, Duration timeout) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (p.matcher(SippReport.trace(dir, process.pid())).find()) {
                    return true;
                }
                if (!process.isAlive()) {
                    return false;
                }
                Thread.sleep(20);
            }
            return false;
        }

        /** Waits until a callee's (or caller's) REGISTER got its 200 OK; false when it did not in time. */
        public boolean awaitRegistered(Duration timeout) throws IOException, InterruptedException {
            return awaitTrace(REGISTERED, timeout);
        }

        /** Waits for SIPp to end by itself (killing it after {@code limit}) and reports. */
        public Result await(Duration limit) throws IOException, InterruptedException {
            if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                kill();
            }
            return report();
        }

        /** Ends SIPp now (a run cut short counts as not succeeded) and reports. */
        public Result stop() throws IOException, InterruptedException {
            kill();
            return report();
        }

        @Override
        public void close() throws IOException, InterruptedException {
            if (process.isAlive()) {
                kill();
            }
        }

        private void kill() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(3, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
            }
        }

        private Result report() throws IOException {
            String output = "$ " + commandLine + "\n" + Files.readString(out, StandardCharsets.ISO_8859_1);
            return SippReport.read(process.exitValue(), output, dir, process.pid());
        }
    }
}
