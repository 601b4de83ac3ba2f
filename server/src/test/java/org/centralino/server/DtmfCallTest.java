package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralino.server.CallFlowHarness.T;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.centralino.core.app.ApplicationEvent;
import org.centralino.media.dtmf.DtmfDetector;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.dtmf.TelephoneEventReceiver;
import org.centralino.sip.message.SipResponse;
import org.centralino.testkit.Baresip;
import org.centralino.testkit.DtmfAudio;
import org.centralino.testkit.IncomingCall;
import org.centralino.testkit.OutgoingCall;
import org.centralino.testkit.RtpPcap;
import org.centralino.testkit.RtpPeer;
import org.centralino.testkit.Sipp;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys however phones send them (issue 4): as tones in the audio of a phone that agreed no telephone events
 * (SIPp playing a capture), and as SIP INFO (RFC 6086), which the PBX hands to an application or, in a transcoded
 * call, has the media engine send on to the other phone. Keys reach the demo application *45, which publishes
 * what it read ({@link ApplicationEvent.DigitsRead}) and hangs up.
 */
class DtmfCallTest {
    private static final String HOST = "127.0.0.1";
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration LIMIT = Duration.ofSeconds(40);
    private static final String RELAY = "application/dtmf-relay";
    private static final List<ApplicationEvent.DigitsRead> DIGITS = new CopyOnWriteArrayList<>();

    @TempDir
    static Path tmp;
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    @BeforeAll
    static void listen() {
        flows.pbx.pbx.events().subscribe(ApplicationEvent.DigitsRead.class, DIGITS::add);
    }

    @BeforeEach
    void clear() {
        DIGITS.clear();
    }

    @Test
    void keysSentAsTonesInTheAudioBySippReachTheApplication() throws Exception {
        Path pcap = tmp.resolve("keys-123.pcap");
        RtpPcap.writePcmu(DtmfAudio.keys("123#", 1000, 100, 100, 1000), pcap);

        Sipp.Result alice = Sipp.scenario("uac-call-wait-bye.xml", HOST, flows.pbx.sipPort()).workDir(tmp)
            .account("101", "secret-101").dial("*45").offer("pcmu").pcap(pcap).run(LIMIT);

        assertThat(alice.allSucceeded()).as("the call ends with the PBX's BYE: " + alice.output()).isTrue();
        assertThat(alice.received("BYE")).isEqualTo(1);
        assertThat(alice.trace()).as("no telephone events agreed: the keys can only be tones")
            .doesNotContain("telephone-event");
        await().atMost(WAIT).until(() -> !DIGITS.isEmpty());
        assertThat(DIGITS.getFirst().digits()).isEqualTo("123");
        assertThat(DIGITS.getFirst().application()).isEqualTo("*45");
    }

    @Test
    void keysSentAsSipInfoReachTheApplicationAndAreAnswered200() throws Exception {
        TestPhone alice = flows.phone("101");
        OutgoingCall call = alice.call("*45", alice.sdp(), T);
        call.awaitAnswerAndAck(WAIT);

        assertThat(call.info(RELAY, "Signal=4\r\nDuration=160\r\n").awaitFinal(T).status()).isEqualTo(200);
        assertThat(call.info("application/dtmf", "5").awaitFinal(T).status()).isEqualTo(200);
        assertThat(call.info(RELAY, "Signal= 6\r\nDuration=100\r\n").awaitFinal(T).status()).isEqualTo(200);
        assertThat(call.info(RELAY, "Signal=#\r\nDuration=160\r\n").awaitFinal(T).status()).isEqualTo(200);

        await().atMost(WAIT).until(() -> !DIGITS.isEmpty());
        assertThat(DIGITS.getFirst().digits()).isEqualTo("456");
        call.acceptBye(WAIT);
    }

    @Test
    void aMalformedDtmfInfoIsRefused400WithWhatIsWrongAndTheCallGoesOn() throws Exception {
        TestPhone alice = flows.phone("101");
        OutgoingCall call = alice.call("*45", alice.sdp(), T);
        call.awaitAnswerAndAck(WAIT);

        SipResponse badKey = call.info(RELAY, "Signal=x\r\nDuration=160\r\n").awaitFinal(T);
        SipResponse noSignal = call.info(RELAY, "Duration=160\r\n").awaitFinal(T);
        SipResponse badDuration = call.info(RELAY, "Signal=1\r\nDuration=soon\r\n").awaitFinal(T);
        SipResponse other = call.info("application/x-custom", "hello").awaitFinal(T);
        SipResponse twoKeys = call.info("application/dtmf", "5\r\n6").awaitFinal(T);

        assertThat(badKey.status()).isEqualTo(400);
        assertThat(badKey.reason()).contains("Signal 'x' is not a DTMF key");
        assertThat(noSignal.status()).isEqualTo(400);
        assertThat(noSignal.reason()).contains("without a Signal= line");
        assertThat(badDuration.status()).isEqualTo(400);
        assertThat(badDuration.reason()).contains("Duration 'soon'");
        assertThat(twoKeys.status()).as("a body of two lines: the reason phrase still has no line break")
            .isEqualTo(400);
        assertThat(twoKeys.reason()).contains("'5??6' is not a DTMF key");
        assertThat(other.status()).as("INFO that is not a key: nobody to relay it to, as before").isEqualTo(469);

        assertThat(call.info("application/dtmf", "#").awaitFinal(T).status()).as("the call goes on").isEqualTo(200);
        await().atMost(WAIT).until(() -> !DIGITS.isEmpty());
        assertThat(DIGITS.getFirst().digits()).isEmpty();
        call.acceptBye(WAIT);
    }

