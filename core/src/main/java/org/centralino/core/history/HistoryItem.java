package org.centralino.core.history;

import java.time.Instant;
import org.centralino.core.cdr.CallDirection;
import org.centralino.core.cdr.Disposition;

/**
 * One call in an extension's history, from the extension's side.
 *
 * @param direction   {@link CallDirection#IN} or {@link CallDirection#OUT}
 * @param missed      an incoming call the extension did not answer
 * @param otherName   the other party's name as the viewer knows it, or the caller's own name, or null
 * @param answered    whether the extension talked: it answered an incoming call, or its outgoing call was answered
 * @param talkSeconds whole seconds from answer to end, 0 when unanswered
 */
public record HistoryItem(String id, CallDirection direction, boolean missed, String otherNumber, String otherName,
                          Instant startedAt, boolean answered, Instant answeredAt, long durationSeconds,
                          long talkSeconds, Disposition disposition) {
}
