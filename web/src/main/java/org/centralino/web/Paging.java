package org.centralino.web;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Cursor paging for list endpoints: {@code ?limit=} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT})
 * and {@code ?cursor=} (opaque), answered as {@link PageJson}. A cursor is URL-safe Base64 of
 * {@code <list>:<position>}, the sort key of the last item shown (keyset paging: items added or removed while a
 * client pages neither shift nor repeat the others). A cursor of another list, not Base64, or with a position
 * that is not a key of this list is a 400 naming {@code cursor}; so is an unknown or repeated query parameter
 * (a misspelt filter must not silently widen the answer).
 *
 * <p>A list route calls {@link #request(Context, String, Set, Predicate)} and then, for a list it holds in memory,
 * {@link #page}; a list read page by page from a database encodes its own next position with {@link #cursor}.
 */
final class Paging {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    /** Longer than any cursor we give out (positions are short keys): refused before decoding. */
    static final int CURSOR_MAX = 2048;

    private Paging() {
    }

    /**
     * Reads {@code limit} and {@code cursor} and refuses any parameter that is neither those nor in {@code filters}.
     *
     * @param list          the name of the list, part of its cursors ("extensions")
     * @param validPosition whether a decoded position is a key of this list
     */
    static PageRequest request(Context ctx, String list, Set<String> filters, Predicate<String> validPosition) {
        Map<String, List<String>> params = ctx.queryParamMap();
        refuseUnknown(params, filters);
        String limitText = single(params, "limit");
        String cursorText = single(params, "cursor");
        int limit = limitText == null ? DEFAULT_LIMIT : limit(limitText);
        String position = cursorText == null ? null : position(cursorText, list, validPosition);
        return new PageRequest(limit, position);
    }

    /** The one value of {@code name}, or null when absent; 400 naming it when given more than once. */
    static String single(Map<String, List<String>> params, String name) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            throw ApiException.field(400, "invalid_parameter", name, "is given " + values.size()
                + " times; give it once");
        }
        return values.getFirst();
    }

    static void refuseUnknown(Map<String, List<String>> params, Set<String> filters) {
        Set<String> known = new TreeSet<>(filters);
        known.add("limit");
        known.add("cursor");
        Map<String, String> unknown = new LinkedHashMap<>();
        params.keySet().stream().filter(p -> !known.contains(p)).sorted()
            .forEach(p -> unknown.put(JsonBody.shorten(p), "is not a known parameter"));
        if (!unknown.isEmpty()) {
            throw new ApiException(400, "unknown_parameter", "unknown query parameter"
                + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown.keySet()) + "; allowed: "
                + String.join(", ", known), unknown);
        }
    }

    /** An integer from 1 to {@value #MAX_LIMIT}; 400 naming {@code limit} otherwise. */
    static int limit(String text) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= MAX_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.field(400, "invalid_parameter", "limit", "must be an integer from 1 to " + MAX_LIMIT
            + ", not '" + JsonBody.shorten(text) + "'");
    }

    /** The cursor token for the position {@code position} of {@code list}. */
    static String cursor(String list, String position) {
        byte[] plain = (list + ":" + position).getBytes(StandardCharsets.UTF_8);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain);
    }

    private static String position(String token, String list, Predicate<String> valid) {
        String position = null;
        if (token.length() <= CURSOR_MAX) {
            try {
                String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
                if (plain.startsWith(list + ":")) {
                    position = plain.substring(list.length() + 1);
                }
            } catch (IllegalArgumentException e) {
                // not Base64: answered below
            }
        }
        if (position == null || !valid.test(position)) {
            throw badCursor();
        }
        return position;
    }

    static ApiException badCursor() {
        return ApiException.field(400, "invalid_parameter", "cursor", "is not a cursor this list gave out; pass the "
            + "nextCursor of the previous page unchanged, or leave it out for the first page");
    }

    /**
     * One page of {@code items}, which must be sorted by {@code key} in {@code order} with distinct keys: the first
     * {@code limit} items after the request's position.
     */
    static <T, J> PageJson<J> page(List<T> items, Function<T, String> key, Comparator<String> order, PageRequest req,
                                  String list, Function<T, J> json) {
        List<J> out = new ArrayList<>(Math.min(req.limit(), items.size()));
        String last = null;
        boolean more = false;
        for (T item : items) {
            String k = key.apply(item);
            if (req.position() != null && order.compare(k, req.position()) <= 0) {
                continue;
            }
            if (out.size() == req.limit()) {
                more = true;
                break;
            }
            out.add(json.apply(item));
            last = k;
        }
        return new PageJson<>(out, more ? cursor(list, last) : null);
    }
}