    /**
     * A wideband caller (G.722 only) and a narrowband phone (G.711 only) talk through the transcoder; a key the
     * caller sends as INFO reaches the other phone as RFC 4733 events, sent by the media engine.
     */
    @Test
    void inATranscodedCallAKeySentAsInfoReachesTheOtherPhoneAsTelephoneEvents() throws Exception {
        try (Baresip bruno = Baresip.in(tmp.resolve("102-g711")).tone(1000).lifetime(Duration.ofSeconds(60))
            .codecs("g711").autoAnswer()
            .account("<sip:102@127.0.0.1:" + flows.pbx.sipPort() + ";transport=udp>;auth_pass=secret-102;regint=60")
            .start()) {
            assertThat(bruno.awaitRegistered(WAIT)).as(bruno.output()).isTrue();
            TestPhone alice = flows.phone("101");
            OutgoingCall call = alice.call("102", g722Only(alice.rtp().address()), T);
            SipResponse ok = call.awaitAnswerAndAck(WAIT);
            assertThat(bruno.awaitEvent("CALL_ESTABLISHED", WAIT)).as(bruno.output()).isTrue();
            assertThat(new String(ok.body(), StandardCharsets.UTF_8)).as("the caller keeps G.722, bruno has only G.711")
                .contains("G722/8000").doesNotContain("PCMU");

            assertThat(call.info(RELAY, "Signal=7\r\nDuration=200\r\n").awaitFinal(T).status()).isEqualTo(200);
            assertThat(call.info("application/dtmf", "*").awaitFinal(T).status()).isEqualTo(200);

            await().atMost(WAIT).untilAsserted(() -> assertThat(bruno.eventParams("CALL_DTMF_START"))
                .as("keys bruno received; events %s; output:%n%s", bruno.events(), bruno.output())
                .containsExactly("7", "*"));
            assertThat(call.bye(T).status()).isEqualTo(200);
            assertThat(bruno.awaitEvent("CALL_CLOSED", WAIT)).isTrue();
        }
        flows.pbx.pbx.locations().removeAll("102");
    }

    /**
     * The same between two scripted phones (G.722 alone against PCMU and telephone-event): each key arrives as
     * one RFC 4733 event (§2.5.1.2: the first packet marked, updates with the same start timestamp, the end
     * packet sent three times), decoded here by the media module's receiver.
     */
    @Test
    void inATranscodedCallKeysSentAsInfoArriveAsWellFormedTelephoneEvents() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", g722Only(alice.rtp().address()), T);
        IncomingCall in = bruno.awaitInvite(T);
        in.answer(bruno.sdp());
        out.awaitAnswerAndAck(T);
        in.awaitAck(T);

        assertThat(out.info(RELAY, "Signal=7\r\nDuration=200\r\n").awaitFinal(T).status()).isEqualTo(200);
        assertThat(out.info("application/dtmf", "*").awaitFinal(T).status()).isEqualTo(200);

