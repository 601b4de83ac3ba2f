package org.centralino.sip.sdp;

import java.util.List;

/** Parsers for the values of o=, c=, b=, t= and a= lines; each failure names the line and what was expected. */
final class SdpFields {
    private SdpFields() {
    }

    /** {@code o=<username> <sess-id> <sess-version> <nettype> <addrtype> <unicast-address>}. */
    static Origin origin(SdpLine line) throws SdpSyntaxException {
        List<String> f = SdpText.fields(line.value());
        if (f.size() != 6) {
            throw line.error("o= needs 6 fields (<username> <session id> <version> <nettype> <addrtype> "
                + "<address>), found " + f.size());
        }
        for (String field : f) {
            if (!SdpText.isNonWs(field)) {
                throw line.error("o= field '" + field + "' contains a control character");
            }
        }
        long version = parseUnsigned64(f.get(2));
        if (version == -1 && !f.get(2).equals("18446744073709551615")) {
            throw line.error("o= session version '" + f.get(2) + "' is not an unsigned 64-bit number");
        }
        return new Origin(f.get(0), f.get(1), version, f.get(3), f.get(4), f.get(5));
    }

    /** An unsigned 64-bit decimal as a long (two's complement above 2^63), or -1 when malformed. */
    private static long parseUnsigned64(String s) {
        if (!SdpText.isDigits(s, 20) || (s.length() == 20 && s.compareTo("18446744073709551615") > 0)) {
            return -1;
        }
        return Long.parseUnsignedLong(s);
    }

    /** {@code c=<nettype> <addrtype> <connection-address>}. */
    static Connection connection(SdpLine line) throws SdpSyntaxException {
        List<String> f = SdpText.fields(line.value());
        if (f.size() != 3) {
            throw line.error("c= needs 3 fields (<nettype> <addrtype> <address>), found " + f.size());
        }
        String type = f.get(1);
        String address = f.get(2);
        if (!SdpText.isToken(f.get(0)) || !SdpText.isToken(type)) {
            throw line.error("c= network and address types must be tokens (IN IP4, IN IP6)");
        }
        if (!isAddress(address)) {
            throw line.error("c= address '" + address + "' is not an IP address or host name");
        }
        if (type.equalsIgnoreCase(Connection.IP4) && address.indexOf(':') >= 0) {
            throw line.error("c= says IP4 but '" + address + "' is an IPv6 address");
        }
        return new Connection(f.get(0), type, address);
    }

    /** Host names, IPv4 and IPv6 literals, with an optional multicast /ttl/count suffix. */
    private static boolean isAddress(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
                || c == '.' || c == ':' || c == '-' || c == '/' || c == '_' || c == '%';
            if (!ok) {
                return false;
            }
        }
        return !s.isEmpty() && s.charAt(0) != '/';
    }

    /** {@code b=<bwtype>:<bandwidth>}. */
    static Bandwidth bandwidth(SdpLine line) throws SdpSyntaxException {
        String v = line.value();
        int colon = v.indexOf(':');
        long value = colon < 0 ? -1 : SdpText.parseUnsigned(v.substring(colon + 1));
        if (colon < 0 || !SdpText.isToken(v.substring(0, colon)) || value < 0) {
            throw line.error("b= expected '<type>:<number>'");
        }
        return new Bandwidth(v.substring(0, colon), value);
    }

    /** {@code t=<start-time> <stop-time>}, NTP seconds or 0. */
    static Timing timing(SdpLine line) throws SdpSyntaxException {
        List<String> f = SdpText.fields(line.value());
        long start = f.size() == 2 ? SdpText.parseUnsigned(f.get(0)) : -1;
        long stop = f.size() == 2 ? SdpText.parseUnsigned(f.get(1)) : -1;
        if (start < 0 || stop < 0) {
            throw line.error("t= expected '<start> <stop>' as decimal numbers");
        }
        return new Timing(start, stop, List.of());
    }

    /**
     * {@code a=<name>} or {@code a=<name>:<value>}; the attributes whose meaning we use (rtpmap, fmtp, rtcp,
     * ptime, maxptime) must also be well formed, since a call would be set up on what they say.
     */
    static Attribute attribute(SdpLine line) throws SdpSyntaxException {
        String v = line.value();
        int colon = v.indexOf(':');
        String name = colon < 0 ? v : v.substring(0, colon);
        if (!SdpText.isToken(name)) {
            throw line.error("attribute name '" + name + "' is not a token");
        }
        String value = colon < 0 ? null : v.substring(colon + 1);
        String problem = typedProblem(name, value);
        if (problem != null) {
            throw line.error(problem);
        }
        return new Attribute(name, value);
    }

    private static String typedProblem(String name, String value) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case RtpMap.NAME -> RtpMap.parse(value).isPresent() ? null
                : "a=rtpmap expected '<payload type 0-127> <encoding>/<clock rate>[/<channels>]'";
            case Fmtp.NAME -> Fmtp.parse(value).isPresent() ? null : "a=fmtp expected '<format> <parameters>'";
            case Rtcp.NAME -> Rtcp.parse(value).isPresent() ? null
                : "a=rtcp expected '<port> [<nettype> <addrtype> <address>]' (RFC 3605)";
            case "ptime", "maxptime" -> SdpText.parseMillis(value) > 0 ? null
                : "a=" + name + " expected a positive number of milliseconds";
            default -> null;
        };
    }
}
