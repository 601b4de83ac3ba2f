package org.centralino.server;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import org.centralino.media.rtp.PortRange;

/**
 * Everything `centralino run` is told: where the data lives, what to bind, the ports, and the optional YAML
 * file that declares extensions. {@code realm} is the SIP digest realm (HA1 values depend on it) and the SIP
 * domain of the From and To URIs the PBX writes. {@code rtpTimeout}: a call whose leg sends no RTP this long
 * (not on hold) is ended; zero disables the check. {@code language}: the language of prompts ({@code it} or
 * {@code en}); {@code tonePlan}: the country whose call-progress tones callers hear ({@code it}, {@code eu},
 * {@code us}).
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
    String tonePlan) {

    public static final String DEFAULT_REALM = "centralino";
    public static final String DEFAULT_LANGUAGE = "it";
    public static final String DEFAULT_TONE_PLAN = "it";
    public static final java.util.Set<String> LANGUAGES = java.util.Set.of("it", "en");
    public static final PortRange DEFAULT_RTP_PORTS = new PortRange(10000, 20000);
}
