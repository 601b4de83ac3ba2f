package org.centralino.core.registrar;

import java.time.Duration;

/**
 * Registration intervals (RFC 3261 §10.2.1.1, §10.3 step 7): what a phone gets when it asks for nothing, the
 * shortest we accept (shorter gets 423 Interval Too Brief) and the longest we grant, plus how many devices one
 * extension may register at once.
 */
public record RegistrarLimits(Duration defaultExpires, Duration minExpires, Duration maxExpires,
                              int maxContactsPerExtension) {
    public static final RegistrarLimits DEFAULT = new RegistrarLimits(Duration.ofSeconds(3600),
        Duration.ofSeconds(60), Duration.ofSeconds(7200), 10);
}
