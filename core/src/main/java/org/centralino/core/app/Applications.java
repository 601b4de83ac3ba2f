package org.centralino.core.app;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The applications dialled numbers reach (feature codes such as {@code *43}), registered at start-up by the
 * server. A number here wins over an extension of the same number.
 */
public final class Applications {
    private final Map<String, Application> byNumber = new ConcurrentHashMap<>();

    /** Makes {@code app} answer calls to {@code number}; replaces what was there. */
    public Applications register(String number, Application app) {
        if (number == null || number.isBlank()) {
            throw new IllegalArgumentException("an application needs a number to be dialled at");
        }
        byNumber.put(number, app);
        return this;
    }

    public Optional<Application> find(String number) {
        return number == null ? Optional.empty() : Optional.ofNullable(byNumber.get(number));
    }

    public static Applications none() {
        return new Applications();
    }
}
