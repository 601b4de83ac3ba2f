package org.centralino.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.centralino.core.account.UserAccount;
import org.centralino.core.phonebook.CallerName;
import org.centralino.core.phonebook.ContactNumber;
import org.centralino.core.phonebook.PhoneNumbers;
import org.centralino.core.phonebook.PhonebookLookup;
import org.centralino.core.phonebook.PhonebookSearch;
import org.centralino.core.phonebook.SearchHit;

/**
 * {@code /api/v1/phonebook/search} (one box over the three phonebooks), {@code /lookup} (who is this number, in the
 * order of seed 004) and {@code /internal} (the extensions with their presence).
 */
final class PhonebookSearchRoutes {
    static final String BASE = "/api/v1/phonebook";
    /** Longer is not a name or a number someone types in a search box. */
    static final int QUERY_MAX = 100;
    private static final int INTERNAL_DEFAULT_LIMIT = 100;
    /** Nobody pages a search box past this many hits; a narrower query is the answer. */
    static final int MAX_SEARCH_OFFSET = 5000;

    private final PhonebookSearch search;
    private final PhonebookLookup lookup;

    PhonebookSearchRoutes(PhonebookSearch search, PhonebookLookup lookup) {
        this.search = search;
        this.lookup = lookup;
    }

    void register(RoutesConfig routes) {
        routes.get(BASE + "/search", this::search, Access.AUTHENTICATED);
        routes.get(BASE + "/lookup", this::lookup, Access.AUTHENTICATED);
        routes.get(BASE + "/internal", this::internal, Access.AUTHENTICATED);
    }

    /** One hit: {@code id} for a contact, {@code number} for an extension, {@code presence} when it may be seen. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record HitJson(String source, String id, String number, String name, String company, List<NumberJson> numbers,
                   String email, String mobile, String presence) {
        static HitJson of(SearchHit h) {
            return new HitJson(h.source().wire(), h.id(), h.number(), h.name(), h.company(),
                h.numbers().stream().map(NumberJson::of).toList(), h.email(), h.mobile(), h.presence());
        }
    }

    record NumberJson(String kind, String number) {
        static NumberJson of(ContactNumber n) {
            return new NumberJson(n.kind().wire(), n.number());
        }
    }

    record CallerJson(String name, String company, String source, String id) {
        static CallerJson of(CallerName c) {
            return new CallerJson(c.name(), c.company(), c.source().wire(), c.id());
        }
    }

    /** Pages of one search: the cursor is how many hits were shown (the hits come from memory, in a fixed order). */
    private void search(Context ctx) {
        UserAccount me = Caller.of(ctx);
        QueryParams p = new QueryParams(ctx, Set.of("q", "limit", "cursor"));
        String q = query(p, true);
        int limit = p.integer("limit", 1, PhonebookSearch.MAX_LIMIT, PhonebookSearch.DEFAULT_LIMIT);
        String cursor = p.string("cursor");
        String shown = cursor == null ? "0" : decodeCursor(cursor, "s1:", "[0-9]{1,4}");
        if (shown == null) {
            p.invalid("cursor", "is not a cursor this API returned; pass nextCursor from the previous page");
        }
        p.done();
        int offset = Integer.parseInt(shown);
        List<SearchHit> hits = search.search(q, me, offset + limit + 1);
        List<HitJson> page = hits.stream().skip(offset).limit(limit).map(HitJson::of).toList();
        String next = hits.size() > offset + limit && offset + limit < MAX_SEARCH_OFFSET
            ? encodeCursor("s1:" + (offset + limit)) : null;
        ctx.json(new PageJson<>(page, next));
    }

    private void lookup(Context ctx) {
        UserAccount me = Caller.of(ctx);
        QueryParams p = new QueryParams(ctx, Set.of("number"));
        String number = p.string("number");
        if (number == null) {
            p.invalid("number", "is required: the phone number to name");
        } else if (PhoneNumbers.normalise(number).isEmpty()) {
            String hint = number.contains(" ") ? " (a + in a query string reads as a space: encode it as %2B)" : "";
            p.invalid("number", "must be a phone number (digits, an optional leading +), not '"
                + JsonBody.shorten(number) + "'" + hint);
        }
        p.done();
        CallerName found = lookup.byNumber(number, me).orElseThrow(() -> new ApiException(404, "no_match",
            "no extension or contact you may see has the number " + JsonBody.shorten(number)));
        ctx.json(CallerJson.of(found));
    }

    private void internal(Context ctx) {
        UserAccount me = Caller.of(ctx);
        QueryParams p = new QueryParams(ctx, Set.of("q", "limit", "cursor"));
        String q = query(p, false);
        int limit = p.integer("limit", 1, PhonebookSearch.MAX_LIMIT, INTERNAL_DEFAULT_LIMIT);
        String cursor = p.string("cursor");
        String after = cursor == null ? null : decodeCursor(cursor, "x1:", "[0-9]{1,10}");
        if (cursor != null && after == null) {
            p.invalid("cursor", "is not a cursor this API returned; pass nextCursor from the previous page");
        }
        p.done();
        List<SearchHit> hits = search.internal(q, me, after, limit + 1);
        String next = hits.size() > limit ? encodeCursor("x1:" + hits.get(limit - 1).number()) : null;
        ctx.json(new PageJson<>(hits.stream().limit(limit).map(HitJson::of).toList(), next));
    }

    private static String query(QueryParams p, boolean required) {
        String q = p.string("q");
        if (q == null && required) {
            p.invalid("q", "is required: a name, or digits of a number");
        } else if (q != null && q.length() > QUERY_MAX) {
            p.invalid("q", "must be at most " + QUERY_MAX + " characters");
        }
        return q;
    }

    private static String encodeCursor(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The position after {@code prefix} in a cursor we made, or null for anything else. */
    private static String decodeCursor(String token, String prefix, String position) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            return plain.startsWith(prefix) && plain.substring(prefix.length()).matches(position)
                ? plain.substring(prefix.length()) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
