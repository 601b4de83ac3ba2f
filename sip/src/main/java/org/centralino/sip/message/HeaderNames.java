package org.centralino.sip.message;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Canonical header names and the compact forms of RFC 3261 §7.3.3 (plus RFC 3515, 3841, 3903, 4028). */
public final class HeaderNames {
    public static final String VIA = "Via";
    public static final String FROM = "From";
    public static final String TO = "To";
    public static final String CALL_ID = "Call-ID";
    public static final String CSEQ = "CSeq";
    public static final String CONTACT = "Contact";
    public static final String MAX_FORWARDS = "Max-Forwards";
    public static final String CONTENT_LENGTH = "Content-Length";
    public static final String CONTENT_TYPE = "Content-Type";
    public static final String EXPIRES = "Expires";
    public static final String MIN_EXPIRES = "Min-Expires";
    public static final String ROUTE = "Route";
    public static final String RECORD_ROUTE = "Record-Route";
    public static final String AUTHORIZATION = "Authorization";
    public static final String PROXY_AUTHORIZATION = "Proxy-Authorization";
    public static final String WWW_AUTHENTICATE = "WWW-Authenticate";
    public static final String PROXY_AUTHENTICATE = "Proxy-Authenticate";
    public static final String ALLOW = "Allow";
    public static final String SUPPORTED = "Supported";
    public static final String REQUIRE = "Require";
    public static final String UNSUPPORTED = "Unsupported";
    public static final String USER_AGENT = "User-Agent";
    public static final String SERVER = "Server";
    public static final String DATE = "Date";
    public static final String ACCEPT = "Accept";

    /** Open-addressing table of lower-case spellings (full and compact) to canonical names; see {@link #slot}. */
    private static final int TABLE_SIZE = 512;
    private static final byte[][] KEYS = new byte[TABLE_SIZE][];
    private static final String[] NAMES = new String[TABLE_SIZE];
    private static final byte[] LOWER = new byte[256];

    static {
        for (int i = 0; i < 256; i++) {
            LOWER[i] = (byte) (i >= 'A' && i <= 'Z' ? i + 32 : i);
        }
        String[] known = {VIA, FROM, TO, CALL_ID, CSEQ, CONTACT, MAX_FORWARDS, CONTENT_LENGTH, CONTENT_TYPE,
            EXPIRES, MIN_EXPIRES, ROUTE, RECORD_ROUTE, AUTHORIZATION, PROXY_AUTHORIZATION, WWW_AUTHENTICATE,
            PROXY_AUTHENTICATE, ALLOW, SUPPORTED, REQUIRE, UNSUPPORTED, USER_AGENT, SERVER, DATE, ACCEPT,
            "Content-Encoding", "Subject", "Event", "Refer-To", "Referred-By", "Allow-Events", "Session-Expires",
            "Accept-Contact", "Reject-Contact", "Request-Disposition", "Identity", "Identity-Info",
            "Content-Disposition", "Content-Language", "Accept-Encoding", "Accept-Language", "Alert-Info",
            "Call-Info", "Error-Info", "In-Reply-To", "MIME-Version", "Min-SE", "Organization", "Priority",
            "Proxy-Require", "Reply-To", "Retry-After", "Subscription-State", "Timestamp", "Warning",
            "P-Asserted-Identity", "P-Preferred-Identity", "Privacy", "Path", "RSeq", "RAck", "Replaces",
            "Authentication-Info", "Reason", "Diversion", "History-Info", "SIP-ETag", "SIP-If-Match"};
        for (String k : known) {
            put(k.toLowerCase(Locale.ROOT), k);
        }
        // RFC 3261 §7.3.3 compact forms, and those of later RFCs
        put("v", VIA);
        put("f", FROM);
        put("t", TO);
        put("i", CALL_ID);
        put("m", CONTACT);
        put("l", CONTENT_LENGTH);
        put("c", CONTENT_TYPE);
        put("e", "Content-Encoding");
        put("s", "Subject");
        put("k", SUPPORTED);
        put("o", "Event");
        put("r", "Refer-To");
        put("b", "Referred-By");
        put("u", "Allow-Events");
        put("x", "Session-Expires");
        put("a", "Accept-Contact");
        put("j", "Reject-Contact");
        put("d", "Request-Disposition");
        put("y", "Identity");
        put("n", "Identity-Info");
    }

    private HeaderNames() {
    }

    private static void put(String lowerKey, String canonical) {
        int h = slot(hashOf(lowerKey));
        while (KEYS[h] != null) {
            h = (h + 1) & (TABLE_SIZE - 1);
        }
        KEYS[h] = lowerKey.getBytes(StandardCharsets.US_ASCII);
        NAMES[h] = canonical;
    }

    private static int slot(int hash) {
        return (hash ^ (hash >>> 9)) & (TABLE_SIZE - 1);
    }

    /** Case-insensitive hash over ASCII: {@code | 0x20} folds letters; collisions are resolved by comparing. */
    private static int hashOf(CharSequence s) {
        int h = s.length();
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + (s.charAt(i) | 0x20);
        }
        return h;
    }

    /**
     * The canonical spelling of a header name: compact forms expanded, known names in their RFC case. Known
     * names come back as the shared constant, so callers may compare them with {@code ==}.
     */
    public static String canonical(String name) {
        int h = slot(hashOf(name));
        for (byte[] key = KEYS[h]; key != null; key = KEYS[h]) {
            if (equalsLower(key, name)) {
                return NAMES[h];
            }
            h = (h + 1) & (TABLE_SIZE - 1);
        }
        return name;
    }

    /**
     * The canonical name of the header name in {@code data[offset, offset + length)}, without allocating for
     * known names (the parser's fast path). Unknown names are returned as written.
     */
    public static String canonical(byte[] data, int offset, int length) {
        int hash = length;
        for (int i = offset, end = offset + length; i < end; i++) {
            hash = 31 * hash + ((data[i] & 0xFF) | 0x20);
        }
        int h = slot(hash);
        for (byte[] key = KEYS[h]; key != null; key = KEYS[h]) {
            if (equalsLower(key, data, offset, length)) {
                return NAMES[h];
            }
            h = (h + 1) & (TABLE_SIZE - 1);
        }
        return new String(data, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static boolean equalsLower(byte[] key, byte[] data, int offset, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (LOWER[data[offset + i] & 0xFF] != key[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalsLower(byte[] key, String name) {
        if (key.length != name.length()) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            char c = name.charAt(i);
            if (c > 0xFF || LOWER[c] != key[i]) {
                return false;
            }
        }
        return true;
    }
}
