package org.centralino.core.phonebook;

import java.util.Objects;

/**
 * Who a number belongs to, for naming a caller.
 *
 * @param id the contact's id, or the extension's number for {@link Source#INTERNAL}
 */
public record CallerName(String name, String company, Source source, String id) {
    public CallerName {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
    }
}
