package org.centralino.server;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import org.centralino.media.rtp.PortRange;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `centralino run`: starts the PBX and runs until stopped (SIGTERM or Ctrl-C stop it cleanly). */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Start the PBX.")
final class RunCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(RunCommand.class);

    @Option(names = "--data", defaultValue = "${env:CENTRALINO_DATA:-./data}",
        description = "Data directory (database, files). Env CENTRALINO_DATA. Default: ${DEFAULT-VALUE}")
    Path data;

    @Option(names = "--bind", defaultValue = "${env:CENTRALINO_BIND:-0.0.0.0}",
        description = "Address to listen on. Env CENTRALINO_BIND. Default: ${DEFAULT-VALUE} (all interfaces)")
    String bind;

    @Option(names = "--sip-port", defaultValue = "${env:CENTRALINO_SIP_PORT:-5060}",
        description = "SIP port, UDP and TCP. Env CENTRALINO_SIP_PORT. Default: ${DEFAULT-VALUE}")
    int sipPort;

    @Option(names = "--http-port", defaultValue = "${env:CENTRALINO_HTTP_PORT:-8080}",
        description = "HTTP port (API, web UI). Env CENTRALINO_HTTP_PORT. Default: ${DEFAULT-VALUE}")
    int httpPort;

    @Option(names = "--rtp-ports", defaultValue = "${env:CENTRALINO_RTP_PORTS:-10000-20000}",
        description = "RTP port range A-B. Env CENTRALINO_RTP_PORTS. Default: ${DEFAULT-VALUE}")
    String rtpPorts;

    @Option(names = "--rtp-timeout", defaultValue = "${env:CENTRALINO_RTP_TIMEOUT:-60}",
        description = "Seconds without RTP (not on hold) after which a call ends; 0 never. Env CENTRALINO_RTP_TIMEOUT."
            + " Default: ${DEFAULT-VALUE}")
    int rtpTimeoutSeconds;

    @Option(names = "--one-way-audio-after", defaultValue = "${env:CENTRALINO_ONE_WAY_AUDIO_AFTER:-5}",
        description = "Seconds a leg's phone may send no RTP while the other's does before the call is flagged for"
            + " one-way audio (logged, shown in the API and the call record); 0 never. Env"
            + " CENTRALINO_ONE_WAY_AUDIO_AFTER. Default: ${DEFAULT-VALUE}")
    int oneWayAudioAfterSeconds;

    @Option(names = "--config", defaultValue = "${env:CENTRALINO_CONFIG}",
        description = "Optional YAML file declaring extensions. Env CENTRALINO_CONFIG.")
    Path config;

    @Option(names = "--realm", defaultValue = "${env:CENTRALINO_REALM:-centralino}",
        description = "SIP digest realm. Env CENTRALINO_REALM. Default: ${DEFAULT-VALUE}")
    String realm;

    @Option(names = "--database-url", defaultValue = "${env:CENTRALINO_DATABASE_URL}",
        description = "JDBC URL of a PostgreSQL database instead of the embedded SQLite. Env CENTRALINO_DATABASE_URL.")
    String databaseUrl;

    @Option(names = "--language", defaultValue = "${env:CENTRALINO_LANGUAGE:-it}",
        description = "Language of the prompts callers hear: it or en. Env CENTRALINO_LANGUAGE. Default: ${DEFAULT-VALUE}")
    String language;

    @Option(names = "--tones", defaultValue = "${env:CENTRALINO_TONES:-it}",
        description = "Call-progress tones of this country: it, eu or us. Env CENTRALINO_TONES. Default: ${DEFAULT-VALUE}")
    String tones;

    @Override
    public Integer call() throws Exception {
        ServerConfig cfg;
        try {
            cfg = toConfig();
        } catch (IllegalArgumentException e) {
            System.err.println("centralino: " + e.getMessage());
            return 2;
        }
        Centralino pbx = new Centralino(cfg);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            LOG.info("stopping");
            pbx.close();
            stopped.countDown();
        }));
        try {
            pbx.start();
        } catch (Exception e) {
            LOG.error("Centralino could not start: {}", e.getMessage(), e);
            return 1;
        }
        stopped.await();
        return 0;
    }

    ServerConfig toConfig() {
        if (sipPort < 0 || sipPort > 65535) {
            throw new IllegalArgumentException("--sip-port must be 0..65535, got " + sipPort);
        }
        if (httpPort < 0 || httpPort > 65535) {
            throw new IllegalArgumentException("--http-port must be 0..65535, got " + httpPort);
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: cannot resolve '" + bind + "'");
        }
        if (realm == null || realm.isBlank() || realm.contains("\"")) {
            throw new IllegalArgumentException("--realm must be a non-empty name without quotes");
        }
        if (rtpTimeoutSeconds < 0) {
            throw new IllegalArgumentException("--rtp-timeout must be 0 or more seconds, got " + rtpTimeoutSeconds);
        }
        if (oneWayAudioAfterSeconds < 0) {
            throw new IllegalArgumentException("--one-way-audio-after must be 0 or more seconds, got "
                + oneWayAudioAfterSeconds);
        }
        if (!ServerConfig.LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("--language must be one of " + ServerConfig.LANGUAGES + ", got '"
                + language + "'");
        }
        org.centralino.media.tone.TonePlan.of(tones); // refuses an unknown country with the ones it knows
        return new ServerConfig(data, address, sipPort, httpPort, PortRange.parse(rtpPorts),
            java.time.Duration.ofSeconds(rtpTimeoutSeconds), config,
            System.getenv("CENTRALINO_ADMIN_PASSWORD"), realm, databaseUrl, language, tones,
            java.time.Duration.ofSeconds(oneWayAudioAfterSeconds));
    }
}
