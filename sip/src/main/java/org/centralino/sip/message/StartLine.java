package org.centralino.sip.message;

/** The first line of a message as read by {@link StartLineParser}: errors are values here, not exceptions. */
sealed interface StartLine {
    /** Request-Line (RFC 3261 §7.1). */
    record Request(String method, SipUri requestUri) implements StartLine {
    }

    /** Status-Line (RFC 3261 §7.2); the reason is "" when absent. */
    record Status(int code, String reason) implements StartLine {
    }

    /**
     * A line we could not accept. {@code request} is true when it is recognisably a request (a method token
     * and a space), so the caller can still answer it with {@code status} (400, 416 or 505).
     */
    record Invalid(boolean request, int status, String problem) implements StartLine {
    }
}
