package org.centralino.core.directory;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.centralino.core.app.MohClassName;
import org.centralino.core.validation.CommonFields;
import org.centralino.core.validation.Violations;
import org.centralino.sip.auth.DigestAlgorithm;

/**
 * The field rules of an extension. Each check records its reason in {@link Violations} under the API
 * field name and returns the normalised value (or null when the value is bad or absent).
 */
final class ExtensionRules {
    static final Pattern NUMBER = Pattern.compile("[0-9]{2,10}");
    static final int NAME_MAX = 100;
    static final int PASSWORD_MIN = 8;
    static final int PASSWORD_MAX = 128;
    static final List<DigestAlgorithm> DEFAULT_ALGORITHMS = List.of(DigestAlgorithm.MD5);
    static final int RING_TIMEOUT_MIN = Extension.MIN_RING_TIMEOUT_SECONDS;
    static final int RING_TIMEOUT_MAX = Extension.MAX_RING_TIMEOUT_SECONDS;

    private ExtensionRules() {
    }

    static String number(String v, Violations bad) {
        if (v == null) {
            bad.add("number", "is required");
        } else if (!NUMBER.matcher(v).matches()) {
            bad.add("number", "must be 2 to 10 digits (0-9)");
        } else {
            return v;
        }
        return null;
    }

    static String name(String v, Violations bad) {
        if (v == null) {
            bad.add("name", "is required");
            return null;
        }
        return CommonFields.name("name", v, NAME_MAX, bad);
    }

    /** Checks a given SIP password; returns it unchanged when good. */
    static String sipPassword(String v, Violations bad) {
        if (v == null) {
            bad.add("sipPassword", "must not be null");
            return null;
        }
        return CommonFields.password("sipPassword", v, PASSWORD_MIN, PASSWORD_MAX, bad);
    }

    /** Seconds a call rings before the caller gets 480; null is an error here (the use case fills the default). */
    static Integer ringTimeoutSeconds(Integer v, Violations bad) {
        String range = "must be from " + RING_TIMEOUT_MIN + " to " + RING_TIMEOUT_MAX + " seconds";
        if (v == null) {
            bad.add("ringTimeoutSeconds", range + ", not null");
        } else if (v < RING_TIMEOUT_MIN || v > RING_TIMEOUT_MAX) {
            bad.add("ringTimeoutSeconds", range + ", not " + v);
        } else {
            return v;
        }
        return null;
    }

    /**
     * The music-on-hold class callers on hold hear; null means the default class and is always fine. A name that
     * breaks {@link MohClassName}'s rule is refused; an unknown but valid name is not (files can come later).
     */
    static String mohClass(String v, Violations bad) {
        if (v == null || MohClassName.isValid(v)) {
            return v;
        }
        bad.add("mohClass", MohClassName.RULE + ", not " + quote(v));
        return null;
    }

    static List<DigestAlgorithm> digestAlgorithms(List<String> tokens, Violations bad) {
        if (tokens == null) {
            bad.add("digestAlgorithms", "must not be null");
            return null;
        }
        if (tokens.isEmpty()) {
            bad.add("digestAlgorithms", "must list at least one of MD5, SHA-256");
            return null;
        }
        List<DigestAlgorithm> out = new ArrayList<>(tokens.size());
        Set<DigestAlgorithm> seen = EnumSet.noneOf(DigestAlgorithm.class);
        for (String token : tokens) {
            Optional<DigestAlgorithm> a = exactToken(token);
            if (a.isEmpty()) {
                bad.add("digestAlgorithms", "unknown algorithm " + quote(token) + "; allowed: MD5, SHA-256");
                return null;
            }
            if (!seen.add(a.get())) {
                bad.add("digestAlgorithms", "lists " + token + " more than once");
                return null;
            }
            out.add(a.get());
        }
        return out;
    }

    /** Only the exact tokens of the API contract, so what a client sends is what it reads back. */
    private static Optional<DigestAlgorithm> exactToken(String token) {
        for (DigestAlgorithm a : DigestAlgorithm.values()) {
            if (a.token().equals(token)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }

    private static String quote(String token) {
        if (token == null) {
            return "null";
        }
        String shown = token.length() > 20 ? token.substring(0, 20) + "…" : token;
        return "'" + shown + "'";
    }
}
