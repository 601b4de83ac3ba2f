package org.centralino.web;

import java.util.List;

/** A page of a list (issue 5 conventions): the items and the cursor of the next page, null on the last. */
record PageJson<T>(List<T> items, String nextCursor) {
}
