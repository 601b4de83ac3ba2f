package org.centralino.core.call;

import org.centralino.core.cdr.Disposition;

/** Why a call ended; finer than {@link Disposition}, for the hangup cause of a call record. */
public enum EndCause {
    /** A BYE after the answer. */
    NORMAL_CLEARING,
    /** The caller gave up before the answer (CANCEL, or BYE on an early dialog). */
    CALLER_CANCELLED,
    /** Nobody answered within the ring timeout. */
    RING_TIMEOUT,
    /** Every fork failed and at least one answered with a final error (busy, decline, ...). */
    BUSY,
    /** Every fork that answered refused the session with 488: no codec in common. */
    NO_COMMON_CODEC,
    /** Every fork failed without an answer from any device (timeout, transport failure). */
    UNREACHABLE,
    /** The dialled number is not an extension. */
    UNKNOWN_NUMBER,
    /** The extension has no registered contact. */
    NOT_REGISTERED,
    /** A leg vanished: no ACK for our 2xx (timer H), no answer to our INVITE (timer B), transport failure. */
    LEG_VANISHED,
    /** An answered leg sent no RTP for the configured time while not on hold. */
    MEDIA_TIMEOUT
}
