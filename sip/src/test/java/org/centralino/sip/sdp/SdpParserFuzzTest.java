package org.centralino.sip.sdp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.centralino.sip.testing.ByteMutator;
import org.junit.jupiter.api.Test;

/**
 * Bounded mutation fuzzing from a fixed seed: mutants of every sample (byte flips, truncation, insertion of
 * random and of SDP-significant text, deletion, duplication of a slice). For each, the parser must return a
 * result and nothing else; an accepted description must serialize and parse back equal, and every
 * offer/answer helper must work on it without throwing. Longer run: {@code -Dsdp.fuzz.mutants=500000}.
 */
class SdpParserFuzzTest {
    private static final long SEED = Long.getLong("sdp.fuzz.seed", 0x5D9_2026L);
    private static final int MUTANTS = Integer.getInteger("sdp.fuzz.mutants", 5_000);
    private static final String PBX = "203.0.113.1";
    private static final Origin OURS = Origin.of("centralino", "1", 1, PBX);
    private static final byte[][] INTERESTING_BYTES;
    private static final String[] INTERESTING = {"\r\n", "\n", "\r", " ", "\t", "=", ":", "/", "-", ",", "\0",
        "\u00ff", "0", "127", "128", "65535", "65536", "99999999999999999999", "v=0\r\n", "m=audio 0 RTP/AVP 0\r\n",
        "m=video 5000 RTP/AVP 96\r\n", "c=IN IP4 0.0.0.0\r\n", "c=IN IP6 ::\r\n", "a=sendonly\r\n", "a=inactive\r\n",
        "a=rtpmap:96 telephone-event/8000\r\n", "a=fmtp:101 0-300\r\n", "a=rtcp:1\r\n", "a=ptime:0.5\r\n",
        "t=0 0\r\n", "r=1\r\n", "b=AS:", "o=- 1 2 IN IP4 a\r\n", "RTP/SAVP", "udptl t38"};

    static {
        INTERESTING_BYTES = new byte[INTERESTING.length][];
        for (int k = 0; k < INTERESTING.length; k++) {
            INTERESTING_BYTES[k] = INTERESTING[k].getBytes(StandardCharsets.UTF_8);
        }
    }

    @Test
    void onlyAResultComesBackForAnyMutant() {
        List<byte[]> seeds = SdpSamples.ALL.stream().map(SdpSamples::bytes).toList();
        Random random = new Random(SEED);
        int accepted = 0;
        for (int i = 0; i < MUTANTS; i++) {
            byte[] mutant = ByteMutator.mutate(seeds.get(random.nextInt(seeds.size())), random, INTERESTING_BYTES);
            if (exercise(i, mutant)) {
                accepted++;
            }
        }
        System.out.printf("sdp fuzz: %d of %d mutants accepted (seed %d)%n", accepted, MUTANTS, SEED);
        assertThat(accepted).isBetween(MUTANTS / 20, MUTANTS - MUTANTS / 20);
    }

    /** True when the parser accepted the input; fails the test on any throwable from any stage. */
    private static boolean exercise(int index, byte[] input) {
        String stage = "parse";
        try {
            SdpParseResult result = SdpParser.parse(input);
            if (result instanceof SdpParseResult.Invalid(SdpError error)) {
                assertThat(error.reason()).isNotBlank();
                assertThat(error.line()).isBetween(0, SdpLimits.MAX_LINES);
                return false;
            }
            SessionDescription sd = ((SdpParseResult.Parsed) result).description();
            stage = "round trip";
            assertThat(SdpParser.parse(sd.encode())).isEqualTo(new SdpParseResult.Parsed(sd));
            stage = "offer/answer helpers";
            useAsOffer(sd);
            return true;
        } catch (RuntimeException | Error e) {
            throw new AssertionError("mutant " + index + " (seed " + SEED + ") failed in " + stage + ": " + e
                + "\ninput (hex): " + HexFormat.of().formatHex(input)
                + "\ninput (text): " + new String(input, StandardCharsets.ISO_8859_1), e);
        }
    }

    private static void useAsOffer(SessionDescription sd) {
        SessionDescription relayed = SdpRelay.rewriteForRelay(sd, OURS, PBX, i -> 20_000 + 2 * i);
        assertThat(SdpParser.parse(relayed.encode())).isInstanceOf(SdpParseResult.Parsed.class);
        SdpHold.isHold(sd);
        for (int i = 0; i < sd.media().size(); i++) {
            sd.media().get(i).payloadFormats();
            sd.media().get(i).rtcp();
            sd.ptimeOf(i);
            SdpHold.effectiveDirection(sd, i);
        }
        if (CodecNegotiation.negotiate(sd, Codec.G711_AND_DTMF) instanceof Negotiation.Agreed agreed) {
            SessionDescription answer = SdpAnswer.answerFor(sd, agreed, OURS, PBX, i -> 40_000, Direction.SENDRECV);
            assertThat(SdpParser.parse(answer.encode())).isEqualTo(new SdpParseResult.Parsed(answer));
            assertThat(SdpParser.parse(SdpRelay.restrictTo(sd, agreed).encode()))
                .isInstanceOf(SdpParseResult.Parsed.class);
        }
    }

}
