package org.centralino.core.phonebook;

import java.util.List;

/**
 * What changed in the stored phonebooks after a generation: the contacts written since (whole), the ids deleted
 * since, and the generation they bring a reader up to. {@code full} says the list is every contact (a reader that
 * was too far behind, or new): then the reader drops what it had.
 */
public record ContactChanges(long generation, boolean full, List<Contact> written, List<String> deleted) {
    public ContactChanges {
        written = List.copyOf(written);
        deleted = List.copyOf(deleted);
    }
}
