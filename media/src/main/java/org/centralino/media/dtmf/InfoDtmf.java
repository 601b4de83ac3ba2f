package org.centralino.media.dtmf;

import java.util.Locale;
import java.util.Optional;

/**
 * DTMF in SIP INFO bodies, text only (this module knows no SIP): {@code application/dtmf-relay}, the de-facto
 * format from Cisco that most phones send:
 * <pre>
 * Signal=5
 * Duration=160
 * </pre>
 * and {@code application/dtmf}, a body holding just the key ({@code 5}). Parsing is tolerant of what phones
 * really send: any case in names and values, spaces around '=' and the value ({@code Signal= #}), LF or CRLF,
 * a missing Duration (then {@value #DEFAULT_DURATION_MILLIS} ms), flash written {@code !}, {@code hookflash},
 * {@code flash} or the event code {@code 16}, and keys as their RFC 4733 codes 10-15 ({@code Signal=11} for
 * '#', seen on some gateways). A body that is none of these gives an {@link Invalid} with the reason.
 */
public final class InfoDtmf {
    public static final String RELAY_TYPE = "application/dtmf-relay";
    public static final String DTMF_TYPE = "application/dtmf";
    /** Duration assumed when a body gives none: the length phones use for a short press. */
    public static final int DEFAULT_DURATION_MILLIS = 100;
    /** Longest duration accepted (a key held a minute is a stuck phone or garbage). */
    public static final int MAX_DURATION_MILLIS = 60_000;

    private InfoDtmf() {
    }

    /** The outcome of parsing a body: a key press, or why the body is not one. */
    public sealed interface Result permits Parsed, Invalid {
    }

    /** A key press from an INFO body. */
    public record Parsed(DtmfEvent event) implements Result {
    }

    /** A body that holds no key press, and why. */
    public record Invalid(String reason) implements Result {
    }

    /** Parses a body of either content type (parameters after ';' and case ignored). */
    public static Result parse(String contentType, String body) {
        String type = contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (type) {
            case RELAY_TYPE -> parseRelay(body);
            case DTMF_TYPE -> parseDtmf(body);
            default -> new Invalid("content type '" + contentType + "' is not " + RELAY_TYPE + " or " + DTMF_TYPE);
        };
    }

    /** Parses an {@code application/dtmf-relay} body. */
    public static Result parseRelay(String body) {
        if (body == null || body.isBlank()) {
            return new Invalid("empty dtmf-relay body");
        }
        String signal = null;
        String duration = null;
        for (String line : body.split("\r?\n|\r")) {
            int eq = line.indexOf('=');
            if (eq < 0) {
                continue;
            }
            String name = line.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(eq + 1).trim();
            if (name.equals("signal") && signal == null) {
                signal = value;
            } else if (name.equals("duration") && duration == null) {
                duration = value;
            }
        }
        if (signal == null) {
            return new Invalid("dtmf-relay body without a Signal= line");
        }
        int key = key(signal);
        if (key < 0) {
            return new Invalid("dtmf-relay Signal '" + signal + "' is not a DTMF key");
        }
        if (duration == null || duration.isEmpty()) {
            return new Parsed(new DtmfEvent((char) key, DEFAULT_DURATION_MILLIS, DtmfSource.INFO));
        }
        String given = duration;
        return durationOf(given)
            .<Result>map(ms -> new Parsed(new DtmfEvent((char) key, ms, DtmfSource.INFO)))
            .orElseGet(() -> new Invalid("dtmf-relay Duration '" + given + "' is not a number of ms within 0-"
                + MAX_DURATION_MILLIS));
    }

    /** Parses an {@code application/dtmf} body: the key alone. */
    public static Result parseDtmf(String body) {
        String value = body == null ? "" : body.trim();
        int key = key(value);
        return key < 0 ? new Invalid("application/dtmf body '" + value + "' is not a DTMF key")
            : new Parsed(new DtmfEvent((char) key, DEFAULT_DURATION_MILLIS, DtmfSource.INFO));
    }

    /** An {@code application/dtmf-relay} body for a key press (CRLF lines, as the format's senders write). */
    public static String formatRelay(DtmfEvent event) {
        return "Signal=" + event.key() + "\r\nDuration=" + event.durationMillis() + "\r\n";
    }

    /** An {@code application/dtmf} body for a key press. */
    public static String formatDtmf(DtmfEvent event) {
        return String.valueOf(event.key());
    }

    /** The key a Signal value names, or -1. */
    private static int key(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.equals("hookflash") || v.equals("flash")) {
            return DtmfKeys.FLASH;
        }
        if (v.length() == 1) {
            return DtmfKeys.eventOf(v.charAt(0)) < 0 ? -1 : Character.toUpperCase(v.charAt(0));
        }
        if (v.length() == 2 && v.charAt(0) == '1' && v.charAt(1) >= '0' && v.charAt(1) <= '6') {
            return DtmfKeys.keyOf(10 + v.charAt(1) - '0');
        }
        return -1;
    }

    private static Optional<Integer> durationOf(String value) {
        try {
            int ms = Integer.parseInt(value.trim());
            return ms < 0 || ms > MAX_DURATION_MILLIS ? Optional.empty() : Optional.of(ms);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
