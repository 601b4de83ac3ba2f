package org.centralino.sip.dialog;

import java.util.Objects;

/**
 * A dialog's identity (RFC 3261 §12): Call-ID, local tag and remote tag, seen from our side. A peer that sent
 * no From tag (RFC 2543) has the empty remote tag, as §12.2.2 asks ("considered to have a value of null").
 */
public record DialogId(String callId, String localTag, String remoteTag) {
    public DialogId {
        Objects.requireNonNull(callId, "callId");
        Objects.requireNonNull(localTag, "localTag");
        Objects.requireNonNull(remoteTag, "remoteTag");
    }
}
