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
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real baresip user agent (Debian package baresip-core) run headless with its own config directory: no
 * sound card, no console, one account. Output is collected so tests can wait for what it reports. Every
 * instance quits by itself after its lifetime, and {@link #close()} kills it.
 */
public final class Baresip implements AutoCloseable {
    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final Thread pump;

    private Baresip(Process process) {
        this.process = process;
        this.pump = Thread.ofVirtual().start(this::pumpOutput);
    }

    /**
     * Starts baresip with one account, e.g. {@code <sip:1001@127.0.0.1:5060;transport=udp>;auth_pass=x;regint=60}.
     *
     * @param dir      a fresh directory for its configuration
     * @param account  the accounts-file line
     * @param lifetime after this it quits by itself
     */
    public static Baresip start(Path dir, String account, Duration lifetime) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("config"), String.join("\n",
            "poll_method\tepoll",
            "sip_listen\t127.0.0.1:0",
            "call_local_timeout\t120",
            "audio_player\taufile," + dir.resolve("received.wav"),
            "audio_source\tausine,440",
            "audio_alert\taufile," + dir.resolve("alert.wav"),
            "module_path\t/usr/lib/baresip/modules",
            "module\tg711.so",
            "module\taufile.so",
            "module\tausine.so",
            "module_tmp\tuuid.so",
            "module_tmp\taccount.so",
            "module_app\tmenu.so",
            "") + "\n");
        Files.writeString(dir.resolve("accounts"), account + "\n");
        Files.writeString(dir.resolve("contacts"), "");
        Process p = new ProcessBuilder("baresip", "-f", dir.toString(), "-t", Long.toString(lifetime.toSeconds()))
            .directory(dir.toFile()).redirectErrorStream(true).start();
        return new Baresip(p);
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
        }
    }

    /** Waits until a line matching {@code regex} appears; false when the time is up first. */
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
                if (left <= 0) {
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
        process.destroy();
        if (!process.waitFor(3, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(3, TimeUnit.SECONDS);
        }
        pump.join(2000);
    }
}
