package org.centralino.server;

import java.net.InetAddress;
import java.nio.file.Path;
import org.centralino.media.rtp.PortRange;

/**
 * Everything `centralino run` is told: where the data lives, what to bind, the ports, and the optional YAML
 * file that declares extensions. {@code realm} is the SIP digest realm (HA1 values depend on it).
 */
public record ServerConfig(
    Path dataDir,
    InetAddress bind,
    int sipPort,
    int httpPort,
    PortRange rtpPorts,
    Path configFile,
    String adminPassword,
    String realm,
    String databaseUrl) {

    public static final String DEFAULT_REALM = "centralino";
    public static final PortRange DEFAULT_RTP_PORTS = new PortRange(10000, 20000);
}
