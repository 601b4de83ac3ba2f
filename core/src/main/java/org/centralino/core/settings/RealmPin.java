package org.centralino.core.settings;

/**
 * The SIP digest realm is pinned in the database on first start: every stored HA1 is H(user:realm:password),
 * so starting later with another realm would make every phone's password wrong with nothing to say why.
 */
public final class RealmPin {
    static final String SETTING = "sip.realm";

    private RealmPin() {
    }

    /** Pins {@code configured} on first start; afterwards refuses a realm other than the pinned one. */
    public static void check(SettingsStore settings, String configured) {
        String pinned = settings.putIfAbsent(SETTING, configured);
        if (!pinned.equals(configured)) {
            throw new IllegalStateException("the SIP realm of this database is '" + pinned + "' but '" + configured
                + "' was configured; the stored SIP credentials only work with '" + pinned + "': start with --realm "
                + pinned + " (or CENTRALINO_REALM=" + pinned + ")");
        }
    }
}
