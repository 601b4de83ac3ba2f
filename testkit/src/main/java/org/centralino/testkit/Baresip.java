package org.centralino.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real baresip 1.0 user agent (Debian package baresip-core) run headless with its own config directory: no
 * sound card, no console, one account. It sends a sine tone (module ausine) and records, per call, what it
 * received and what it sent (module sndfile: {@code dump-<time>-dec.wav} and {@code -enc.wav}, 8 kHz mono for
 * G.711); it is driven through the ctrl_tcp module (dial, hang up, accept) and reports the user agent's events
 * there. Its output is collected so tests can wait for what it prints. It quits by itself after its lifetime,
 * and {@link #close()} kills it.
 *
 * <p>baresip 1.0 quirks: ausine only runs at 48 kHz stereo ({@code ausrc_srate}/{@code ausrc_channels}), and
 * aufile is a source only (no recording player), so the received audio comes from sndfile and the player is
 * ALSA's null device; {@code sip_listen} takes UDP and TCP on its port and TCP (TLS) on the next; the SDP
 * carries the address of {@code net_interface} (127.0.0.1 here, else the host's first address).
 */
public final class Baresip implements AutoCloseable {
    private static final Duration COMMAND_TIMEOUT = Duration.ofSeconds(5);
    private static final Pattern READY = Pattern.compile("baresip is ready");
    /** A line of "reginfo" for a registered account: "> sip:1001@host:port  OK  Expires 300s" (with colours). */
    private static final Pattern REGISTERED = Pattern.compile("OK\\W.*Expires");

    private final Process process;
    private final Path dir;
    private final int sipPort;
    private final String user;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;
    private boolean ended;
    private BaresipControl control;

    private Baresip(Process process, Path dir, int sipPort, String user) {
        this.process = process;
        this.dir = dir;
        this.sipPort = sipPort;
        this.user = user;
        this.pump = Thread.ofVirtual().start(this::pumpOutput);
    }

    /**
     * Starts baresip with one account, e.g. {@code <sip:1001@127.0.0.1:5060;transport=udp>;auth_pass=x;regint=60}.
     *
     * @param dir      a fresh directory for its configuration
     * @param account  the accounts-file line
     * @param lifetime after this it quits by itself
     */
    public static Baresip start(Path dir, String account, Duration lifetime) throws IOException, InterruptedException {
        return in(dir).account(account).lifetime(lifetime).start();
    }

    /** A baresip to configure, keeping its files in {@code dir} (created if needed). */
    public static Builder in(Path dir) {
        return new Builder(dir);
    }

    /** How a baresip is set up before it starts. */
    public static final class Builder {
        private final Path dir;
        private String account;
        private boolean autoAnswer;
        private int toneHz = 440;
        private Duration lifetime = Duration.ofSeconds(60);
        private java.util.List<String> codecs = BaresipConfig.DEFAULT_CODECS;

        private Builder(Path dir) {
            this.dir = dir;
        }

        /** The accounts-file line, e.g. {@code <sip:1001@127.0.0.1:5060;transport=udp>;auth_pass=x;regint=60}. */
        public Builder account(String line) {
            this.account = line;
            return this;
        }

        /** An account that registers nowhere, for calls straight to another user agent's port. */
        public Builder peer(String user) {
            return account("<sip:" + user + "@127.0.0.1>;regint=0");
        }

        /** Answers incoming calls at once (account parameter answermode=auto). */
        public Builder autoAnswer() {
            this.autoAnswer = true;
            return this;
        }

        /** The frequency of the sine it sends in calls (ausine; 10 to 20000 Hz; default 440). */
        public Builder tone(int hz) {
            if (hz < 10 || hz > 20_000) {
                throw new IllegalArgumentException("ausine plays 10 to 20000 Hz, not " + hz);
            }
            this.toneHz = hz;
            return this;
        }

        /**
         * The codec modules it loads, which are all it offers and accepts (default {@code g711}); e.g. {@code g722}
         * for a wideband-only phone, {@code opus}.
         */
        public Builder codecs(String... modules) {
            if (modules.length == 0) {
                throw new IllegalArgumentException("a phone needs at least one codec");
            }
            this.codecs = java.util.List.of(modules);
            return this;
        }

        /** After this it quits by itself (default 60 s). */
        public Builder lifetime(Duration d) {
            this.lifetime = d;
            return this;
        }

        /** Starts baresip and connects to its control port; returns once it is ready. */
        public Baresip start() throws IOException, InterruptedException {
            if (account == null) {
                throw new IllegalStateException("baresip needs an account");
            }
            Files.createDirectories(dir);
            int sipPort = Ports.freeSipPort();
            int controlPort = Ports.freeTcpPort();
            Files.writeString(dir.resolve("config"), BaresipConfig.text(dir, sipPort, controlPort, toneHz, codecs));
            Files.writeString(dir.resolve("accounts"), account + (autoAnswer ? ";answermode=auto" : "") + "\n");
            Files.writeString(dir.resolve("contacts"), "");
            Process p = new ProcessBuilder("baresip", "-f", dir.toString(), "-t", Long.toString(lifetime.toSeconds()))
                .directory(dir.toFile()).redirectErrorStream(true).start();
            Baresip b = new Baresip(p, dir, sipPort, BaresipConfig.user(account));
            try {
                if (!b.awaitLine(READY.pattern(), Duration.ofSeconds(10))) {
                    throw new IOException("baresip did not start:\n" + b.output());
                }
                b.control = BaresipControl.connect(controlPort, Duration.ofSeconds(5));
            } catch (IOException | RuntimeException e) {
                b.close();
                throw e;
            }
            return b;
        }
    }

    /** Presses keys in the current call: baresip sends them as RFC 4733 telephone events. */
    public boolean sendDigits(String keys) throws IOException, InterruptedException {
        for (char key : keys.toCharArray()) {
            command("sndcode", String.valueOf(key));
            Thread.sleep(250); // a key's events last about 100 ms; phones leave a gap between keys
        }
        return true;
    }

    /** The port it takes SIP on (UDP and TCP) on 127.0.0.1. */
    public int sipPort() {
        return sipPort;
    }

    /** Where a peer reaches it directly: {@code sip:<user>@127.0.0.1:<port>}. */
    public String uri() {
        return "sip:" + user + "@127.0.0.1:" + sipPort;
    }

    public Path directory() {
        return dir;
    }

    /** Places a call, e.g. {@code dial("sip:1002@127.0.0.1:5060")}; false when baresip refuses at once. */
    public boolean dial(String uri) throws IOException, InterruptedException {
        return control.command("dial", uri, COMMAND_TIMEOUT).ok();
    }

    /** Hangs up the current call. */
    public boolean hangup() throws IOException, InterruptedException {
        return control.command("hangup", "", COMMAND_TIMEOUT).ok();
    }

    /** Answers the ringing incoming call (when it does not answer by itself). */
    public boolean accept() throws IOException, InterruptedException {
        return control.command("accept", "", COMMAND_TIMEOUT).ok();
    }

    /** Any menu command ("listcalls", "reginfo", ...); returns what baresip answers. */
    public String command(String name, String params) throws IOException, InterruptedException {
        return control.command(name, params, COMMAND_TIMEOUT).data();
    }

    /**
     * Waits until its account is registered, asking baresip ("reginfo"): the REGISTER_OK event usually comes
     * before the control connection does, and events are only sent to a connected client.
     */
    public boolean awaitRegistered(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (REGISTERED.matcher(command("reginfo", "")).find()) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    /**
     * Waits for a user-agent event (only those that came since the control connection, just after start), e.g.
     * "REGISTER_OK", "CALL_INCOMING", "CALL_RINGING", "CALL_ESTABLISHED",
     * "CALL_RTPESTAB" (media arrived), "CALL_CLOSED"; true at once if it already came.
     */
    public boolean awaitEvent(String type, Duration timeout) throws InterruptedException {
        return control.awaitEvent(type, timeout);
    }

    /**
     * The "param" of each event of this type so far, in order: for "CALL_DTMF_START" the key it received (as
     * telephone events, RFC 4733, or SIP INFO).
     */
    public List<String> eventParams(String type) {
        return control.params(type);
    }

    /** The types of the events so far, in order. */
    public List<String> events() {
        return control.events();
    }

    /** The newest recording of what it received in a call (sndfile's {@code *-dec.wav}), if any. */
    public Optional<Path> receivedAudio() throws IOException {
        return newest("-dec.wav");
    }

    /** The newest recording of what it sent in a call (sndfile's {@code *-enc.wav}), if any. */
    public Optional<Path> sentAudio() throws IOException {
        return newest("-enc.wav");
    }

    /**
     * Every recording of received audio, oldest first: baresip starts a new one whenever a re-INVITE restarts
     * the audio stream (hold, resume), so a call with a hold has several.
     */
    public List<Path> receivedAudioFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("dump-")
                    && f.getFileName().toString().endsWith("-dec.wav"))
                .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList();
        }
    }

    private Optional<Path> newest(String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("dump-")
                    && f.getFileName().toString().endsWith(suffix))
                .max(Comparator.comparing(f -> f.getFileName().toString()));
        }
    }

    private void pumpOutput() {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
            StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process ended; what it printed so far stays available
        } finally {
            synchronized (lines) {
                ended = true;
                lines.notifyAll();
            }
        }
    }

    /** Waits until a line matching {@code regex} appears; false when the time is up or baresip ended first. */
    public boolean awaitLine(String regex, Duration timeout) throws InterruptedException {
        Pattern p = Pattern.compile(regex);
        Instant deadline = Instant.now().plus(timeout);
        int seen = 0;
        synchronized (lines) {
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (p.matcher(lines.get(seen)).find()) {
                        return true;
                    }
                }
                long left = Duration.between(Instant.now(), deadline).toMillis();
                if (left <= 0 || ended) {
                    return false;
                }
                lines.wait(left);
            }
        }
    }

    /** Everything printed so far. */
    public String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    @Override
    public void close() throws InterruptedException {
        try {
            if (control != null) {
                control.close();
            }
        } catch (IOException e) {
            // closing a socket to a process that is going away
        }
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(3, TimeUnit.SECONDS);
        }
        pump.join(2000);
    }
}
