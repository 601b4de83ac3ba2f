package org.centralino.core.directory;

import java.util.List;

/**
 * What a client asks for when it creates an extension, unvalidated. Null means "not given":
 * {@code sipPassword} is then generated, {@code digestAlgorithms} defaults to MD5, email and mobile
 * stay empty, {@code ringTimeoutSeconds} is {@value Extension#DEFAULT_RING_TIMEOUT_SECONDS}, {@code mohClass}
 * stays unset (callers on hold hear the default music-on-hold class). Algorithms are
 * tokens ("MD5", "SHA-256") so that the use case can name a bad one.
 */
public record NewExtension(
    String number,
    String name,
    String email,
    String mobile,
    String sipPassword,
    List<String> digestAlgorithms,
    Integer ringTimeoutSeconds,
    String mohClass) {
}
