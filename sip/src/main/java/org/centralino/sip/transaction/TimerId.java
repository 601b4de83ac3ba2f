package org.centralino.sip.transaction;

/** The transaction timers of RFC 3261 Table 4 and RFC 6026 (L, M). */
public enum TimerId {
    /** INVITE client: request retransmit (unreliable only). */
    A,
    /** INVITE client: transaction timeout. */
    B,
    /** INVITE client: wait time for response retransmits after a non-2xx final. */
    D,
    /** non-INVITE client: request retransmit. */
    E,
    /** non-INVITE client: transaction timeout. */
    F,
    /** INVITE server: non-2xx final response retransmit. */
    G,
    /** INVITE server: wait time for ACK receipt. */
    H,
    /** INVITE server: wait time for ACK retransmits. */
    I,
    /** non-INVITE server: wait time for request retransmits. */
    J,
    /** non-INVITE client: wait time for response retransmits. */
    K,
    /** INVITE server (RFC 6026): wait time for INVITE retransmits after a 2xx. */
    L,
    /** INVITE client (RFC 6026): wait time for 2xx retransmits. */
    M
}
