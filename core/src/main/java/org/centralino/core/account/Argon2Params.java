package org.centralino.core.account;

/**
 * Argon2id cost parameters (RFC 9106).
 *
 * @param memoryKib   memory in KiB (m)
 * @param iterations  passes over memory (t)
 * @param parallelism lanes (p)
 */
public record Argon2Params(int memoryKib, int iterations, int parallelism) {
    /** OWASP Password Storage Cheat Sheet minimum for Argon2id: m=19 MiB, t=2, p=1 (about 30-60 ms). */
    public static final Argon2Params OWASP = new Argon2Params(19 * 1024, 2, 1);

    /** Refuse to verify hashes asking for more than this, so a forged row cannot exhaust the heap. */
    static final int MAX_MEMORY_KIB = 1024 * 1024;

    public Argon2Params {
        if (parallelism < 1 || parallelism > 16) {
            throw new IllegalArgumentException("Argon2 parallelism must be 1..16, was " + parallelism);
        }
        if (memoryKib < 8 * parallelism || memoryKib > MAX_MEMORY_KIB) {
            throw new IllegalArgumentException("Argon2 memory must be 8*p.." + MAX_MEMORY_KIB + " KiB, was "
                + memoryKib);
        }
        if (iterations < 1 || iterations > 100) {
            throw new IllegalArgumentException("Argon2 iterations must be 1..100, was " + iterations);
        }
    }
}
