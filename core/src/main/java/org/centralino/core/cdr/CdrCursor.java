package org.centralino.core.cdr;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * A position in the list of call records ordered newest first: the start time and call id of the last
 * record of the previous page. The next page holds the records strictly after it in that order (keyset
 * paging), so calls recorded while a client pages never shift, duplicate or hide rows, and a deep page
 * costs an index seek instead of skipping N rows as OFFSET does.
 *
 * <p>Clients see it as an opaque token: URL-safe Base64 of {@code v1:<epoch millis>:<call id>}.
 */
public record CdrCursor(Instant startedAt, String callId) {
    private static final String VERSION = "v1";
    /** Longest token accepted: the version, a long, a call id of the maximum length, in Base64. */
    static final int TOKEN_MAX = 4 * (VERSION.length() + 22 + CallRecord.CALL_ID_MAX * 4) / 3 + 4;

    public CdrCursor {
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(callId, "callId");
    }

    /** The cursor after {@code r}. */
    public static CdrCursor after(CallRecord r) {
        return new CdrCursor(r.startedAt(), r.callId());
    }

    public String encode() {
        String plain = VERSION + ":" + startedAt.toEpochMilli() + ":" + callId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of a token from {@link #encode()}; empty for anything else (never throws). */
    public static Optional<CdrCursor> decode(String token) {
        if (token == null || token.isEmpty() || token.length() > TOKEN_MAX) {
            return Optional.empty();
        }
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            String[] parts = plain.split(":", 3);
            if (parts.length != 3 || !parts[0].equals(VERSION) || parts[2].isEmpty()
                || !CdrText.clean(parts[2], CallRecord.CALL_ID_MAX).equals(parts[2])) {
                return Optional.empty();
            }
            return Optional.of(new CdrCursor(Instant.ofEpochMilli(Long.parseLong(parts[1])), parts[2]));
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            return Optional.empty(); // bad Base64, not a number, out of Instant's range: not our token
        }
    }
}
