package org.centralino.sip.message;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

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

    private static final Map<String, String> CANONICAL = new HashMap<>();

    static {
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
            CANONICAL.put(k.toLowerCase(Locale.ROOT), k);
        }
        // RFC 3261 §7.3.3 compact forms, and those of later RFCs
        compact("v", VIA);
        compact("f", FROM);
        compact("t", TO);
        compact("i", CALL_ID);
        compact("m", CONTACT);
        compact("l", CONTENT_LENGTH);
        compact("c", CONTENT_TYPE);
        compact("e", "Content-Encoding");
        compact("s", "Subject");
        compact("k", SUPPORTED);
        compact("o", "Event");
        compact("r", "Refer-To");
        compact("b", "Referred-By");
        compact("u", "Allow-Events");
        compact("x", "Session-Expires");
        compact("a", "Accept-Contact");
        compact("j", "Reject-Contact");
        compact("d", "Request-Disposition");
        compact("y", "Identity");
        compact("n", "Identity-Info");
    }

    private HeaderNames() {
    }

    private static void compact(String letter, String full) {
        CANONICAL.put(letter, full);
    }

    /** The canonical spelling of a header name: compact forms expanded, known names in their RFC case. */
    public static String canonical(String name) {
        String known = CANONICAL.get(name.toLowerCase(Locale.ROOT));
        return known != null ? known : name;
    }
}
