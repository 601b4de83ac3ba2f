package org.centralino.core.call;

import org.centralino.core.cdr.HangupSide;
import org.centralino.core.cdr.Disposition;

import java.util.Objects;

/**
 * How a call ended. {@code callerStatus} is the final SIP status the caller got for its INVITE: 200 once
 * answered, otherwise the error the B2BUA sends (404, 480, 486, 487), or 0 when the caller's leg vanished
 * and no answer can reach it. {@code hungUpBy} is the side that ended the call; for {@link EndCause#LEG_VANISHED}
 * it is the side whose leg vanished.
 */
public record Outcome(Disposition disposition, int callerStatus, EndCause cause, HangupSide hungUpBy) {
    public Outcome {
        Objects.requireNonNull(disposition, "disposition");
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(hungUpBy, "hungUpBy");
    }

    static Outcome answered(EndCause cause, HangupSide by) {
        return new Outcome(Disposition.ANSWERED, CallStatus.OK, cause, by);
    }
}
