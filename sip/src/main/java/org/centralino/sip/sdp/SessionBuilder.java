package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the session-level lines while parsing. The RFC 8866 order is not enforced (phones get it wrong
 * and it changes nothing), but single lines must be single, r= must follow a t=, and o= must be present.
 */
final class SessionBuilder {
    private Origin origin;
    private String name;
    private String information;
    private String uri;
    private final List<String> emails = new ArrayList<>();
    private final List<String> phones = new ArrayList<>();
    private Connection connection;
    private final List<Bandwidth> bandwidths = new ArrayList<>();
    private final List<Timing> timings = new ArrayList<>();
    private String timeZones;
    private String key;
    private final List<Attribute> attributes = new ArrayList<>();

    void accept(SdpLine line) throws SdpSyntaxException {
        switch (line.type()) {
            case 'v' -> throw line.error("v= may appear only once, as the first line");
            case 'o' -> origin = once(origin, line, SdpFields.origin(line));
            case 's' -> name = once(name, line, line.value());
            case 'i' -> information = once(information, line, line.value());
            case 'u' -> uri = once(uri, line, line.value());
            case 'e' -> emails.add(line.value());
            case 'p' -> phones.add(line.value());
            case 'c' -> connection = once(connection, line, SdpFields.connection(line));
            case 'b' -> bandwidths.add(SdpFields.bandwidth(line));
            case 't' -> timings.add(SdpFields.timing(line));
            case 'r' -> repeat(line);
            case 'z' -> timeZones = once(timeZones, line, line.value());
            case 'k' -> key = once(key, line, line.value());
            case 'a' -> attributes.add(SdpFields.attribute(line));
            default -> throw line.error("unknown line type '" + line.type() + "=' (RFC 8866 §5 lets a parser "
                + "refuse the description)");
        }
    }

    private void repeat(SdpLine line) throws SdpSyntaxException {
        if (timings.isEmpty()) {
            throw line.error("r= must follow a t= line");
        }
        timings.add(timings.removeLast().withRepeat(line.value()));
    }

    private static <T> T once(T existing, SdpLine line, T value) throws SdpSyntaxException {
        if (existing != null) {
            throw line.error("a second '" + line.type() + "=' line at session level");
        }
        return value;
    }

    Connection connection() {
        return connection;
    }

    SessionDescription build(List<MediaDescription> media) throws SdpSyntaxException {
        if (origin == null) {
            throw new SdpSyntaxException(SdpError.body("no o= line"));
        }
        Attributes attrs = new Attributes(attributes);
        if (attrs.directions().size() > 1) {
            throw new SdpSyntaxException(SdpError.body("conflicting session-level direction attributes "
                + attrs.directions()));
        }
        return new SessionDescription(0, origin, name, information, uri, emails, phones, connection, bandwidths,
            timings, timeZones, key, attrs, media);
    }
}
