package org.centralino.core.directory;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.centralino.core.app.MohClassName;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * An extension of the PBX: a number phones register as, with its owner's data and SIP credentials.
 * The clear SIP password is never kept: {@code ha1} holds H(number:realm:password) for each algorithm the
 * extension may be challenged with, keyed by algorithm. {@code digestAlgorithms} is the order in which
 * challenges are offered (RFC 8760 §2.4: the preferred first). {@code ringTimeoutSeconds}: how long a call to
 * this extension rings before the caller gets 480 (the use case keeps it within {@value #MIN_RING_TIMEOUT_SECONDS}
 * to {@value #MAX_RING_TIMEOUT_SECONDS}; this record only insists that it is positive). {@code mohClass}: the
 * music-on-hold class callers hear when this extension puts them on hold; null for the default class (the use
 * case keeps it to {@link MohClassName}'s rule; a class that has no files at call time plays the default).
 * {@code version} starts at 1 and the store adds 1 on every update: it is the API's ETag, and the store writes
 * an update only while the stored version is still the one the update was made from (compare-and-set).
 */
public record Extension(
    String number,
    String name,
    String email,
    String mobile,
    List<DigestAlgorithm> digestAlgorithms,
    Map<DigestAlgorithm, String> ha1,
    boolean enabled,
    int ringTimeoutSeconds,
    String mohClass,
    Instant createdAt,
    Instant updatedAt,
    long version) {

    /** The ring timeout of an extension that was not given one (and of rows written before schema V6). */
    public static final int DEFAULT_RING_TIMEOUT_SECONDS = 30;
    /** Shorter than this and a phone in a pocket cannot be answered in time. */
    public static final int MIN_RING_TIMEOUT_SECONDS = 5;
    /** Ten minutes: longer is a forgotten call holding a line, not a ring timeout. */
    public static final int MAX_RING_TIMEOUT_SECONDS = 600;

    public Extension {
        Objects.requireNonNull(number, "number");
        if (ringTimeoutSeconds <= 0) {
            throw new IllegalArgumentException("extension " + number + ": ringTimeoutSeconds must be positive, was "
                + ringTimeoutSeconds);
        }
        if (version < 1) {
            throw new IllegalArgumentException("extension " + number + ": version must be at least 1, was " + version);
        }
        digestAlgorithms = List.copyOf(digestAlgorithms);
        ha1 = Map.copyOf(ha1);
    }

    /** How long a call to this extension rings before nobody-answered ends it (for the B2BUA's ring timer). */
    public Duration ringTimeout() {
        return Duration.ofSeconds(ringTimeoutSeconds);
    }

    /** The same extension at another version (the store sets the version it wrote). */
    public Extension withVersion(long v) {
        return new Extension(number, name, email, mobile, digestAlgorithms, ha1, enabled, ringTimeoutSeconds, mohClass,
            createdAt, updatedAt, v);
    }

    /** Leaves the HA1 values out: they are password equivalents and must not reach a log. */
    @Override
    public String toString() {
        return "Extension[number=" + number + ", name=" + name + ", email=" + email + ", mobile=" + mobile
            + ", digestAlgorithms=" + digestAlgorithms + ", ha1=<" + ha1.size() + " hidden>, enabled=" + enabled
            + ", ringTimeoutSeconds=" + ringTimeoutSeconds + ", mohClass=" + mohClass + ", createdAt=" + createdAt
            + ", updatedAt=" + updatedAt + ", version=" + version + "]";
    }
}
