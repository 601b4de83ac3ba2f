package org.centralino.web;

import java.util.List;

/**
 * The answer of every list endpoint: one page of items and the cursor of the next page, null on the last one
 * (the field is always present, so a client can loop "while nextCursor != null").
 */
record PageJson<T>(List<T> items, String nextCursor) {
    PageJson {
        items = List.copyOf(items);
    }
}
