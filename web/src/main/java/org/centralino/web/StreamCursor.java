package org.centralino.web;

import java.util.Optional;

/**
 * Where a client resumes the stream: {@code since=<epoch>:<seq>} (what the stream's messages carry), or a bare
 * {@code since=<seq>}, taken to be of the running epoch (the form of the contract; after a restart it can only
 * be told from a valid cursor when it is beyond the new numbers, so clients should send the epoch).
 *
 * @param epoch null for the bare form
 */
record StreamCursor(String epoch, long seq) {
    /** The cursor of a {@code since} parameter; empty when absent; throws with the reason when malformed. */
    static Optional<StreamCursor> parse(String since) {
        if (since == null || since.isEmpty()) {
            return Optional.empty();
        }
        int colon = since.lastIndexOf(':');
        String epoch = colon < 0 ? null : since.substring(0, colon);
        String number = since.substring(colon + 1);
        if (epoch != null && epoch.isEmpty()) {
            throw new IllegalArgumentException("since '" + shorten(since) + "' has an empty epoch before ':'");
        }
        try {
            long seq = Long.parseLong(number);
            if (seq < 0) {
                throw new NumberFormatException();
            }
            return Optional.of(new StreamCursor(epoch, seq));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("since '" + shorten(since) + "' must be <epoch>:<seq> or <seq>, "
                + "with seq a number from 0");
        }
    }

    private static String shorten(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
