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
        int n = lowerKey.length();
        int h = slot(n, lowerKey.charAt(0), lowerKey.charAt(n / 2), lowerKey.charAt(n - 1));
        while (KEYS[h] != null) {
            h = (h + 1) & (TABLE_SIZE - 1);
        }
        KEYS[h] = lowerKey.getBytes(StandardCharsets.US_ASCII);
        NAMES[h] = canonical;
    }

    /**
     * The table slot from the length and three letters, case folded with {@code | 0x20}. No loop over the
     * name and no multiply chain: the known names land at most one slot from home; the comparison that
     * follows settles collisions.
     */
    private static int slot(int length, int first, int mid, int last) {
        int h = length * 0x9E3779B1 ^ (first | 0x20) * 0x85EBCA6B ^ (mid | 0x20) * 0x27D4EB2F
            ^ (last | 0x20) * 0xC2B2AE35;
        return (h >>> 1) & (TABLE_SIZE - 1);
    }

    /**
     * The canonical spelling of a header name: compact forms expanded, known names in their RFC case. Known
     * names come back as the shared constant, so callers may compare them with {@code ==}.
     */
    public static String canonical(String name) {
        int n = name.length();
        if (n == 0) {
            return name;
        }
        int h = slot(n, name.charAt(0), name.charAt(n / 2), name.charAt(n - 1));
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
        if (length == 0) {
            return "";
        }
        int h = slot(length, data[offset] & 0xFF, data[offset + length / 2] & 0xFF,
            data[offset + length - 1] & 0xFF);
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
