package org.centralino.server;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.centralino.core.directory.Change;
import org.centralino.core.directory.ExtensionPatch;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.directory.NewExtension;
import org.centralino.core.validation.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The optional YAML file that declares extensions as code (DESIGN.md §2 Persistence). On every start each
 * declared extension is created, or brought in line with the file when it exists; extensions the file does
 * not name are left alone. A bad file stops the start with a message that says where.
 */
final class Declarations {
    private static final Logger LOG = LoggerFactory.getLogger(Declarations.class);
    private static final ObjectMapper YAML = YAMLMapper.builder()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final ExtensionService extensions;

    Declarations(ExtensionService extensions) {
        this.extensions = extensions;
    }

    /** The file's shape. */
    record File(List<DeclaredExtension> extensions) {
    }

    /**
     * One declared extension; the fields are those of the REST API. Optional fields left out
     * ({@code sipPassword}, {@code digestAlgorithms}, {@code enabled}, {@code ringTimeoutSeconds}, {@code mohClass})
     * take their default on create and keep their current value on an existing extension. {@code mohClass: null}
     * cannot be told from leaving it out, so going back to the default class is {@code mohClass: default}.
     */
    @JsonIgnoreProperties(ignoreUnknown = false)
    record DeclaredExtension(String number, String name, String sipPassword, String email, String mobile,
                             List<String> digestAlgorithms, Boolean enabled, Integer ringTimeoutSeconds,
                             String mohClass) {
    }

    void apply(Path path) throws IOException {
        File file;
        try {
            file = YAML.readValue(Files.readString(path), File.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("configuration file " + path + " is not valid: "
                + e.getOriginalMessage(), e);
        }
        if (file == null || file.extensions() == null) {
            return;
        }
        for (DeclaredExtension d : file.extensions()) {
            try {
                declare(d);
            } catch (ValidationException e) {
                throw new IllegalArgumentException("configuration file " + path + ", extension " + d.number() + ": "
                    + e.getMessage(), e);
            }
        }
        LOG.info("applied {} declared extensions from {}", file.extensions().size(), path);
    }

    private void declare(DeclaredExtension d) {
        if (d.number() == null || extensions.find(d.number()).isEmpty()) {
            extensions.create(new NewExtension(d.number(), d.name(), d.email(), d.mobile(), d.sipPassword(),
                d.digestAlgorithms(), d.ringTimeoutSeconds(), d.mohClass()));
            if (Boolean.FALSE.equals(d.enabled())) {
                extensions.patch(d.number(), ExtensionPatch.none().withEnabled(false));
            }
            return;
        }
        ExtensionPatch patch = new ExtensionPatch(Change.to(d.name()), Change.to(d.email()), Change.to(d.mobile()),
            d.sipPassword() != null ? Change.to(d.sipPassword()) : Change.keep(),
            d.digestAlgorithms() != null ? Change.to(d.digestAlgorithms()) : Change.keep(),
            d.enabled() != null ? Change.to(d.enabled()) : Change.keep(),
            d.ringTimeoutSeconds() != null ? Change.to(d.ringTimeoutSeconds()) : Change.keep(),
            d.mohClass() != null ? Change.to(d.mohClass()) : Change.keep());
        extensions.patch(d.number(), patch);
    }
}
