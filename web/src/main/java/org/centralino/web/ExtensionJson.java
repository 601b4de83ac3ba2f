package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.centralino.core.directory.CreatedExtension;
import org.centralino.core.directory.Extension;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * An extension as the API shows it: never the HA1 values. {@code sipPassword} appears once, in the answer to
 * a create, and only when the server generated the password; the server keeps just the HA1 values. {@code version}
 * is also the ETag, for clients that cannot read response headers.
 */
record ExtensionJson(
    String number,
    String name,
    String email,
    String mobile,
    List<String> digestAlgorithms,
    boolean enabled,
    int ringTimeoutSeconds,
    String mohClass,
    String createdAt,
    String updatedAt,
    long version,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sipPassword) {

    static ExtensionJson of(Extension e) {
        return of(e, null);
    }

    static ExtensionJson created(CreatedExtension c) {
        return of(c.extension(), c.generatedSipPassword().orElse(null));
    }

    private static ExtensionJson of(Extension e, String generatedPassword) {
        return new ExtensionJson(e.number(), e.name(), e.email(), e.mobile(),
            e.digestAlgorithms().stream().map(DigestAlgorithm::token).toList(), e.enabled(), e.ringTimeoutSeconds(),
            e.mohClass(), e.createdAt().toString(), e.updatedAt().toString(), e.version(), generatedPassword);
    }
}
