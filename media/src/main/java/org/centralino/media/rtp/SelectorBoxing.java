package org.centralino.media.rtp;

/**
 * The one allocation on the relay path that is not ours. The JDK's epoll selector (EPollSelectorImpl in
 * JDK 25) finds the key of each ready descriptor in a {@code HashMap<Integer, SelectionKeyImpl>}, boxing the
 * descriptor number: 16 bytes per ready socket per wake-up once descriptors pass 127, the top of the default
 * Integer cache, which they do in any real server. Starting the JVM with {@value #JVM_OPTION} widens the
 * cache so every descriptor number is a cached Integer and the path allocates nothing.
 */
final class SelectorBoxing {
    /** The option that makes the JDK's selector allocation-free for descriptors up to 65535. */
    static final String JVM_OPTION = "-XX:AutoBoxCacheMax=65536";
    /** Descriptor numbers a busy PBX reaches (four sockets per call, plus SIP and the database). */
    private static final int HIGH_DESCRIPTOR = 65535;

    private SelectorBoxing() {
    }

    /** Whether descriptor numbers up to 65535 box to cached Integers in this JVM. */
    @SuppressWarnings({"NumberEquality", "removal"})
    static boolean descriptorsAreCached() {
        // Identity is the point: valueOf returns the same object only if the value is in the cache.
        return Integer.valueOf(HIGH_DESCRIPTOR) == Integer.valueOf(HIGH_DESCRIPTOR);
    }
}
