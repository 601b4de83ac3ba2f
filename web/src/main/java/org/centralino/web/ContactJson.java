package org.centralino.web;

import org.centralino.core.phonebook.Contact;
import org.centralino.core.phonebook.ContactFields;

/** A contact of either phonebook as the API shows it; {@code version} is also the ETag. */
record ContactJson(
    String id,
    String owner,
    String visibility,
    String firstName,
    String lastName,
    String company,
    String department,
    String title,
    String workPhone,
    String mobilePhone,
    String homePhone,
    String email,
    String notes,
    long version,
    String createdAt,
    String updatedAt) {

    static ContactJson of(Contact c) {
        ContactFields f = c.fields();
        return new ContactJson(c.id(), c.owner(), c.visibility().wire(), f.firstName(), f.lastName(), f.company(),
            f.department(), f.title(), f.workPhone(), f.mobilePhone(), f.homePhone(), f.email(), f.notes(),
            c.version(), c.createdAt().toString(), c.updatedAt().toString());
    }
}
