package org.centralino.core.account;

import java.time.Instant;
import java.util.Objects;

/**
 * A person who logs in to the web UI and API (not a SIP identity). A user may own one extension; a user
 * without one (a phonebook manager, an administrator) is normal.
 *
 * @param language     {@code it} or {@code en}: the UI's language and the language of mails sent to the user
 * @param timeZone     an IANA zone id, for showing times
 * @param dateFormat   a date pattern such as {@code dd/MM/yyyy}
 * @param extension    the number of the extension the user owns, or null
 * @param passwordHash an Argon2id PHC string from {@link PasswordHasher}; never the password
 * @param enabled      a disabled user cannot log in and its sessions and tokens stop working
 * @param version      starts at 1 and grows by one on every update: the ETag, and the compare-and-set key
 */
public record UserAccount(
    String username,
    String displayName,
    String email,
    String mobile,
    String language,
    String timeZone,
    String dateFormat,
    String extension,
    Role role,
    String passwordHash,
    boolean enabled,
    Instant createdAt,
    Instant updatedAt,
    long version) {

    public static final String DEFAULT_LANGUAGE = "it";
    public static final String DEFAULT_TIME_ZONE = "Europe/Rome";
    public static final String DEFAULT_DATE_FORMAT = "dd/MM/yyyy";

    public UserAccount {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(timeZone, "timeZone");
        Objects.requireNonNull(dateFormat, "dateFormat");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (version < 1) {
            throw new IllegalArgumentException("user " + username + ": version must be at least 1, was " + version);
        }
    }

    /** A new enabled user with the defaults (display name = username, Italian, Rome, no extension), version 1. */
    public static UserAccount of(String username, Role role, String passwordHash, Instant createdAt) {
        return new UserAccount(username, username, null, null, DEFAULT_LANGUAGE, DEFAULT_TIME_ZONE,
            DEFAULT_DATE_FORMAT, null, role, passwordHash, true, createdAt, createdAt, 1);
    }

    /** This user owning {@code number} (or none when null). */
    public UserAccount withExtension(String number) {
        return new UserAccount(username, displayName, email, mobile, language, timeZone, dateFormat, number, role,
            passwordHash, enabled, createdAt, updatedAt, version);
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    /** Whether this user owns extension {@code number}. */
    public boolean owns(String number) {
        return extension != null && extension.equals(number);
    }

    /** Leaves the hash out, so an account logged by mistake does not leak it. */
    @Override
    public String toString() {
        return "UserAccount[username=" + username + ", role=" + role + ", extension=" + extension + ", enabled="
            + enabled + ", version=" + version + "]";
    }
}
