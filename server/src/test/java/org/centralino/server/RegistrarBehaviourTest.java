package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import org.centralino.core.registrar.Binding;
import org.centralino.sip.auth.DigestClient;
import org.centralino.sip.message.HeaderNames;
import org.centralino.sip.message.SipResponse;
import org.centralino.testkit.SipTestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The registrar's rules (RFC 3261 §10.3) exercised over real UDP with exact messages: expiry limits,
 * several devices, un-registering, SHA-256 challenges, and what happens to malformed input.
 */
class RegistrarBehaviourTest {
    private static final Duration WAIT = Duration.ofSeconds(5);
    @TempDir
    static Path tmp;
    static PbxFixture pbx;

    @BeforeAll
    static void start() throws Exception {
        pbx = PbxFixture.start(tmp.resolve("data"), """
            extensions:
              - number: "3001"
                name: Elena
                sipPassword: pass-3001-x
              - number: "3002"
                name: Fabio
                sipPassword: pass-3002-x
                digestAlgorithms: [SHA-256, MD5]
              - number: "3003"
                name: Gino
                sipPassword: pass-3003-x
              - number: "3004"
                name: Ivo
                sipPassword: pass-3004-x
            """);
    }

    @AfterAll
    static void stop() {
        pbx.close();
    }

    private static String register(String ext, int cseq, String callId, String contact, String expires,
                                   String authorization) {
        return "REGISTER sip:${target} SIP/2.0\n"
            + "Via: SIP/2.0/UDP ${local};branch=${branch};rport\n"
            + "From: <sip:" + ext + "@${target}>;tag=t" + callId + "\n"
            + "To: <sip:" + ext + "@${target}>\n"
            + "Call-ID: " + callId + "\n"
            + "CSeq: " + cseq + " REGISTER\n"
            + (contact == null ? "" : "Contact: " + contact + "\n")
            + (expires == null ? "" : "Expires: " + expires + "\n")
            + (authorization == null ? "" : "Authorization: " + authorization + "\n")
            + "Max-Forwards: 70\n";
    }

    /** Does the challenge round trip as a phone would; returns the final answer to the authenticated request. */
    private static SipResponse registerWithAuth(SipTestClient c, String ext, String password, String callId,
                                                int cseq, String contact, String expires) throws Exception {
        SipResponse challenge = c.request(register(ext, cseq, callId, contact, expires, null), WAIT);
        assertThat(challenge.status()).isEqualTo(401);
        String auth = new DigestClient(ext, password, new SecureRandom())
            .authorize(challenge.headers().all(HeaderNames.WWW_AUTHENTICATE), "REGISTER", "sip:" + c.target());
        return c.request(register(ext, cseq + 1, callId, contact, expires, auth), WAIT);
    }

