package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.sip.message.TortureMessages.crlf;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.centralino.sip.message.SipStreamFramer.Broken;
import org.centralino.sip.message.SipStreamFramer.Frame;
import org.centralino.sip.message.SipStreamFramer.Message;
import org.junit.jupiter.api.Test;

class SipStreamFramerTest {
    private static final byte[] REGISTER = TortureMessages.typical("register-auth");
    private static final byte[] INVITE = TortureMessages.typical("invite-sdp");
    /** Compact "l:" and a body. */
    private static final byte[] OK = TortureMessages.typical("response-200-compact");

    @Test
    void threeMessagesSplitAtEveryByteBoundaryGiveTheSameFrames() {
        byte[] stream = concat(REGISTER, INVITE, OK);
        List<Frame> whole = frames(stream, stream.length);
        assertThat(whole).hasSize(3).allMatch(f -> f instanceof Message);
        assertThat(((Message) whole.get(1)).bytes()).isEqualTo(INVITE);

        for (int cut = 0; cut <= stream.length; cut++) {
            List<Frame> out = new ArrayList<>();
            SipStreamFramer framer = new SipStreamFramer(SipLimits.MAX_MESSAGE_BYTES);
            framer.feed(stream, 0, cut, out::add);
            framer.feed(stream, cut, stream.length - cut, out::add);
            assertSameFrames(out, whole, "cut at " + cut);
        }
    }

    @Test
    void byteByByteFeedingGivesTheSameFrames() {
        byte[] stream = concat(REGISTER, INVITE, OK);

        assertSameFrames(frames(stream, 1), frames(stream, stream.length), "byte by byte");
    }

    @Test
    void randomChunkingsGiveTheSameFrames() {
        byte[] stream = concat(crlf("\n\n"), REGISTER, crlf("\n"), INVITE, crlf("\n\n\n"), OK, crlf("\n\n"));
        List<Frame> expected = frames(stream, stream.length);
        Random random = new Random(42);
        for (int run = 0; run < 500; run++) {
            List<Frame> out = new ArrayList<>();
            SipStreamFramer framer = new SipStreamFramer(SipLimits.MAX_MESSAGE_BYTES);
            for (int p = 0; p < stream.length; ) {
                int n = Math.min(stream.length - p, 1 + random.nextInt(200));
                framer.feed(stream, p, n, out::add);
                p += n;
            }
            assertSameFrames(out, expected, "run " + run);
        }
    }

    @Test
    void doubleCrlfIsAPingAndASingleCrlfBeforeAMessageIsAPong() {
        byte[] stream = concat(crlf("\n\n"), REGISTER, crlf("\n"), OK, crlf("\n\n\n\n"));

        List<Frame> out = frames(stream, stream.length);

        assertThat(out).extracting(f -> f.getClass().getSimpleName())
            .containsExactly("Ping", "Message", "Pong", "Message", "Ping", "Ping");
    }

    @Test
    void framedMessagesParse() {
        List<Frame> out = frames(concat(REGISTER, OK), 7);

        assertThat(SipParser.parse(((Message) out.get(0)).bytes()).cseq().method()).isEqualTo("REGISTER");
        assertThat(SipParser.parse(((Message) out.get(1)).bytes()).body()).hasSize(91);
    }

    @Test
    void missingContentLengthBreaksTheStream() {
        assertBroken(crlf("OPTIONS sip:a@b SIP/2.0\nVia: x\n\n"), "missing Content-Length");
    }

    @Test
    void nonNumericOrNegativeContentLengthBreaksTheStream() {
        assertBroken(crlf("OPTIONS sip:a@b SIP/2.0\nContent-Length: five\n\n"), "not a non-negative integer");
        assertBroken(crlf("OPTIONS sip:a@b SIP/2.0\nl: -1\n\n"), "not a non-negative integer");
        assertBroken(crlf("OPTIONS sip:a@b SIP/2.0\nl: 1 2\n\n"), "not a non-negative integer");
    }

    @Test
    void conflictingContentLengthsBreakTheStream() {
        assertBroken(crlf("OPTIONS sip:a@b SIP/2.0\nContent-Length: 1\nl: 2\n\nab"), "conflicting");
    }

    @Test
    void foldedAndSpacedContentLengthIsRead() {
        byte[] stream = crlf("MESSAGE sip:a@b SIP/2.0\ncontent-length  :\n   4\n\nabcd"
            + "MESSAGE sip:a@b SIP/2.0\nL:0\n\n");

        assertThat(frames(stream, 3)).hasSize(2).allMatch(f -> f instanceof Message);
    }

    @Test
    void messageOverTheLimitBreaksTheStream() {
        assertBroken(crlf("MESSAGE sip:a@b SIP/2.0\nContent-Length: 5000\n\n"), "exceeds 1000");
        byte[] endless = crlf("MESSAGE sip:a@b SIP/2.0\n" + "X: y\n".repeat(300));
        assertBroken(endless, "header section exceeds 1000 bytes");
    }

    @Test
    void afterBrokenNothingMoreIsFramed() {
        SipStreamFramer framer = new SipStreamFramer(1000);
        List<Frame> out = new ArrayList<>();
        byte[] bad = crlf("OPTIONS sip:a@b SIP/2.0\n\n");

        framer.feed(bad, 0, bad.length, out::add);
        framer.feed(OK, 0, OK.length, out::add);

        assertThat(out).hasSize(1).first().isInstanceOf(Broken.class);
        assertThat(framer.isBroken()).isTrue();
    }

    @Test
    void crWithoutLfBetweenMessagesBreaksTheStream() {
        assertBroken(new byte[] {'\r', 'x'}, "CR without LF");
    }

    @Test
    void mutatedStreamsNeverMakeTheFramerThrow() {
        Random random = new Random(7);
        byte[] base = concat(REGISTER, crlf("\n\n"), INVITE, OK);
        for (int i = 0; i < 2000; i++) {
            byte[] stream = org.centralino.sip.testing.ByteMutator.mutate(base, random, SipParserFuzzTest.INTERESTING);
            SipStreamFramer framer = new SipStreamFramer(2000);
            for (int p = 0; p < stream.length; ) {
                int n = Math.min(stream.length - p, 1 + random.nextInt(300));
                framer.feed(stream, p, n, f -> { });
                p += n;
            }
        }
    }

    private static void assertBroken(byte[] stream, String reason) {
        for (int chunk : new int[] {1, 3, stream.length}) {
            List<Frame> out = frames(stream, chunk, 1000);
            assertThat(out).last().isInstanceOfSatisfying(Broken.class,
                b -> assertThat(b.reason()).contains(reason));
        }
    }

    private static List<Frame> frames(byte[] stream, int chunk) {
        return frames(stream, chunk, SipLimits.MAX_MESSAGE_BYTES);
    }

    private static List<Frame> frames(byte[] stream, int chunk, int max) {
        SipStreamFramer framer = new SipStreamFramer(max);
        List<Frame> out = new ArrayList<>();
        for (int p = 0; p < stream.length; p += chunk) {
            framer.feed(stream, p, Math.min(chunk, stream.length - p), out::add);
        }
        return out;
    }

    private static void assertSameFrames(List<Frame> actual, List<Frame> expected, String how) {
        assertThat(actual).as(how).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Frame e = expected.get(i);
            Frame a = actual.get(i);
            assertThat(a.getClass()).as(how).isEqualTo(e.getClass());
            if (e instanceof Message m) {
                assertThat(((Message) a).bytes()).as(how).isEqualTo(m.bytes());
            }
        }
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }
}
