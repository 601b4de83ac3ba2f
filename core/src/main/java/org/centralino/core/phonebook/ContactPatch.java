package org.centralino.core.phonebook;

import org.centralino.core.directory.Change;

/**
 * A partial update of a contact: absent fields stay, {@code null} clears an optional field. {@code visibility}
 * applies to personal contacts only.
 */
public record ContactPatch(
    Change<String> visibility,
    Change<String> firstName,
    Change<String> lastName,
    Change<String> company,
    Change<String> department,
    Change<String> title,
    Change<String> workPhone,
    Change<String> mobilePhone,
    Change<String> homePhone,
    Change<String> email,
    Change<String> notes) {

    /** {@code current} with the changed fields replaced (unchecked: the service checks the result). */
    ContactFields applyTo(ContactFields c) {
        return new ContactFields(firstName.orElse(c.firstName()), lastName.orElse(c.lastName()),
            company.orElse(c.company()), department.orElse(c.department()), title.orElse(c.title()),
            workPhone.orElse(c.workPhone()), mobilePhone.orElse(c.mobilePhone()), homePhone.orElse(c.homePhone()),
            email.orElse(c.email()), notes.orElse(c.notes()));
    }
}
