package org.centralino.core.registrar;

import java.time.Instant;

/**
 * One registered contact of an extension (RFC 3261 §10): where to reach one of its devices.
 *
 * @param extension   the extension number (the address-of-record's user part)
 * @param contact     the Contact URI as the device sent it
 * @param source      "transport:ip:port" the REGISTER came from (for NAT: where we really reach it)
 * @param expiresAt   when the binding lapses unless refreshed
 * @param callId      Call-ID of the registering device (RFC 3261 §10.3 step 7 ordering)
 * @param cseq        CSeq of the last REGISTER that refreshed it
 * @param userAgent   the User-Agent header, or null
 * @param q           the q-value preference, 0..1000 (thousandths), 1000 when absent
 */
public record Binding(
    String extension,
    String contact,
    String source,
    Instant expiresAt,
    String callId,
    long cseq,
    String userAgent,
    int q,
    Instant registeredAt) {
}
