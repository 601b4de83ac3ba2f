package org.centralino.sip.dialog;

import java.util.Objects;

/**
 * What the dialog says of a request received within it (RFC 3261 §12.2.2): go on, or answer with
 * {@code status} and {@code reason} and stop.
 */
public sealed interface RequestCheck permits RequestCheck.Accepted, RequestCheck.Rejected {

    record Accepted() implements RequestCheck {
    }

    /**
     * Answer the request with this status: 500 for a CSeq lower than the remote sequence number (out of order,
     * §12.2.2), 481 when the dialog is over or the request is not of this dialog, 400 for unreadable headers.
     */
    record Rejected(int status, String reason, String detail) implements RequestCheck {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
