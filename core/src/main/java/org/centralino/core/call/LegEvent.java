package org.centralino.core.call;

/**
 * What happens to one leg, already reduced from SIP: "sent"/"received" name the direction relative to the PBX.
 * {@link Answered} and {@link Rejected} cover both directions: a 2xx or final error that we sent on the
 * caller's leg, or that a fork sent us.
 */
public sealed interface LegEvent {
    record InviteSent() implements LegEvent {
    }

    record InviteReceived() implements LegEvent {
    }

    /** A 1xx; {@code earlyMedia}: it carries a session description (RFC 3261 §13.3.1.1, RFC 3960). */
    record Provisional(boolean earlyMedia) implements LegEvent {
    }

    record Answered() implements LegEvent {
    }

    /** A final 300-699 to the INVITE, or to a re-INVITE once answered (which leaves the dialog as it is). */
    record Rejected(int status) implements LegEvent {
    }

    record CancelSent() implements LegEvent {
    }

    record CancelReceived() implements LegEvent {
    }

    record ByeSent() implements LegEvent {
    }

    record ByeReceived() implements LegEvent {
    }

    /** The leg's last transaction finished: our BYE was answered, or our CANCEL's INVITE got its final. */
    record Closed() implements LegEvent {
    }

    /** A transaction timer expired: B (no answer to our INVITE) or H (no ACK for our 2xx), §17. */
    record Timeout() implements LegEvent {
    }

    record TransportFailure() implements LegEvent {
    }

    /** The leg sent a re-INVITE putting the other side on hold (sendonly/inactive, RFC 3264 §8.4). */
    record Hold() implements LegEvent {
    }

    record Resume() implements LegEvent {
    }

    /** Any other re-INVITE or UPDATE with a new offer while answered (codec change, session refresh). */
    record Reoffer() implements LegEvent {
    }
}
