package org.centralino.web;

import java.util.List;
import org.centralino.core.directory.Extension;
import org.centralino.sip.auth.DigestAlgorithm;

/** An extension as the API shows it: never the HA1 values, never a password. */
record ExtensionJson(
    String number,
    String name,
    String email,
    String mobile,
    List<String> digestAlgorithms,
    boolean enabled,
    String createdAt,
    String updatedAt) {

    static ExtensionJson of(Extension e) {
        return new ExtensionJson(e.number(), e.name(), e.email(), e.mobile(),
            e.digestAlgorithms().stream().map(DigestAlgorithm::token).toList(), e.enabled(),
            e.createdAt().toString(), e.updatedAt().toString());
    }
}