        List<DtmfEvent> keys = new CopyOnWriteArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            keys.clear();
            TelephoneEventReceiver receiver = new TelephoneEventReceiver(8000, keys::add);
            long at = 0;
            for (RtpPeer.Packet p : bruno.rtp().receivedOthers()) {
                assertThat(p.payloadType()).as("bruno agreed telephone-event on 101").isEqualTo(101);
                receiver.receive(p.marker(), p.timestamp(), p.sequence(), p.payload(), 0, p.payload().length,
                    at += 20);
            }
            receiver.tick(at + TelephoneEventReceiver.DEFAULT_END_TIMEOUT_MILLIS);
            assertThat(keys).extracting(DtmfEvent::key).containsExactly('7', '*');
        });
        assertThat(keys.getFirst().durationMillis()).isEqualTo(200);
        List<RtpPeer.Packet> packets = bruno.rtp().receivedOthers();
        assertThat(packets.stream().filter(RtpPeer.Packet::marker).count()).as("one marked packet per key")
            .isEqualTo(2);
        assertThat(packets.getFirst().marker()).as("the first packet of a key is marked").isTrue();
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
    }

    /**
     * An application (*46) hands the caller over to 102: the keys the caller then sends as INFO are for 102 (in
     * the transcoded bridge, RFC 4733 events sent by the media engine), not for the application that is gone.
     */
    @Test
    void afterAnApplicationHandsTheCallerOverKeysSentAsInfoReachTheNewCallee() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("*46", alice.sdp(), T);
        out.awaitAnswerAndAck(WAIT);
        for (String key : List.of("1", "0", "2", "#")) {
            assertThat(out.info("application/dtmf", key).awaitFinal(T).status()).isEqualTo(200);
        }
        IncomingCall in = bruno.awaitInvite(WAIT);
        in.answer(bruno.sdp());
        in.awaitAck(T);

        assertThat(out.info(RELAY, "Signal=7\r\nDuration=200\r\n").awaitFinal(T).status()).isEqualTo(200);

        List<DtmfEvent> keys = new CopyOnWriteArrayList<>();
        await().atMost(WAIT).untilAsserted(() -> {
            keys.clear();
            TelephoneEventReceiver receiver = new TelephoneEventReceiver(8000, keys::add);
            long at = 0;
            for (RtpPeer.Packet p : bruno.rtp().receivedOthers()) {
                if (p.payloadType() == 101) {
                    receiver.receive(p.marker(), p.timestamp(), p.sequence(), p.payload(), 0, p.payload().length,
                        at += 20);
                }
            }
            receiver.tick(at + TelephoneEventReceiver.DEFAULT_END_TIMEOUT_MILLIS);
            assertThat(keys).as("keys bruno received after the hand-over").extracting(DtmfEvent::key)
                .containsExactly('7');
        });
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
    }

    /**
     * The same with a narrowband phone that agreed no telephone events (PCMU alone): the key reaches it as Q.23
     * dual tones in its audio, which a DTMF detector finds in what it received.
     */
    @Test
    void inATranscodedCallAKeySentAsInfoReachesAPhoneWithoutTelephoneEventsAsTones() throws Exception {
        TestPhone alice = flows.phone("101");
        TestPhone bruno = flows.registered("102");
        OutgoingCall out = alice.call("102", g722Only(alice.rtp().address()), T);
        IncomingCall in = bruno.awaitInvite(T);
        in.answer(pcmuOnly(bruno.rtp().address()));
        SipResponse ok = out.awaitAnswerAndAck(T);
        in.awaitAck(T);
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).as("the caller keeps G.722").contains("G722/8000");

        assertThat(out.info(RELAY, "Signal=9\r\nDuration=160\r\n").awaitFinal(T).status()).isEqualTo(200);
        assertThat(out.info(RELAY, "Signal=#\r\nDuration=160\r\n").awaitFinal(T).status()).isEqualTo(200);

        StringBuilder heard = new StringBuilder();
        await().atMost(WAIT).untilAsserted(() -> {
            heard.setLength(0);
            short[] audio = toShorts(bruno.rtp().receivedAudio(0, bruno.rtp().audioMark()));
            new DtmfDetector(heard::append).process(audio, 0, audio.length);
            assertThat(heard).as("keys in bruno's audio (%d samples)", audio.length).hasToString("9#");
        });
        assertThat(out.bye(T).status()).isEqualTo(200);
        in.acceptBye(T);
    }

    private static short[] toShorts(double[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            out[i] = (short) samples[i];
        }
        return out;
    }

    /** An answer of PCMU alone (RFC 3551 payload type 0), no telephone events: keys only as tones. */
    private static String pcmuOnly(InetSocketAddress rtp) {
        String ip = rtp.getAddress().getHostAddress();
        return String.join("\r\n", "v=0", "o=102 4242 1 IN IP4 " + ip, "s=TestPhone", "c=IN IP4 " + ip, "t=0 0",
            "m=audio " + rtp.getPort() + " RTP/AVP 0", "a=rtpmap:0 PCMU/8000", "a=ptime:20", "a=sendrecv", "");
    }

    /** An offer of G.722 alone (RFC 3551: payload type 9, clock rate written 8000) with telephone events. */
    private static String g722Only(InetSocketAddress rtp) {
        String ip = rtp.getAddress().getHostAddress();
        return String.join("\r\n", "v=0", "o=101 4242 1 IN IP4 " + ip, "s=TestPhone", "c=IN IP4 " + ip, "t=0 0",
            "m=audio " + rtp.getPort() + " RTP/AVP 9 101", "a=rtpmap:9 G722/8000",
            "a=rtpmap:101 telephone-event/8000", "a=fmtp:101 0-16", "a=ptime:20", "a=sendrecv", "");
    }
}
