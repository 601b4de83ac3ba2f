package org.centralino.sip.testing;

import java.util.Arrays;
import java.util.Random;

/** Mutations for bounded fuzz tests of our parsers: byte flips, truncation, insertion, deletion, duplication. */
public final class ByteMutator {
    private ByteMutator() {
    }

    /** One to four random mutations of {@code seed}; {@code interesting} are byte runs worth inserting. */
    public static byte[] mutate(byte[] seed, Random random, byte[][] interesting) {
        byte[] b = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            b = switch (random.nextInt(6)) {
                case 0 -> flip(b, random);
                case 1 -> Arrays.copyOf(b, random.nextInt(b.length + 1));
                case 2 -> insert(b, random.nextInt(b.length + 1), randomBytes(random));
                case 3 -> insert(b, random.nextInt(b.length + 1), interesting[random.nextInt(interesting.length)]);
                case 4 -> delete(b, random);
                default -> duplicate(b, random);
            };
        }
        return b;
    }

    private static byte[] flip(byte[] b, Random random) {
        if (b.length == 0) {
            return b;
        }
        byte[] copy = b.clone();
        int at = random.nextInt(copy.length);
        copy[at] = random.nextBoolean() ? (byte) random.nextInt(256) : (byte) (copy[at] ^ (1 << random.nextInt(8)));
        return copy;
    }

    private static byte[] randomBytes(Random random) {
        byte[] r = new byte[1 + random.nextInt(8)];
        random.nextBytes(r);
        return r;
    }

    private static byte[] insert(byte[] b, int at, byte[] what) {
        byte[] out = new byte[b.length + what.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(b, at, out, at + what.length, b.length - at);
        return out;
    }

    private static byte[] delete(byte[] b, Random random) {
        if (b.length == 0) {
            return b;
        }
        int at = random.nextInt(b.length);
        int n = 1 + random.nextInt(Math.min(16, b.length - at));
        byte[] out = new byte[b.length - n];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, at + n, out, at, b.length - at - n);
        return out;
    }

    private static byte[] duplicate(byte[] b, Random random) {
        if (b.length == 0) {
            return b;
        }
        int at = random.nextInt(b.length);
        int n = 1 + random.nextInt(Math.min(64, b.length - at));
        return insert(b, random.nextInt(b.length + 1), Arrays.copyOfRange(b, at, at + n));
    }
}
