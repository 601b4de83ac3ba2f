package org.centralino.media.clock;

/**
 * What a {@link MediaClock} has done since it was created.
 *
 * @param ticks        ticks run (every registered task was called once per tick)
 * @param lateTicks    ticks run back to back after their deadline had passed by a whole period or more
 *                     (the clock was catching up)
 * @param skippedTicks ticks never run because the clock fell more than {@link MediaClock#MAX_CATCH_UP} ticks
 *                     behind and skipped ahead; each is 20 ms of audio that mixers and recorders did not see
 * @param taskFailures calls to a task that threw
 */
public record ClockStats(long ticks, long lateTicks, long skippedTicks, long taskFailures) {
}
