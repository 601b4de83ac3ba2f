package org.centralino.sip.sdp;

import java.nio.charset.StandardCharsets;

/** Writes a description with CRLF line ends and its lines in the order of RFC 8866 §5. */
public final class SdpSerializer {
    private static final String CRLF = "\r\n";

    private SdpSerializer() {
    }

    public static byte[] encode(SessionDescription sd) {
        return serialize(sd).getBytes(StandardCharsets.UTF_8);
    }

    public static String serialize(SessionDescription sd) {
        StringBuilder sb = new StringBuilder(512);
        line(sb, 'v', Integer.toString(sd.version()));
        line(sb, 'o', sd.origin().encode());
        // RFC 8866 §5.3: s= must not be empty; a single space is its "no name"
        line(sb, 's', sd.sessionName().isEmpty() ? " " : sd.sessionName());
        line(sb, 'i', sd.information());
        line(sb, 'u', sd.uri());
        sd.emails().forEach(e -> line(sb, 'e', e));
        sd.phones().forEach(p -> line(sb, 'p', p));
        line(sb, 'c', sd.connection() == null ? null : sd.connection().encode());
        sd.bandwidths().forEach(b -> line(sb, 'b', b.encode()));
        for (Timing t : sd.timings()) {
            line(sb, 't', t.encode());
            t.repeats().forEach(r -> line(sb, 'r', r));
        }
        line(sb, 'z', sd.timeZones());
        line(sb, 'k', sd.encryptionKey());
        sd.attributes().list().forEach(a -> line(sb, 'a', a.encode()));
        sd.media().forEach(m -> media(sb, m));
        return sb.toString();
    }

    private static void media(StringBuilder sb, MediaDescription m) {
        sb.append("m=").append(m.type()).append(' ').append(m.port());
        if (m.portCount() != 1) {
            sb.append('/').append(m.portCount());
        }
        sb.append(' ').append(m.protocol());
        m.formats().forEach(f -> sb.append(' ').append(f));
        sb.append(CRLF);
        line(sb, 'i', m.information());
        line(sb, 'c', m.connection() == null ? null : m.connection().encode());
        m.bandwidths().forEach(b -> line(sb, 'b', b.encode()));
        line(sb, 'k', m.encryptionKey());
        m.attributes().list().forEach(a -> line(sb, 'a', a.encode()));
    }

    /** Appends {@code <type>=<value>CRLF}; nothing when the value is null (an absent optional line). */
    private static void line(StringBuilder sb, char type, String value) {
        if (value != null) {
            sb.append(type).append('=').append(value).append(CRLF);
        }
    }
}
