package org.centralino.sip.message;

import java.util.Objects;

/**
 * One header line as it stood in the message: its canonical name (compact forms expanded, RFC 3261 §7.3.3)
 * and its raw value, folding already unfolded. Typed views (Via, CSeq, addresses) are parsed from the value
 * on demand.
 */
public record HeaderField(String name, String value) {
    public HeaderField {
        Objects.requireNonNull(name, "header name");
        Objects.requireNonNull(value, "header value");
    }
}
