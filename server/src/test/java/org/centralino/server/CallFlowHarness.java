package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.centralino.sip.message.SipResponse;
import org.centralino.testkit.IncomingCall;
import org.centralino.testkit.OutgoingCall;
import org.centralino.testkit.PhoneSdp;
import org.centralino.testkit.TestPhone;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every call-flow test needs around a started PBX: phones for its extensions (closed and forgotten after
 * each test), the leak check every test ends with, and the test's call records read through the API.
 *
 * <p>Extensions: 101 Alice Rossi, 102 Bruno Verdi, 103 Carla Neri, 104 Dario Gallo (rings 5 s), 105 Elena
 * Fabbri (disabled). The password of each is {@code secret-<number>}.
 */
final class CallFlowHarness implements AutoCloseable, BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
    AfterEachCallback {
    static final Duration T = TestPhone.TIMEOUT;
    /** How long the PBX may take to release a call after its last message (a BYE's 200 in flight, the CDR write). */
    static final Duration SETTLE = Duration.ofSeconds(10);
    static final String EXTENSIONS = """
        extensions:
          - number: "101"
            name: Alice Rossi
            sipPassword: secret-101
          - number: "102"
            name: Bruno Verdi
            sipPassword: secret-102
          - number: "103"
            name: Carla Neri
            sipPassword: secret-103
          - number: "104"
            name: Dario Gallo
            sipPassword: secret-104
            ringTimeoutSeconds: 5
          - number: "105"
            name: Elena Fabbri
            sipPassword: secret-105
            enabled: false
        """;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    PbxFixture pbx;
    private final List<TestPhone> phones = new ArrayList<>();
    private Instant testStart = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    private CallFlowHarness(PbxFixture pbx) {
        this.pbx = pbx;
    }

    /**
     * As a JUnit extension ({@code @RegisterExtension static final CallFlowHarness flows = perClass();}): the PBX
     * starts before the class's first test and stops after its last; each test is framed by {@link #beginTest}
     * and {@link #endTest} (the leak check).
     */
    static CallFlowHarness perClass() {
        return new CallFlowHarness(null);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        pbx = PbxFixture.start(Files.createTempDirectory("call-flows-").resolve("data"), EXTENSIONS);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        beginTest();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        endTest();
    }

    static CallFlowHarness start(Path dir, Duration rtpTimeout) throws IOException {
        return new CallFlowHarness(PbxFixture.start(dir.resolve("data"), EXTENSIONS, rtpTimeout));
    }

    /** A PBX of its own whose legs are flagged for one-way audio after {@code oneWayAudioAfter} of silence. */
    static CallFlowHarness start(Path dir, Duration rtpTimeout, Duration oneWayAudioAfter) throws IOException {
        return new CallFlowHarness(PbxFixture.start(dir.resolve("data"), EXTENSIONS, rtpTimeout, oneWayAudioAfter));
    }

    /** Call records of this test are those started from now on. */
    void beginTest() {
        testStart = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    }

    /** The leak check, then every phone closed and every registration of the test dropped. */
    void endTest() {
        try {
            assertNoLeaks();
        } finally {
            for (TestPhone p : phones) {
                p.close();
                pbx.pbx.locations().removeAll(p.user());
            }
            phones.clear();
        }
    }

    /** Closes what is left of the phones, then the PBX. */
    @Override
    public void close() {
        phones.forEach(TestPhone::close);
        if (pbx != null) {
            pbx.close();
        }
    }

    /** A phone for {@code number} with its right password, not registered. */
    TestPhone phone(String number) throws IOException {
        return phone(number, "secret-" + number);
    }

    TestPhone phone(String number, String password) throws IOException {
        TestPhone p = TestPhone.start(number, password, pbx.sipPort());
        phones.add(p);
        return p;
    }

    /** A phone for {@code number}, registered (the REGISTER must get 200). */
    TestPhone registered(String number) throws IOException {
        TestPhone p = phone(number);
        SipResponse r = p.register(T);
        assertThat(r.status()).as("REGISTER of %s", number).isEqualTo(200);
        return p;
    }

    /** An answered call from {@code caller} to {@code callee}'s only phone: both dialogs confirmed (ACKed). */
    static Answered answered(TestPhone caller, TestPhone callee) {
        OutgoingCall out = caller.call(callee.user(), caller.sdp(), T);
        IncomingCall in = callee.awaitInvite(T);
        InetSocketAddress forCallee = pbxMedia(PhoneSdp.audioAddress(in.offer()), caller, callee);
        in.answer(callee.sdp());
        SipResponse ok = out.awaitAnswerAndAck(T);
        in.awaitAck(T);
        return new Answered(out, in, pbxMedia(PhoneSdp.audioAddress(ok), caller, callee), forCallee);
    }

    /** A call from {@code caller} ringing {@code callee}'s only phone: the 180 has reached the caller. */
    static Ringing ringing(TestPhone caller, TestPhone callee) {
        OutgoingCall out = caller.call(callee.user(), caller.sdp(), T);
        IncomingCall in = callee.awaitInvite(T);
        in.ring();
        assertThat(out.awaitResponse(T).status()).as("180 relayed to the caller").isEqualTo(180);
        return new Ringing(out, in);
    }

    record Ringing(OutgoingCall caller, IncomingCall callee) {
    }

    /** An answered call and where each phone sends its RTP (the PBX's ports). */
    record Answered(OutgoingCall caller, IncomingCall callee, InetSocketAddress pbxForCaller,
                    InetSocketAddress pbxForCallee) {
    }

    /** Once every call has ended, nothing of them is left: calls, legs, relay sessions and ports, dialogs. */
    void assertNoLeaks() {
        Centralino c = pbx.pbx;
        await("the PBX holds nothing of ended calls").atMost(SETTLE).pollInterval(Duration.ofMillis(50))
            .untilAsserted(() -> {
                assertThat(c.calls().activeCalls()).as("active calls: %s", c.calls().snapshot()).isZero();
                assertThat(c.calls().activeLegs()).as("active legs").isZero();
                assertThat(c.rtp().activeSessions()).as("RTP relay sessions").isZero();
                assertThat(c.rtp().portPairsInUse()).as("RTP port pairs in use").isZero();
                assertThat(c.b2bua().activeDialogs()).as("B2BUA dialogs").isZero();
            });
    }

    /** The PBX's RTP port for a phone, as the SDP it received says; checked to be the relay's, not a phone's. */
    static InetSocketAddress pbxMedia(InetSocketAddress inSdp, TestPhone... phones) {
        assertThat(inSdp.getPort()).as("RTP port in the SDP from the PBX").isBetween(
            ServerConfig.DEFAULT_RTP_PORTS.first(), ServerConfig.DEFAULT_RTP_PORTS.last());
        for (TestPhone p : phones) {
            assertThat(inSdp).as("the SDP must not carry a phone's own media address").isNotEqualTo(p.rtp().address());
        }
        return inSdp;
    }

    /** The call records of this test where {@code extension} called, was called or answered. */
    List<JsonNode> records(String extension) {
        try {
            var r = pbx.api("GET", "/api/v1/cdr?extension=" + extension + "&from=" + testStart, null);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            List<JsonNode> out = new ArrayList<>();
            JSON.readTree(r.body()).get("items").forEach(out::add);
            return out;
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The one call record of this test involving {@code extension}, waiting for its (asynchronous) write. */
    JsonNode record(String extension) {
        await("the call record of " + extension).atMost(SETTLE).pollInterval(Duration.ofMillis(50))
            .until(() -> !records(extension).isEmpty());
        List<JsonNode> all = records(extension);
        assertThat(all).as("call records of this test for %s", extension).hasSize(1);
        return all.getFirst();
    }
}
