package org.centralino.sip.dialog;

import java.util.Objects;

/**
 * The outcome of creating a dialog from the peer's messages: the dialog, or why those messages cannot make one
 * and which status a UAS should answer (400 for a request without a usable Contact, for example).
 */
public sealed interface DialogCreation permits DialogCreation.Created, DialogCreation.Refused {

    record Created(Dialog dialog) implements DialogCreation {
        public Created {
            Objects.requireNonNull(dialog, "dialog");
        }
    }

    record Refused(int status, String reason) implements DialogCreation {
        public Refused {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
