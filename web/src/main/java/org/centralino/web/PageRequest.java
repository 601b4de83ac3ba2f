package org.centralino.web;

/**
 * The paging parameters of a list request: how many items and where the previous page ended.
 *
 * @param limit    1 to {@link Paging#MAX_LIMIT}, {@link Paging#DEFAULT_LIMIT} when not given
 * @param position the sort key of the last item of the previous page (decoded from {@code ?cursor=}), or null for
 *                 the first page
 */
record PageRequest(int limit, String position) {
}
