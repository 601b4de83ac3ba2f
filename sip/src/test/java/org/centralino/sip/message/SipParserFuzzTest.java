package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.centralino.sip.testing.ByteMutator;
import org.junit.jupiter.api.Test;

/**
 * Bounded mutation fuzzing: 20,000 mutants of the torture and typical messages (byte flips, truncation,
 * insertion of random and of SIP-significant bytes, deletion, duplication), from a fixed seed so a failure
 * reproduces. For every input only {@link SipParseException} may escape, from the parser and from the lazy
 * typed views; an accepted message must encode, and its encoding must parse again. A longer run with another
 * seed: {@code -Dsip.fuzz.seed=7 -Dsip.fuzz.mutants=500000}.
 */
class SipParserFuzzTest {
    private static final long SEED = Long.getLong("sip.fuzz.seed", 0x5151_2026L);
    private static final int MUTANTS = Integer.getInteger("sip.fuzz.mutants", 20_000);
    static final byte[][] INTERESTING = bytes("\r\n", "\r\n\r\n", "\n", "\r", ":", ";", ",", "<", ">",
        "\"", "\\", "%", "%0", "[", "]", "[::", " ", "\t", "=", "@", "\0", "\u00ff", "SIP/2.0", "Content-Length: ",
        "l:99999", "l: -1", "CSeq: 1 INVITE", "Via: SIP/2.0/UDP [", "sip:", "tel:", "*");

    @Test
    void onlySipParseExceptionEscapesForAnyMutant() {
        List<byte[]> seeds = TortureMessages.all();
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = ByteMutator.mutate(seeds.get(random.nextInt(seeds.size())), random, INTERESTING);
            if (exercise(i, mutant)) {
                accepted++;
            }
        }
        System.out.printf("fuzz: %d of %d mutants accepted (seed %d)%n", accepted, MUTANTS, SEED);
        // the mutations must not be so destructive that nothing parses, nor so mild that everything does
        assertThat(accepted).isBetween(MUTANTS / 20, MUTANTS - MUTANTS / 20);
    }

    /** Parses and reads one input; true when the parser accepted it. Fails the test on any other throwable. */
    private static boolean exercise(int index, byte[] input) {
        SipMessage m;
        try {
            m = SipParser.parse(input);
        } catch (SipParseException expected) {
            return false;
        } catch (RuntimeException | Error e) {
            throw failure(index, input, "parse", e);
        }
        try {
            readTypedViews(m);
            SipParser.parse(m.encode());
        } catch (RuntimeException | Error e) {
            throw failure(index, input, "typed views / encode / re-parse", e);
        }
        return true;
    }

    private static void readTypedViews(SipMessage m) {
        for (Runnable view : List.<Runnable>of(m::from, m::to, m::contacts, m::vias, m::callId)) {
            try {
                view.run();
            } catch (SipParseException expected) {
                // a lazily parsed header may be bad: that is the documented way to report it
            }
        }
        if (m instanceof SipRequest r) {
            assertThat(SipUri.parse(r.requestUri().toString())).isEqualTo(r.requestUri());
        }
    }

    private static AssertionError failure(int index, byte[] input, String stage, Throwable e) {
        return new AssertionError("mutant " + index + " (seed " + SEED + ") failed in " + stage + ": " + e
            + "\ninput (hex): " + HexFormat.of().formatHex(input)
            + "\ninput (text): " + new String(input, StandardCharsets.ISO_8859_1), e);
    }

    private static byte[][] bytes(String... texts) {
        byte[][] out = new byte[texts.length][];
        for (int i = 0; i < texts.length; i++) {
            out[i] = texts[i].getBytes(StandardCharsets.ISO_8859_1);
        }
        return out;
    }
}
