package org.centralino.sip.sdp;

import java.util.List;
import java.util.Optional;

/**
 * {@code a=rtcp:<port> [<nettype> <addrtype> <address>]} (RFC 3605 §2.1): where the writer receives RTCP
 * when that is not the RTP port + 1 on the media's connection address. Connection is null when absent.
 */
public record Rtcp(int port, Connection connection) {
    public static final String NAME = "rtcp";

    public Rtcp {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("rtcp port out of range: " + port);
        }
    }

    /** Reads an rtcp value; empty when it is malformed. */
    public static Optional<Rtcp> parse(String value) {
        if (value == null) {
            return Optional.empty();
        }
        List<String> f = SdpText.fields(value);
        int port = f.isEmpty() ? -1 : SdpText.parseInt(f.get(0), 0, 65_535);
        if (port < 0 || (f.size() != 1 && f.size() != 4)) {
            return Optional.empty();
        }
        if (f.size() == 1) {
            return Optional.of(new Rtcp(port, null));
        }
        for (int i = 1; i < 4; i++) {
            if (!SdpText.isNonWs(f.get(i))) {
                return Optional.empty();
            }
        }
        return Optional.of(new Rtcp(port, new Connection(f.get(1), f.get(2), f.get(3))));
    }

    public String value() {
        return connection == null ? Integer.toString(port) : port + " " + connection.encode();
    }
}
