package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.centralino.server.CallFlowHarness.T;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import org.centralino.media.rtp.RtpEngineConfig;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Call quality (issue 4) with real RTP through a real PBX: the scripted phones of {@link CallFlowHarness} send
 * G.711 every 20 ms, one of them losing packets or falling silent; the live calls API and the call record show
 * what the relay measured on each leg.
 */
class CallQualityTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Packets each phone sends: five seconds of audio. */
    private static final int PACKETS = 250;
    /** Bruno's phone loses one packet in ten. */
    private static final int DROP_ONE_IN = 10;
    /** The packets Bruno's phone really sends. */
    private static final int BRUNO_SENDS = PACKETS - PACKETS / DROP_ONE_IN;
    /** A stream's first packet may go uncounted: RFC 3550 A.1 probation validates a source on its sequence. */
    private static final int PROBATION = 1;

    /** The active calls as {@code GET /api/v1/calls} lists them. */
    private static JsonNode calls(CallFlowHarness flows) throws IOException, InterruptedException {
        var r = flows.pbx.api("GET", "/api/v1/calls", null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body()).get("items");
    }

    /** The quality of leg {@code index} of the only active call. */
    private static JsonNode liveLeg(CallFlowHarness flows, int index) throws IOException, InterruptedException {
        JsonNode items = calls(flows);
        assertThat(items).hasSize(1);
        return items.get(0).get("legs").get(index).get("quality");
    }

    @Test
    void aPhoneLosingTenPercentOfItsPacketsShowsThatLossAndALowerMosThanTheCleanLeg() throws Exception {
        try (CallFlowHarness flows = CallFlowHarness.start(Files.createTempDirectory("quality-loss-"),
            RtpEngineConfig.DEFAULT_RTP_TIMEOUT)) {
            flows.beginTest();
            TestPhone alice = flows.phone("101");
            TestPhone bruno = flows.registered("102");
            CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

            alice.rtp().send(call.pbxForCaller(), PACKETS);
            bruno.rtp().send(call.pbxForCallee(), PACKETS, DROP_ONE_IN);
            assertThat(alice.rtp().awaitSent(Duration.ofSeconds(20))).isTrue();
            assertThat(bruno.rtp().awaitSent(Duration.ofSeconds(20))).isTrue();
            // the relay publishes its figures once a second: wait until the live API has all of them
            await("every packet counted in the live quality").atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(100)).until(() -> liveLeg(flows, 1) != null
                    && liveLeg(flows, 1).get("packetsReceived").asLong() >= BRUNO_SENDS - PROBATION
                    && liveLeg(flows, 0).get("packetsReceived").asLong() >= PACKETS - PROBATION);
            JsonNode live = calls(flows).get(0);
            assertThat(live.get("transcoded").booleanValue()).isFalse();
            assertThat(live.get("legs").get(0).get("quality").get("codec").stringValue()).isEqualTo("PCMU");
            assertThat(live.get("legs").get(1).get("quality").get("lossPercent").doubleValue()).isBetween(8.0, 12.0);

            assertThat(call.caller().bye(T).status()).isEqualTo(200);
            call.callee().acceptBye(T);
            JsonNode record = flows.record("101");
            new ExpectedRecord("101", "Alice Rossi", "102", "102", "ANSWERED", 200, "NORMAL_CLEARING", "CALLER")
                .check(record);
            JsonNode clean = record.get("callerQuality");
            JsonNode lossy = record.get("calleeQuality");
            System.out.printf("quality: caller loss %.2f %% MOS %.2f jitter %.2f ms; callee loss %.2f %% MOS %.2f"
                    + " jitter %.2f ms%n", clean.get("lossPercent").doubleValue(), clean.get("mos").doubleValue(),
                clean.get("jitterMillis").doubleValue(), lossy.get("lossPercent").doubleValue(),
                lossy.get("mos").doubleValue(), lossy.get("jitterMillis").doubleValue());
            assertThat(clean.get("codec").stringValue()).isEqualTo("PCMU");
            assertThat(lossy.get("codec").stringValue()).isEqualTo("PCMU");
            assertThat(clean.get("packetsReceived").asLong()).isBetween((long) PACKETS - PROBATION, (long) PACKETS);
            assertThat(clean.get("lossPercent").doubleValue()).isLessThan(1.0);
            assertThat(lossy.get("packetsReceived").asLong()).isBetween((long) BRUNO_SENDS - PROBATION,
                (long) BRUNO_SENDS);
            assertThat(lossy.get("packetsLost").asLong()).isBetween(23L, 25L);
            assertThat(lossy.get("lossPercent").doubleValue()).isBetween(9.0, 11.0);
            // G.711 with concealment at 10 % random loss: Ie,eff = 95 * 10 / (10 + 25.1) = 27 (G.107 7-29, G.113
            // Bpl 25.1), so R about 66 and MOS about 3.4
            assertThat(lossy.get("mos").doubleValue()).isBetween(2.5, clean.get("mos").doubleValue() - 0.5);
            assertThat(clean.get("mos").doubleValue()).isBetween(4.0, 4.5);
            assertThat(clean.get("roundTripMillis").isNull()).as("the test phones send no RTCP").isTrue();
            assertThat(clean.get("oneWayAudio").booleanValue()).isFalse();
            assertThat(lossy.get("oneWayAudio").booleanValue()).isFalse();
            assertThat(record.get("transcoded").booleanValue()).isFalse();
            flows.endTest();
        }
    }

    @Test
    void aPhoneThatStopsSendingWhileTheOtherTalksIsFlaggedLiveInTheRecordAndLoggedOnce() throws Exception {
        Logger watchLog = (Logger) LoggerFactory.getLogger("org.centralino.core.b2bua.QualityWatch");
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        watchLog.addAppender(logged);
        try (CallFlowHarness flows = CallFlowHarness.start(Files.createTempDirectory("quality-one-way-"),
            RtpEngineConfig.DEFAULT_RTP_TIMEOUT, Duration.ofSeconds(1))) {
            flows.beginTest();
            TestPhone alice = flows.phone("101");
            TestPhone bruno = flows.registered("102");
            CallFlowHarness.Answered call = CallFlowHarness.answered(alice, bruno);

            alice.rtp().send(call.pbxForCaller(), 500); // ten seconds: still talking when the call ends
            bruno.rtp().send(call.pbxForCallee(), 25);  // half a second, then nothing: Bruno is not heard
            bruno.rtp().awaitReceived(20, T);
            await("the callee's leg flagged in the live API").atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> liveLeg(flows, 1) != null && liveLeg(flows, 1).get("oneWayAudio").booleanValue());
            assertThat(liveLeg(flows, 0).get("oneWayAudio").booleanValue()).as("Alice is heard").isFalse();
            String callId = calls(flows).get(0).get("id").stringValue();

            assertThat(call.caller().bye(T).status()).isEqualTo(200);
            call.callee().acceptBye(T);
            alice.rtp().stopSending();
            JsonNode record = flows.record("101");
            assertThat(record.get("callId").stringValue()).isEqualTo(callId);
            assertThat(record.get("calleeQuality").get("oneWayAudio").booleanValue()).isTrue();
            assertThat(record.get("callerQuality").get("oneWayAudio").booleanValue()).isFalse();
            assertThat(record.get("calleeQuality").get("packetsReceived").asLong()).isBetween(25L - PROBATION, 25L);
            assertThat(logged.list).filteredOn(e -> e.getLevel() == Level.WARN)
                .as("one WARN for the one episode, naming the call and the callee's leg")
                .singleElement().satisfies(e -> assertThat(e.getFormattedMessage()).contains(callId)
                    .contains(callId + "-b1").contains("ms"));
            flows.endTest();
        } finally {
            watchLog.detachAppender(logged);
        }
    }
}
