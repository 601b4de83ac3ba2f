package org.centralino.core.phonebook;

/**
 * The fields a person fills in for a contact, as given (the service validates and normalises them with
 * {@link ContactRules}). Any field may be null; a contact needs at least a name or a company.
 */
public record ContactFields(
    String firstName,
    String lastName,
    String company,
    String department,
    String title,
    String workPhone,
    String mobilePhone,
    String homePhone,
    String email,
    String notes) {

    public static final ContactFields EMPTY = new ContactFields(null, null, null, null, null, null, null, null, null,
        null);
}
