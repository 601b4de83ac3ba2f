package org.centralino.sip.dialog;

import java.util.Objects;

/** The phase of a dialog (RFC 3261 §12): early after a 1xx with a To tag, confirmed after a 2xx, then gone. */
public sealed interface DialogState permits DialogState.Early, DialogState.Confirmed, DialogState.Terminated {

    record Early() implements DialogState {
    }

    record Confirmed() implements DialogState {
    }

    /** {@code reason} says what ended the dialog: a BYE, a failed INVITE, a 481, a timeout. */
    record Terminated(String reason) implements DialogState {
        public Terminated {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
