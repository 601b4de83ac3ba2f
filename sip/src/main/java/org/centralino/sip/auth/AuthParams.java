package org.centralino.sip.auth;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The lexical layer shared by challenges and credentials (RFC 3261 §25.1, RFC 7616 §3.3/§3.4):
 * {@code scheme LWS auth-param *(COMMA auth-param)}, with {@code auth-param = token EQUAL (token / quoted-string)}.
 *
 * <p>Tolerant where real phones differ from the grammar: any amount of LWS (folding included) around tokens,
 * commas and equal signs; empty list elements ({@code a=1,,b=2}, allowed by the #rule of RFC 3261 §7.3.1);
 * quoted values where the grammar wants a token ({@code qop="auth"}, {@code algorithm="MD5"}); unquoted values
 * with characters outside token ({@code uri=sip:host}). Parameter names are returned lower-cased. Strict where
 * leniency would be ambiguous: unterminated quotes, a name without {@code =value}, duplicate names and control
 * characters are refused.
 */
final class AuthParams {
    /** More parameters than any Digest header has (RFC 7616 defines a dozen); guards against junk. */
    static final int MAX_PARAMS = 32;

    /** A parsed header value: its scheme as written and its parameters keyed by lower-cased name, in order. */
    record Parsed(String scheme, Map<String, String> params) {
    }

    private final String text;
    private int pos;

    private AuthParams(String text) {
        this.text = text;
    }

    /** Parses {@code value}, requiring its scheme to be {@code expectedScheme} (compared case-insensitively). */
    static ParseResult<Parsed> parse(String value, String expectedScheme) {
        if (value == null) {
            return ParseResult.malformed("no header value");
        }
        return new AuthParams(value).parse(expectedScheme);
    }

    private ParseResult<Parsed> parse(String expectedScheme) {
        skipLws();
        String scheme = token();
        if (scheme.isEmpty()) {
            return ParseResult.malformed("expected an auth scheme at offset " + pos);
        }
        if (!scheme.equalsIgnoreCase(expectedScheme)) {
            return ParseResult.malformed("unsupported auth scheme '" + scheme + "', expected " + expectedScheme);
        }
        if (!atEnd() && !isLws(text.charAt(pos))) {
            return ParseResult.malformed("expected white space after the scheme at offset " + pos);
        }
        Map<String, String> params = new LinkedHashMap<>();
        String error = parseParams(params);
        return error == null ? ParseResult.parsed(new Parsed(scheme, params)) : ParseResult.malformed(error);
    }

    /** Fills {@code params}; returns null on success, else the reason. */
    private String parseParams(Map<String, String> params) {
        while (skipSeparators()) {
            if (params.size() == MAX_PARAMS) {
                return "more than " + MAX_PARAMS + " parameters";
            }
            int start = pos;
            String name = token().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                return "expected a parameter name at offset " + start;
            }
            skipLws();
            if (atEnd() || text.charAt(pos) != '=') {
                return "parameter '" + name + "' has no value (offset " + pos + ")";
            }
            pos++;
            skipLws();
            String value = atEnd() ? null : text.charAt(pos) == '"' ? quotedString() : bareValue();
            if (value == null) {
                return "bad value for parameter '" + name + "' at offset " + start;
            }
            if (params.putIfAbsent(name, value) != null) {
                return "duplicate parameter '" + name + "'";
            }
            skipLws();
            if (!atEnd() && text.charAt(pos) != ',') {
                return "expected ',' after parameter '" + name + "' at offset " + pos;
            }
        }
        return null;
    }

    /** Skips LWS and commas; true when a parameter follows. */
    private boolean skipSeparators() {
        while (!atEnd() && (text.charAt(pos) == ',' || isLws(text.charAt(pos)))) {
            pos++;
        }
        return !atEnd();
    }

    /** A quoted-string starting at the opening quote, unescaped (quoted-pair, RFC 3261 §25.1); null if bad. */
    private String quotedString() {
        StringBuilder sb = new StringBuilder(40);
        pos++;
        while (!atEnd()) {
            char c = text.charAt(pos++);
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                if (atEnd() || text.charAt(pos) == '\r' || text.charAt(pos) == '\n') {
                    return null;
                }
                c = text.charAt(pos++);
            } else if (c < 0x20 && c != '\t' || c == 0x7f) {
                return null;
            }
            sb.append(c);
        }
        return null; // unterminated
    }

    /** An unquoted value: everything up to a comma or LWS; null if empty or holding a quote or control. */
    private String bareValue() {
        int start = pos;
        while (!atEnd() && text.charAt(pos) != ',' && !isLws(text.charAt(pos))) {
            char c = text.charAt(pos);
            if (c == '"' || c < 0x20 || c == 0x7f) {
                return null;
            }
            pos++;
        }
        return pos > start ? text.substring(start, pos) : null;
    }

    private String token() {
        int start = pos;
        while (!atEnd() && isTokenChar(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private void skipLws() {
        while (!atEnd() && isLws(text.charAt(pos))) {
            pos++;
        }
    }

    private boolean atEnd() {
        return pos >= text.length();
    }

    private static boolean isLws(char c) {
        return c == ' ' || c == '\t' || c == '\r' || c == '\n';
    }

    /** token characters of RFC 3261 §25.1. */
    static boolean isTokenChar(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
            || "-.!%*_+`'~".indexOf(c) >= 0;
    }

    /** {@code value} as a quoted-string, escaping '"' and '\' (RFC 3261 §25.1 quoted-pair). */
    static String quote(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
