package org.centralino.sip.sdp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One media section (RFC 8866 §5.14): the m= line ({@code m=audio 49170 RTP/AVP 0 8 101}) and its own
 * i=, c=, b=, k= and a= lines. Port 0 means the stream is rejected or disabled (RFC 3264 §6, §8.2). The port
 * count ({@code 49170/2}) is 1 when absent. Connection, information and key are null when absent.
 */
public record MediaDescription(String type, int port, int portCount, String protocol, List<String> formats,
                               String information, Connection connection, List<Bandwidth> bandwidths,
                               String encryptionKey, Attributes attributes) {
    public MediaDescription {
        if (!SdpText.isToken(type)) {
            throw new IllegalArgumentException("media type must be a token: " + type);
        }
        if (port < 0 || port > 65_535 || portCount < 1) {
            throw new IllegalArgumentException("bad m= port " + port + "/" + portCount);
        }
        SdpText.requireNonWs(protocol, "m= protocol");
        formats = List.copyOf(formats);
        formats.forEach(f -> SdpText.requireNonWs(f, "m= format"));
        SdpText.requireLineSafe(information, "i= line");
        bandwidths = List.copyOf(bandwidths);
        SdpText.requireLineSafe(encryptionKey, "k= line");
        Objects.requireNonNull(attributes, "attributes");
    }

    /** A section with just the m= line fields and attributes. */
    public static MediaDescription of(String type, int port, String protocol, List<String> formats,
                                      Attributes attributes) {
        return new MediaDescription(type, port, 1, protocol, formats, null, null, List.of(), null, attributes);
    }

    /** Port 0: rejected in an answer, disabled in an offer. */
    public boolean isRejected() {
        return port == 0;
    }

    /** An RTP profile (RTP/AVP, RTP/SAVPF, UDP/TLS/RTP/SAVPF, ...): formats are RTP payload types. */
    public boolean isRtp() {
        return isRtp(protocol);
    }

    static boolean isRtp(String protocol) {
        for (String part : protocol.split("/")) {
            if (part.equalsIgnoreCase("RTP")) {
                return true;
            }
        }
        return false;
    }

    /** The media-level direction attribute; see SessionDescription#directionOf for the effective one. */
    public Optional<Direction> direction() {
        return attributes.direction();
    }

    /** a=ptime in whole milliseconds (RFC 8866 §6.4 allows a decimal; it is rounded). */
    public OptionalInt ptime() {
        return milliseconds(attributes.first("ptime"));
    }

    /** a=maxptime in whole milliseconds (RFC 8866 §6.5). */
    public OptionalInt maxptime() {
        return milliseconds(attributes.first("maxptime"));
    }

    static OptionalInt milliseconds(Optional<String> value) {
        return value.map(SdpText::parseMillis).filter(v -> v > 0).map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** a=rtcp (RFC 3605), when the writer receives RTCP elsewhere than on the RTP port + 1. */
    public Optional<Rtcp> rtcp() {
        return attributes.first(Rtcp.NAME).flatMap(Rtcp::parse);
    }

    /** a=rtcp-mux (RFC 5761): RTP and RTCP on one port. */
    public boolean rtcpMux() {
        return attributes.has("rtcp-mux");
    }

    public Optional<RtpMap> rtpMap(int payloadType) {
        return attributes.all(RtpMap.NAME).stream().flatMap(v -> RtpMap.parse(v).stream())
            .filter(m -> m.payloadType() == payloadType).findFirst();
    }

    /** The fmtp parameters of a format, if it has an fmtp line. */
    public Optional<String> fmtp(String format) {
        return attributes.all(Fmtp.NAME).stream().flatMap(v -> Fmtp.parse(v).stream())
            .filter(f -> f.format().equals(format)).map(Fmtp::parameters).findFirst();
    }

    /**
     * The formats of an RTP m= line, in the writer's order of preference, each resolved by its rtpmap or, for
     * a static payload type without one, by RFC 3551. A dynamic type without rtpmap cannot be resolved and is
     * left out; so is every format of a non-RTP protocol.
     */
    public List<PayloadFormat> payloadFormats() {
        if (!isRtp()) {
            return List.of();
        }
        List<PayloadFormat> out = new ArrayList<>(formats.size());
        for (String f : formats) {
            int pt = SdpText.parseInt(f, 0, 127);
            Optional<RtpMap> map = pt < 0 ? Optional.empty() : rtpMap(pt).or(() -> StaticPayloadTypes.lookup(pt));
            map.ifPresent(m -> out.add(PayloadFormat.of(m, fmtp(f).orElse(null))));
        }
        return out;
    }

    public MediaDescription withPort(int newPort) {
        return new MediaDescription(type, newPort, portCount, protocol, formats, information, connection,
            bandwidths, encryptionKey, attributes);
    }

    public MediaDescription withConnection(Connection newConnection) {
        return new MediaDescription(type, port, portCount, protocol, formats, information, newConnection,
            bandwidths, encryptionKey, attributes);
    }

    public MediaDescription withAttributes(Attributes newAttributes) {
        return new MediaDescription(type, port, portCount, protocol, formats, information, connection,
            bandwidths, encryptionKey, newAttributes);
    }

    public MediaDescription withFormats(List<String> newFormats) {
        return new MediaDescription(type, port, portCount, protocol, newFormats, information, connection,
            bandwidths, encryptionKey, attributes);
    }
}
