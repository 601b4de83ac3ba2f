package org.centralino.sip.sdp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * An immutable session description (RFC 8866 §5): the session-level lines in RFC order and the media
 * sections. Optional single lines (i=, u=, c=, z=, k=) are null when absent. A session without t= gets
 * {@code t=0 0} and one without s= gets {@code s=-}, the values SIP sessions use (RFC 3264 §5), so that what
 * the parser tolerates serializes as what the RFC requires.
 *
 * @param version     v=, always 0
 * @param origin      o=
 * @param sessionName s=
 * @param timeZones   z=, verbatim
 * @param media       the m= sections, in order: their index is what RFC 3264 offer/answer pairs by
 */
public record SessionDescription(int version, Origin origin, String sessionName, String information, String uri,
                                 List<String> emails, List<String> phones, Connection connection,
                                 List<Bandwidth> bandwidths, List<Timing> timings, String timeZones,
                                 String encryptionKey, Attributes attributes, List<MediaDescription> media) {
    /** What RFC 3264 §5 suggests when there is nothing to say: a single dash. */
    public static final String NO_NAME = "-";

    public SessionDescription {
        if (version != 0) {
            throw new IllegalArgumentException("v= must be 0: " + version);
        }
        Objects.requireNonNull(origin, "origin");
        sessionName = sessionName == null ? NO_NAME : SdpText.requireLineSafe(sessionName, "s= line");
        SdpText.requireLineSafe(information, "i= line");
        SdpText.requireLineSafe(uri, "u= line");
        emails = List.copyOf(emails);
        emails.forEach(e -> SdpText.requireLineSafe(e, "e= line"));
        phones = List.copyOf(phones);
        phones.forEach(p -> SdpText.requireLineSafe(p, "p= line"));
        bandwidths = List.copyOf(bandwidths);
        timings = timings.isEmpty() ? List.of(Timing.UNBOUNDED) : List.copyOf(timings);
        SdpText.requireLineSafe(timeZones, "z= line");
        SdpText.requireLineSafe(encryptionKey, "k= line");
        Objects.requireNonNull(attributes, "attributes");
        media = List.copyOf(media);
    }

    /** A description with only what SIP needs: o=, s=, session c= (may be null), t=0 0 and the media. */
    public static SessionDescription of(Origin origin, String sessionName, Connection connection,
                                        Attributes attributes, List<MediaDescription> media) {
        return new SessionDescription(0, origin, sessionName, null, null, List.of(), List.of(), connection,
            List.of(), List.of(Timing.UNBOUNDED), null, null, attributes, media);
    }

    /** The connection of a media section: its own c= line, else the session-level one (RFC 8866 §5.7). */
    public Optional<Connection> connectionOf(int mediaIndex) {
        MediaDescription m = media.get(mediaIndex);
        return Optional.ofNullable(m.connection() != null ? m.connection() : connection);
    }

    /** The session-level direction attribute: the default for every media section (RFC 8866 §6.7). */
    public Optional<Direction> direction() {
        return attributes.direction();
    }

    /**
     * The direction of a media section as written: its own direction attribute, else the session-level one,
     * else sendrecv (RFC 3264 §5.1). See {@link SdpHold#effectiveDirection} for the RFC 2543 c=0.0.0.0 form.
     */
    public Direction directionOf(int mediaIndex) {
        return media.get(mediaIndex).direction().or(this::direction).orElse(Direction.SENDRECV);
    }

    /** The ptime of a media section, else a session-level ptime (which some phones write). */
    public OptionalInt ptimeOf(int mediaIndex) {
        OptionalInt own = media.get(mediaIndex).ptime();
        return own.isPresent() ? own : MediaDescription.milliseconds(attributes.first("ptime"));
    }

    /** The description as it goes in a SIP body: CRLF line ends, lines in RFC order, UTF-8. */
    public byte[] encode() {
        return SdpSerializer.encode(this);
    }

    public SessionDescription withOrigin(Origin newOrigin) {
        return new SessionDescription(version, newOrigin, sessionName, information, uri, emails, phones,
            connection, bandwidths, timings, timeZones, encryptionKey, attributes, media);
    }

    public SessionDescription withConnection(Connection newConnection) {
        return new SessionDescription(version, origin, sessionName, information, uri, emails, phones,
            newConnection, bandwidths, timings, timeZones, encryptionKey, attributes, media);
    }

    public SessionDescription withAttributes(Attributes newAttributes) {
        return new SessionDescription(version, origin, sessionName, information, uri, emails, phones,
            connection, bandwidths, timings, timeZones, encryptionKey, newAttributes, media);
    }

    public SessionDescription withMedia(List<MediaDescription> newMedia) {
        return new SessionDescription(version, origin, sessionName, information, uri, emails, phones,
            connection, bandwidths, timings, timeZones, encryptionKey, attributes, newMedia);
    }
}
