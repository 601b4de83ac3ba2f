package org.centralino.core.app;

import java.time.Instant;

/** What applications publish on the event bus about a call they handle. */
public sealed interface ApplicationEvent {
    String callId();

    Instant at();

    /** An application read keys from the caller ({@link Channel#readDigits}). */
    record DigitsRead(String callId, String application, String digits, Instant at) implements ApplicationEvent {
    }
}
