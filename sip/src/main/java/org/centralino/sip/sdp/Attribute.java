package org.centralino.sip.sdp;

import java.util.Objects;

/**
 * One {@code a=} line (RFC 8866 §5.13): a property attribute ({@code a=sendrecv}, value null) or a value
 * attribute ({@code a=rtpmap:0 PCMU/8000}). Kept verbatim, so attributes we do not understand pass through a
 * rewrite unchanged and in their original order.
 */
public record Attribute(String name, String value) {
    public Attribute {
        Objects.requireNonNull(name, "name");
        if (!SdpText.isToken(name)) {
            throw new IllegalArgumentException("attribute name must be an RFC 8866 token: " + name);
        }
        SdpText.requireLineSafe(value, "attribute value");
    }

    public static Attribute property(String name) {
        return new Attribute(name, null);
    }

    public static Attribute of(String name, String value) {
        return new Attribute(name, Objects.requireNonNull(value, "value"));
    }

    public boolean isProperty() {
        return value == null;
    }

    /** Attribute names are compared ignoring case: phones are not consistent about it. */
    public boolean is(String attributeName) {
        return name.equalsIgnoreCase(attributeName);
    }

    /** The text after {@code a=}. */
    public String encode() {
        return value == null ? name : name + ":" + value;
    }
}
