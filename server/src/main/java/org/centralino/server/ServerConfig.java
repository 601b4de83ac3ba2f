package org.centralino.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.centralino.media.rtp.PortRange;
import org.centralino.media.rtp.RtpEngineConfig;

/**
 * Everything `centralino run` is told: where the data lives, what to bind, the ports, and the optional YAML
 * file that declares extensions. {@code realm} is the SIP digest realm (HA1 values depend on it) and the SIP
 * domain of the From and To URIs the PBX writes. {@code rtpTimeout}: a call whose leg sends no RTP this long
 * (not on hold) is ended; zero disables the check. {@code language}: the language of prompts ({@code it} or
 * {@code en}); {@code tonePlan}: the country whose call-progress tones callers hear ({@code it}, {@code eu},
 * {@code us}). {@code oneWayAudioAfter}: a leg whose phone sends no RTP this long while the other's does is
 * flagged for one-way audio (issue 4; default {@link RtpEngineConfig#DEFAULT_ONE_WAY_AUDIO_AFTER}, zero never).
 */
public record ServerConfig(
    Path dataDir,
    InetAddress bind,
    int sipPort,
    int httpPort,
    PortRange rtpPorts,
    Duration rtpTimeout,
    Path configFile,
    String adminPassword,
    String realm,
    String databaseUrl,
    String language,
    String tonePlan,
    Duration oneWayAudioAfter) {

    public static final String DEFAULT_REALM = "centralino";
    public static final String DEFAULT_LANGUAGE = "it";
    public static final String DEFAULT_TONE_PLAN = "it";
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("it", "en");
    public static final PortRange DEFAULT_RTP_PORTS = new PortRange(10000, 20000);

    public ServerConfig {
        java.util.Objects.requireNonNull(oneWayAudioAfter, "oneWayAudioAfter");
        if (oneWayAudioAfter.isNegative()) {
            throw new IllegalArgumentException("the one-way-audio threshold cannot be negative, got "
                + oneWayAudioAfter);
        }
    }

    /** A configuration with the default one-way-audio threshold. */
    public ServerConfig(Path dataDir, InetAddress bind, int sipPort, int httpPort, PortRange rtpPorts,
                        Duration rtpTimeout, Path configFile, String adminPassword, String realm, String databaseUrl,
                        String language, String tonePlan) {
        this(dataDir, bind, sipPort, httpPort, rtpPorts, rtpTimeout, configFile, adminPassword, realm, databaseUrl,
            language, tonePlan, RtpEngineConfig.DEFAULT_ONE_WAY_AUDIO_AFTER);
    }

    /** This configuration with legs flagged for one-way audio after {@code threshold} of silence. */
    public ServerConfig withOneWayAudioAfter(Duration threshold) {
        return new ServerConfig(dataDir, bind, sipPort, httpPort, rtpPorts, rtpTimeout, configFile, adminPassword,
            realm, databaseUrl, language, tonePlan, threshold);
    }
}
