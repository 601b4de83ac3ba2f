package org.centralino.core.call;

/** Why one leg ended. */
public enum EndReason {
    HANGUP_REMOTE, HANGUP_LOCAL, CANCELLED, REJECTED, TIMEOUT, TRANSPORT_FAILURE
}
