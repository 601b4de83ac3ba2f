package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;

import java.time.Instant;

/**
 * What a call publishes on the event bus, one per transition (DESIGN.md §2 "State machines"): BLF, the
 * console, the CTI stream and the call records subscribe. {@code at} comes from the injected clock.
 */
public sealed interface CallEvent {
    CallId call();

    Instant at();

    /** A caller's INVITE became a call. */
    record Created(CallId call, LegId caller, String from, String to, Instant at) implements CallEvent {
    }

    /** The first fork rang (or gave early media): the caller now hears ringing. Published once per call. */
    record Ringing(CallId call, LegId caller, LegId fork, boolean earlyMedia, Instant at) implements CallEvent {
    }

    record Answered(CallId call, LegId caller, LegId callee, Instant at) implements CallEvent {
    }

    /** {@code by} put {@code other} on hold. */
    record Held(CallId call, LegId by, LegId other, Instant at) implements CallEvent {
    }

    record Resumed(CallId call, LegId by, LegId other, Instant at) implements CallEvent {
    }

    /** Published once, when the outcome is decided; {@code callee} is the fork that answered, or null. */
    record Ended(CallId call, LegId caller, LegId callee, Outcome outcome, Instant at) implements CallEvent {
    }

    /** Any leg changed state (for BLF and the console, which show each ringing device). */
    record LegChanged(CallId call, LegId leg, LegSide side, LegState state, Instant at) implements CallEvent {
    }
}
