package org.centralino.core.directory;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * An extension of the PBX: a number phones register as, with its owner's data and SIP credentials.
 * The clear SIP password is never kept: {@code ha1} holds H(number:realm:password) for each algorithm the
 * extension may be challenged with, keyed by algorithm. {@code digestAlgorithms} is the order in which
 * challenges are offered (RFC 8760 §2.4: the preferred first).
 */
public record Extension(
    String number,
    String name,
    String email,
    String mobile,
    List<DigestAlgorithm> digestAlgorithms,
    Map<DigestAlgorithm, String> ha1,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt) {

    public Extension {
        Objects.requireNonNull(number, "number");
        digestAlgorithms = List.copyOf(digestAlgorithms);
        ha1 = Map.copyOf(ha1);
    }

    /** Leaves the HA1 values out: they are password equivalents and must not reach a log. */
    @Override
    public String toString() {
        return "Extension[number=" + number + ", name=" + name + ", email=" + email + ", mobile=" + mobile
            + ", digestAlgorithms=" + digestAlgorithms + ", ha1=<" + ha1.size() + " hidden>, enabled=" + enabled
            + ", createdAt=" + createdAt + ", updatedAt=" + updatedAt + "]";
    }
}
