package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Collects one media section while parsing: the m= line, then its i=, c=, b=, k= and a= lines. */
final class MediaBuilder {
    private final SdpLine mLine;
    private final String type;
    private final int port;
    private final int portCount;
    private final String protocol;
    private final List<String> formats;
    private String information;
    private Connection connection;
    private final List<Bandwidth> bandwidths = new ArrayList<>();
    private String key;
    private final List<Attribute> attributes = new ArrayList<>();

    private MediaBuilder(SdpLine mLine, List<String> f, int port, int portCount) {
        this.mLine = mLine;
        this.type = f.get(0);
        this.port = port;
        this.portCount = portCount;
        this.protocol = f.get(2);
        this.formats = List.copyOf(f.subList(3, f.size()));
    }

    /** {@code m=<media> <port>[/<number of ports>] <proto> <fmt> ...}. */
    static MediaBuilder start(SdpLine line) throws SdpSyntaxException {
        List<String> f = SdpText.fields(line.value());
        if (f.size() < 3) {
            throw line.error("m= expected '<media> <port> <protocol> <format> ...'");
        }
        if (!SdpText.isToken(f.get(0))) {
            throw line.error("media type '" + f.get(0) + "' is not a token");
        }
        String[] ports = f.get(1).split("/", -1);
        int port = SdpText.parseInt(ports[0], 0, 65_535);
        int count = ports.length == 2 ? SdpText.parseInt(ports[1], 1, 65_535) : ports.length == 1 ? 1 : -1;
        if (port < 0 || count < 0) {
            throw line.error("m= port '" + f.get(1) + "' is not a port 0-65535 (with an optional /count)");
        }
        MediaBuilder m = new MediaBuilder(line, f, port, count);
        m.checkFormats();
        return m;
    }

    private void checkFormats() throws SdpSyntaxException {
        if (formats.size() > SdpLimits.MAX_FORMATS) {
            throw mLine.error("more than " + SdpLimits.MAX_FORMATS + " formats");
        }
        if (formats.isEmpty() && port != 0) {
            throw mLine.error("m= lists no formats");
        }
        if (!SdpText.isNonWs(protocol) || !formats.stream().allMatch(SdpText::isNonWs)) {
            throw mLine.error("m= protocol and formats must not contain control characters");
        }
        if (!MediaDescription.isRtp(protocol)) {
            return;
        }
        Set<Integer> seen = new HashSet<>();
        for (String fmt : formats) {
            int pt = SdpText.parseInt(fmt, 0, 127);
            if (pt < 0) {
                throw mLine.error("RTP payload type '" + fmt + "' is not a number 0-127");
            }
            if (!seen.add(pt)) {
                throw mLine.error("RTP payload type " + pt + " listed twice");
            }
        }
    }

    void accept(SdpLine line) throws SdpSyntaxException {
        switch (line.type()) {
            case 'i' -> information = once(information, line, line.value());
            case 'c' -> connection = once(connection, line, SdpFields.connection(line));
            case 'b' -> bandwidths.add(SdpFields.bandwidth(line));
            case 'k' -> key = once(key, line, line.value());
            case 'a' -> attributes.add(SdpFields.attribute(line));
            default -> throw line.error("'" + line.type() + "=' is not allowed in a media section (it started at "
                + "line " + mLine.number() + ")");
        }
    }

    private static <T> T once(T existing, SdpLine line, T value) throws SdpSyntaxException {
        if (existing != null) {
            throw line.error("a second '" + line.type() + "=' line in one media section");
        }
        return value;
    }

    /** The section, checked: one direction at most, and an address to send to unless the port is 0. */
    MediaDescription build(Connection sessionConnection) throws SdpSyntaxException {
        Attributes attrs = new Attributes(attributes);
        if (attrs.directions().size() > 1) {
            throw mLine.error("conflicting direction attributes " + attrs.directions() + " in this media section");
        }
        if (port != 0 && connection == null && sessionConnection == null) {
            throw mLine.error("no c= line for this stream, neither in it nor at session level");
        }
        return new MediaDescription(type, port, portCount, protocol, formats, information, connection, bandwidths,
            key, attrs);
    }
}