    @Test
    void anIntervalBelowTheMinimumGets423WithMinExpires() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            SipResponse r = registerWithAuth(c, "3001", "pass-3001-x", "brief-1", 1,
                "<sip:3001@" + c.local() + ">", "10");
            assertThat(r.status()).isEqualTo(423);
            assertThat(r.headers().firstOrNull(HeaderNames.MIN_EXPIRES)).isEqualTo("60");
        }
    }

    @Test
    void aLongIntervalIsClampedToTheMaximum() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            SipResponse r = registerWithAuth(c, "3003", "pass-3003-x", "long-1", 1,
                "<sip:3003@" + c.local() + ">", "999999");
            assertThat(r.status()).isEqualTo(200);
            assertThat(r.headers().all(HeaderNames.CONTACT))
                .contains("<sip:3003@" + c.local() + ">;expires=7200");
            assertThat(r.headers().firstOrNull(HeaderNames.DATE)).isNotBlank();
        }
    }

    @Test
    void aDeskPhoneAndASoftphoneRegisterTogetherAndUnregisterOneByOneThenAll() throws Exception {
        try (SipTestClient desk = new SipTestClient(pbx.sipPort());
             SipTestClient soft = new SipTestClient(pbx.sipPort())) {
            assertThat(registerWithAuth(desk, "3004", "pass-3004-x", "desk-1", 1,
                "<sip:3004@" + desk.local() + ">", "300").status()).isEqualTo(200);
            SipResponse both = registerWithAuth(soft, "3004", "pass-3004-x", "soft-1", 1,
                "<sip:3004@" + soft.local() + ">", "300");
            assertThat(both.status()).isEqualTo(200);
            assertThat(both.headers().all(HeaderNames.CONTACT)).hasSize(2);
            assertThat(pbx.pbx.locations().of("3004")).extracting(Binding::contact)
                .containsExactlyInAnyOrder("sip:3004@" + desk.local(), "sip:3004@" + soft.local());

            SipResponse one = registerWithAuth(desk, "3004", "pass-3004-x", "desk-1", 10,
                "<sip:3004@" + desk.local() + ">", "0");
            assertThat(one.status()).isEqualTo(200);
            assertThat(pbx.pbx.locations().of("3004")).extracting(Binding::contact)
                .containsExactly("sip:3004@" + soft.local());

            SipResponse none = registerWithAuth(soft, "3004", "pass-3004-x", "soft-1", 10, "*", "0");
            assertThat(none.status()).isEqualTo(200);
            assertThat(none.headers().all(HeaderNames.CONTACT)).isEmpty();
            assertThat(pbx.pbx.locations().of("3004")).isEmpty();
        }
    }

    @Test
    void wildcardWithoutExpiresZeroIsABadRequest() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            assertThat(registerWithAuth(c, "3001", "pass-3001-x", "star-1", 1, "*", "60").status()).isEqualTo(400);
        }
    }

    @Test
    void anExtensionWithSha256GetsOneChallengePerAlgorithmSha256FirstAndCanUseIt() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            SipResponse challenge = c.request(register("3002", 1, "sha-1", "<sip:3002@" + c.local() + ">", "300",
                null), WAIT);
            List<String> challenges = challenge.headers().all(HeaderNames.WWW_AUTHENTICATE);
            assertThat(challenges).hasSize(2);
            assertThat(challenges.get(0)).contains("algorithm=SHA-256");
            assertThat(challenges.get(1)).contains("algorithm=MD5");
            String auth = new DigestClient("3002", "pass-3002-x", new SecureRandom())
                .authorize(challenges, "REGISTER", "sip:" + c.target());
            assertThat(auth).contains("algorithm=SHA-256");
            SipResponse ok = c.request(register("3002", 2, "sha-1", "<sip:3002@" + c.local() + ">", "300", auth),
                WAIT);
            assertThat(ok.status()).isEqualTo(200);
        }
    }

    @Test
    void aReplayedAuthorizationIsNotAccepted() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            SipResponse challenge = c.request(register("3001", 1, "replay-1", "<sip:3001@" + c.local() + ">", "300",
                null), WAIT);
            String auth = new DigestClient("3001", "pass-3001-x", new SecureRandom())
                .authorize(challenge.headers().all(HeaderNames.WWW_AUTHENTICATE), "REGISTER", "sip:" + c.target());
            assertThat(c.request(register("3001", 2, "replay-1", "<sip:3001@" + c.local() + ">", "300", auth), WAIT)
                .status()).isEqualTo(200);
            // the same credentials in a new transaction (a new branch): a captured request replayed
            SipResponse replay = c.request(register("3001", 3, "replay-1", "<sip:3001@" + c.local() + ">", "300",
                auth), WAIT);
            assertThat(replay.status()).isEqualTo(401);
        }
    }

    @Test
    void malformedRequestsGet400AndGarbageIsIgnoredAndTheServerGoesOn() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            // CSeq method differs from the request method (RFC 3261 §8.1.1.5)
            SipResponse bad = c.request("OPTIONS sip:${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\n"
                + "From: <sip:x@${local}>;tag=1\nTo: <sip:${target}>\nCall-ID: bad-1\nCSeq: 1 INVITE\n"
                + "Max-Forwards: 70\n", WAIT);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.reason()).startsWith("Bad Request");

            c.sendRaw("\u0000\u0001garbage that is not SIP at all\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
            c.sendRaw(new byte[] {(byte) 0xff, (byte) 0xfe, 0x00, 0x42});
            c.sendRaw("INVITE sip:x SIP/2.0\r\nVia: broken\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(c.receive(Duration.ofMillis(500))).isNull();

            SipResponse ok = c.request("OPTIONS sip:${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\n"
                + "From: <sip:x@${local}>;tag=1\nTo: <sip:${target}>\nCall-ID: after-garbage\nCSeq: 1 OPTIONS\n"
                + "Max-Forwards: 70\n", WAIT);
            assertThat(ok.status()).isEqualTo(200);
            assertThat(ok.headers().firstOrNull("Allow")).contains("REGISTER", "OPTIONS");
        }
    }

    @Test
    void anOversizeRequestIsAnswered513OrDropped() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            String big = "X-Padding: " + "a".repeat(8000) + "\n";
            StringBuilder msg = new StringBuilder("OPTIONS sip:${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\n"
                + "From: <sip:x@${local}>;tag=1\nTo: <sip:${target}>\nCall-ID: big-1\nCSeq: 1 OPTIONS\n"
                + "Max-Forwards: 70\n");
            for (int i = 0; i < 7; i++) {
                msg.append(big);
            }
            SipResponse r = c.request(msg.toString(), Duration.ofSeconds(2));
            if (r != null) {
                assertThat(r.status()).isEqualTo(513);
            }
            SipResponse ok = c.request("OPTIONS sip:${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\n"
                + "From: <sip:x@${local}>;tag=1\nTo: <sip:${target}>\nCall-ID: after-big\nCSeq: 1 OPTIONS\n"
                + "Max-Forwards: 70\n", WAIT);
            assertThat(ok.status()).isEqualTo(200);
        }
    }

    @Test
    void unknownMethodsGet501AndMethodsNotServedYetGet405WithAllow() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            SipResponse unknown = c.request("FOOBAR sip:${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\n"
                + "From: <sip:x@${local}>;tag=1\nTo: <sip:${target}>\nCall-ID: m-1\nCSeq: 1 FOOBAR\n"
                + "Max-Forwards: 70\n", WAIT);
            assertThat(unknown.status()).isEqualTo(501);
            SipResponse subscribe = c.request("SUBSCRIBE sip:1001@${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};"
                + "branch=${branch}\nFrom: <sip:x@${local}>;tag=1\nTo: <sip:1001@${target}>\nCall-ID: m-2\n"
                + "CSeq: 1 SUBSCRIBE\nEvent: dialog\nMax-Forwards: 70\n", WAIT);
            assertThat(subscribe.status()).isEqualTo(405);
            assertThat(subscribe.headers().firstOrNull("Allow")).contains("REGISTER");
            SipResponse bye = c.request("BYE sip:1001@${target} SIP/2.0\nVia: SIP/2.0/UDP ${local};branch=${branch}\n"
                + "From: <sip:x@${local}>;tag=1\nTo: <sip:1001@${target}>;tag=2\nCall-ID: m-3\nCSeq: 1 BYE\n"
                + "Max-Forwards: 70\n", WAIT);
            assertThat(bye.status()).isEqualTo(481);
        }
    }

    @Test
    void aRetransmittedUnauthenticatedRegisterGetsTheIdenticalChallenge() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            byte[] request = c.fill(register("3001", 1, "retx-401", "<sip:3001@" + c.local() + ">", "300", null))
                .getBytes(StandardCharsets.UTF_8);
            int before = pbx.pbx.sip().transactions().serverTransactionCount();
            c.sendRaw(request);
            SipResponse first = c.awaitFinal(WAIT);
            c.sendRaw(request);
            SipResponse again = c.awaitFinal(WAIT);
            assertThat(first.status()).isEqualTo(401);
            assertThat(again.encode()).isEqualTo(first.encode());
            // stateless: the challenges left no transaction behind (earlier tests' may only have expired)
            // (the lane removes the transaction just after sending, so allow it that moment)
            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(pbx.pbx.sip().transactions().serverTransactionCount()).isLessThanOrEqualTo(before));
        }
    }

    @Test
    void aRetransmittedRegisterIsAnsweredFromTheTransactionNotProcessedTwice() throws Exception {
        try (SipTestClient c = new SipTestClient(pbx.sipPort())) {
            SipResponse challenge = c.request(register("3003", 1, "retx-1", "<sip:3003@" + c.local() + ">", "300",
                null), WAIT);
            String auth = new DigestClient("3003", "pass-3003-x", new SecureRandom())
                .authorize(challenge.headers().all(HeaderNames.WWW_AUTHENTICATE), "REGISTER", "sip:" + c.target());
            String request = c.fill(register("3003", 2, "retx-1", "<sip:3003@" + c.local() + ">", "300", auth));
            c.sendRaw(request.getBytes(StandardCharsets.UTF_8));
            assertThat(c.awaitFinal(WAIT).status()).isEqualTo(200);
            // the identical bytes again (same branch): the transaction answers 200 again, no replay rejection
            c.sendRaw(request.getBytes(StandardCharsets.UTF_8));
            assertThat(c.awaitFinal(WAIT).status()).isEqualTo(200);
        }
    }
}
