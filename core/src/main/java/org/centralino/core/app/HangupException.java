package org.centralino.core.app;

/** The caller hung up (or the call ended otherwise) while an application was using the channel. */
public final class HangupException extends RuntimeException {
    public HangupException(String message) {
        super(message, null, false, false);
    }
}
