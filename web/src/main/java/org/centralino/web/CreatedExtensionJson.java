package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.centralino.core.directory.CreatedExtension;

/**
 * The answer to a create: the extension, plus {@code sipPassword} only when the server generated it.
 * This is the only time it is shown; the server keeps just the HA1 values.
 */
record CreatedExtensionJson(
    String number,
    String name,
    String email,
    String mobile,
    List<String> digestAlgorithms,
    boolean enabled,
    String createdAt,
    String updatedAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sipPassword) {

    static CreatedExtensionJson of(CreatedExtension c) {
        ExtensionJson e = ExtensionJson.of(c.extension());
        return new CreatedExtensionJson(e.number(), e.name(), e.email(), e.mobile(), e.digestAlgorithms(),
            e.enabled(), e.createdAt(), e.updatedAt(), c.generatedSipPassword().orElse(null));
    }
}
