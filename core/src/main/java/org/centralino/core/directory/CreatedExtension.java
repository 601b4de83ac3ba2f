package org.centralino.core.directory;

import java.util.Optional;

/**
 * The result of creating an extension. {@code generatedSipPassword} is present only when the server
 * made the password up; it exists nowhere else (only HA1 values are stored), so this is the one chance
 * to show it.
 */
public record CreatedExtension(Extension extension, Optional<String> generatedSipPassword) {
}
