package org.centralino.core.call;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What happens to a call, as the B2BUA reports it (on the call's lane). Named inputs, not events, because
 * {@link CallEvent} is what the call publishes.
 */
public sealed interface CallInput {

    /** One contact to ring: the runtime makes the leg id (ids are injected, DESIGN §2). */
    record Fork(LegId id, String target) {
        public Fork {
            Objects.requireNonNull(id, "id");
        }
    }

    /** The dialling plan found the callee: ring every contact at once, for at most {@code ringTimeout}. */
    record Routed(List<Fork> forks, Duration ringTimeout) implements CallInput {
        public Routed {
            forks = List.copyOf(forks);
            Objects.requireNonNull(ringTimeout, "ringTimeout");
        }
    }

    enum RouteFailure {
        UNKNOWN_NUMBER, NOT_REGISTERED
    }

    record RouteFailed(RouteFailure failure) implements CallInput {
    }

    /** A 1xx from a fork; {@code earlyMedia}: with SDP. */
    record ForkProgress(LegId fork, boolean earlyMedia) implements CallInput {
    }

    /** A 2xx to the INVITE from a fork. */
    record ForkAnswered(LegId fork) implements CallInput {
    }

    /** A final 300-699 from a fork (to its INVITE, or to a re-INVITE once answered). */
    record ForkRejected(LegId fork, int status) implements CallInput {
    }

    /** CANCEL from the caller (RFC 3261 §9.2). */
    record CallerCancelled() implements CallInput {
    }

    /** The ring timer started by {@link CallAction.StartRingTimer} fired. */
    record RingTimeout() implements CallInput {
    }

    /** BYE from either side. */
    record ByeReceived(LegId leg) implements CallInput {
    }

    /** A leg's closing transaction finished: the answer to our BYE, or the final response to our CANCEL's INVITE. */
    record LegClosed(LegId leg) implements CallInput {
    }

    enum Vanish {
        /** Timer B (no answer to our INVITE) or H (no ACK for our 2xx), or a BYE/re-INVITE answered 408/481. */
        TIMEOUT,
        TRANSPORT_FAILURE,
        /** The leg sent no RTP for the configured time while not on hold (its phone is gone). */
        NO_MEDIA
    }

    /** The leg is gone without a word (RFC 3261 §17 timers, §12.2.1.2 408/481, transport failure). */
    record LegVanished(LegId leg, Vanish how) implements CallInput {
    }

    /** {@code by}'s offer holding the other side (RFC 3264 §8.4) was accepted by it. */
    record Hold(LegId by) implements CallInput {
    }

    /** {@code by}'s offer taking the other side off hold was accepted by it. */
    record Resume(LegId by) implements CallInput {
    }

    /**
     * The answered callee {@code by} (an application: an IVR, an operator's script) hands the caller over: ring
     * {@code forks} for at most {@code ringTimeout}; the first to answer takes {@code by}'s place in the bridge.
     */
    record Redirect(LegId by, List<Fork> forks, Duration ringTimeout) implements CallInput {
        public Redirect {
            Objects.requireNonNull(by, "by");
            forks = List.copyOf(forks);
            Objects.requireNonNull(ringTimeout, "ringTimeout");
        }
    }

    /**
     * {@code by} sent a new offer (re-INVITE or UPDATE): relayed to the other leg; if it holds or resumes, the
     * B2BUA reports {@link Hold} or {@link Resume} once the other leg accepted it.
     */
    record Reoffer(LegId by) implements CallInput {
    }
}
