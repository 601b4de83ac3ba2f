package org.centralino.core.call;

import java.util.Objects;

/**
 * The phase of one leg: {@code Idle → Calling → Ringing/EarlyMedia → Answered ⇄ Held → Ending → Ended}.
 * Inbound (the caller's) and outbound (a fork) legs share the states: for the caller's leg "Ringing" means we
 * sent it a 1xx, for a fork that it sent us one.
 */
public sealed interface LegState {

    /** True once the leg is over and holds no resources. */
    default boolean isEnded() {
        return this instanceof Ended;
    }

    /** True before any final answer: the INVITE can still be answered, rejected or cancelled. */
    default boolean isEarly() {
        return this instanceof Calling || this instanceof Ringing || this instanceof EarlyMedia;
    }

    record Idle() implements LegState {
    }

    /** The INVITE was sent (fork) or received (caller); no provisional response yet. */
    record Calling() implements LegState {
    }

    /** A provisional response without early media. */
    record Ringing() implements LegState {
    }

    /** A provisional response with early media (a 183 with SDP, RFC 3960). */
    record EarlyMedia() implements LegState {
    }

    record Answered() implements LegState {
    }

    /** Answered, and this leg put the other on hold (RFC 3264 §8.4). */
    record Held() implements LegState {
    }

    /**
     * We asked the leg to end (CANCEL or BYE sent) and wait for the peer to confirm. {@code byeSent}: a BYE
     * is out, so a further 2xx is only a retransmission; after a CANCEL a 2xx can still cross it and must be
     * acknowledged and then ended with BYE (RFC 3261 §9.1, §13.2.2.4).
     */
    record Ending(EndReason reason, boolean byeSent) implements LegState {
        public Ending {
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code status}: the final status that ended the INVITE (rejection, 487), or 0 when none applies. */
    record Ended(EndReason reason, int status) implements LegState {
        public Ended {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
