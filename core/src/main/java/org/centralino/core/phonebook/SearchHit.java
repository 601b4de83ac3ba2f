package org.centralino.core.phonebook;

import java.util.List;
import java.util.Objects;

/**
 * One result of a phonebook search.
 *
 * @param id       the contact's id; null for an extension
 * @param number   the extension's number; null for a contact
 * @param email    the e-mail address, or null
 * @param mobile   the mobile number (also among {@code numbers}), or null
 * @param presence the extension's state when the viewer may see it; else null
 */
public record SearchHit(Source source, String id, String number, String name, String company,
                        List<ContactNumber> numbers, String email, String mobile, String presence) {
    public SearchHit {
        Objects.requireNonNull(source, "source");
        numbers = List.copyOf(numbers);
    }
}
