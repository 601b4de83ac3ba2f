package org.centralino.core.registrar;

import java.util.List;

/** What processing the contacts of an authenticated REGISTER came to (RFC 3261 §10.3 steps 6–8). */
public sealed interface RegisterOutcome {
    /** 200 OK listing every live binding of the extension. */
    record Registered(List<Binding> bindings) implements RegisterOutcome {
    }

    /** 423 Interval Too Brief: the phone asked for less than the minimum (§10.3 step 7). */
    record IntervalTooBrief(long minExpiresSeconds) implements RegisterOutcome {
    }

    /** A request the registrar refuses with this status and reason (400 bad Contact/Expires, 500 out of order). */
    record Rejected(int status, String reason) implements RegisterOutcome {
    }
}
