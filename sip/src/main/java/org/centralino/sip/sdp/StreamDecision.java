package org.centralino.sip.sdp;

import java.util.List;

/** What we do with one m= line of an offer, by its index (RFC 3264 pairs m= lines by position). */
public sealed interface StreamDecision {
    int mediaIndex();

    /** Accepted with these formats: the offerer's payload type numbers, in the offerer's order. */
    record Accept(int mediaIndex, List<PayloadFormat> formats) implements StreamDecision {
        public Accept {
            formats = List.copyOf(formats);
            if (formats.isEmpty()) {
                throw new IllegalArgumentException("an accepted stream needs at least one format");
            }
        }
    }

    /** Rejected (port 0 in the answer, RFC 3264 §6), with the reason for logs. */
    record Reject(int mediaIndex, String reason) implements StreamDecision {
    }
}
