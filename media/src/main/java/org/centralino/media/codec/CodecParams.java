package org.centralino.media.codec;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A peer's format parameters ({@code a=fmtp}, RFC 8866 §6.15) as key=value pairs separated by ';', keys
 * lower-cased: e.g. Opus {@code useinbandfec=1; usedtx=1; maxplaybackrate=16000} (RFC 7587 §6.1). Entries
 * without '=' are kept with an empty value.
 */
public record CodecParams(Map<String, String> values) {
    public static final CodecParams NONE = new CodecParams(Map.of());

    public CodecParams {
        values = Map.copyOf(values);
    }

    /** Parses an fmtp value; null or blank gives {@link #NONE}. */
    public static CodecParams parse(String fmtp) {
        if (fmtp == null || fmtp.isBlank()) {
            return NONE;
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (String part : fmtp.split(";")) {
            String p = part.trim();
            if (p.isEmpty()) {
                continue;
            }
            int eq = p.indexOf('=');
            String key = (eq < 0 ? p : p.substring(0, eq)).trim().toLowerCase(Locale.ROOT);
            map.putIfAbsent(key, eq < 0 ? "" : p.substring(eq + 1).trim());
        }
        return new CodecParams(map);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key.toLowerCase(Locale.ROOT)));
    }

    /** A flag such as {@code useinbandfec}: "1" is true, anything else (or absent) is {@code absent}'s value. */
    public boolean flag(String key, boolean absent) {
        return get(key).map("1"::equals).orElse(absent);
    }

    /** An integer parameter, or {@code absent} when missing or not a number. */
    public int integer(String key, int absent) {
        try {
            return get(key).map(String::trim).map(Integer::parseInt).orElse(absent);
        } catch (NumberFormatException e) {
            return absent;
        }
    }
}
