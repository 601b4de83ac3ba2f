package org.centralino.media.jitter;

import org.centralino.media.audio.Pcm;

/**
 * The delay half of a {@link JitterBuffer}: the target playout delay and the corrections that keep the buffer
 * level near it (see the buffer's javadoc for the policy). Works in milliseconds, one call per tick.
 */
final class PlayoutDelay {
    static final double JITTER_FACTOR = 4;
    static final double TARGET_DECAY_PER_SECOND = 1;
    /** Windows (seconds) in a row above the band after which any packet, quiet or not, may lose a frame. */
    static final int FORCE_DROP_WINDOWS = 1;
    static final int WINDOW_TICKS = 1000 / Pcm.FRAME_MS;

    private final JitterConfig config;
    private double target;
    private double levelSum;
    private int windowTicks;
    private double delay;
    private boolean dropPending;
    private boolean dropUrgent;
    private int dropWaited;
    private boolean insertPending;

    PlayoutDelay(JitterConfig config) {
        this.config = config;
        this.target = config.minDelayMillis();
    }

    /** Follows the jitter: up at once, down by {@value #TARGET_DECAY_PER_SECOND} ms a second at most. */
    void adapt(double packetMillis, double jitterMillis) {
        double wanted = Math.clamp(packetMillis + JITTER_FACTOR * jitterMillis, config.minDelayMillis(),
            config.maxDelayMillis());
        target = wanted > target ? wanted : Math.max(wanted, target - TARGET_DECAY_PER_SECOND / WINDOW_TICKS);
    }

    /** The buffer ran dry and the missing packet came late: one packet more of delay. */
    void grow(double packetMillis) {
        target = Math.min(config.maxDelayMillis(), target + packetMillis);
    }

    /** Starts a new averaging window (playout starts). */
    void restart() {
        levelSum = 0;
        windowTicks = 0;
    }

    /** Adds one tick's level; once a second compares the average with the band and plans one correction. */
    void observe(double levelMillis, double packetMillis) {
        levelSum += levelMillis;
        if (++windowTicks < WINDOW_TICKS) {
            return;
        }
        delay = levelSum / windowTicks;
        restart();
        if (delay > target + packetMillis) {
            dropWaited++; // windows in a row above the band, whether a drop happened in them or not
            dropPending = true;
            dropUrgent = delay > target + 2 * packetMillis || delay > config.maxDelayMillis();
        } else {
            dropPending = false;
            dropWaited = 0;
        }
        insertPending = delay < target - packetMillis / 2;
    }

    /** Whether to drop the packet just decoded: a quiet one, or any once waiting longer helps no more. */
    boolean drop(boolean quiet) {
        if (dropPending && (quiet || dropUrgent || dropWaited > FORCE_DROP_WINDOWS)) {
            dropPending = false;
            return true;
        }
        return false;
    }

    /** Whether to insert a frame now (consumes the plan). */
    boolean insert() {
        boolean now = insertPending;
        insertPending = false;
        return now;
    }

    double target() {
        return target;
    }

    double delay() {
        return delay;
    }
}
