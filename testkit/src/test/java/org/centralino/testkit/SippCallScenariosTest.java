package org.centralino.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.centralino.testkit.Sipp.Media;
import org.centralino.testkit.Sipp.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The call scenarios proved peer to peer, without a PBX: each caller scenario against the callee scenario it
 * pairs with (the caller dialling the callee's port directly, skipping REGISTER and the 407), the callees
 * registering to a stub registrar that checks their digest credentials, and the caller's REGISTER and 407 path
 * against a stub of the PBX. Real RTP flows and SIPp's counters show it.
 */
class SippCallScenariosTest {
    private static final Duration LIMIT = Duration.ofSeconds(30);
    private static final String HOST = "127.0.0.1";

    @TempDir
    Path tmp;

    @Test
    void callerRegistersIsChallengedTalksAndHangsUpAgainstAStubOfThePbx() throws Exception {
        int pbxPort = Ports.freeUdpPort();
        try (Sipp.Running pbx = Sipp.scenario("stub-pbx-answer.xml", HOST, 9).workDir(tmp).localPort(pbxPort)
            .media(Media.ECHO).start(LIMIT)) {
            Result caller = caller("uac-call.xml", pbxPort).account("2001", "secret-2001").dial("2002")
                .talk(Duration.ofSeconds(2)).run(LIMIT);
            Result stub = pbx.await(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(stub.allSucceeded()).as(stub.output()).isTrue();
            assertThat(caller.received("401")).isEqualTo(2);
            assertThat(caller.received("407")).isEqualTo(1);
            assertThat(caller.trace()).contains("Proxy-Authorization: Digest username=\"2001\"");
            assertThat(caller.rtpPacketsSent()).isGreaterThan(50);
            assertThat(stub.rtpPacketsEchoed()).isGreaterThan(50);
        }
    }

    @Test
    void callerTalksToAnAnsweringCalleeThatEchoes() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-answer.xml", registrar, calleePort, "2002").start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call.xml", calleePort).talk(Duration.ofSeconds(2)).run(LIMIT);
            Result uas = callee.await(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(uas.allSucceeded()).as(uas.output()).isTrue();
            assertThat(reg.await(LIMIT).allSucceeded()).isTrue();
            assertThat(caller.received("180")).isEqualTo(1);
            assertThat(caller.rtpPacketsSent()).isGreaterThan(50);
            assertThat(uas.rtpPacketsEchoed()).as(uas.output()).isGreaterThan(50);
            assertThat(uas.trace()).contains("INVITE sip:2002@127.0.0.1:" + calleePort);
        }
    }

    @Test
    void calleeStreamsItsToneToACallerThatEchoes() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-answer.xml", registrar, calleePort, "2002").media(Media.TONE)
                 .start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call.xml", calleePort).media(Media.ECHO).talk(Duration.ofSeconds(2))
                .run(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(callee.await(LIMIT).allSucceeded()).isTrue();
            assertThat(caller.rtpPacketsEchoed()).isGreaterThan(50);
        }
    }

    @Test
    void callerCancelsWhileTheCalleeRings() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-ring-forever.xml", registrar, calleePort, "2003").start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call-cancel.xml", calleePort).ring(Duration.ofMillis(500)).run(LIMIT);
            Result uas = callee.await(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(uas.allSucceeded()).as(uas.output()).isTrue();
            assertThat(caller.sent("CANCEL")).isEqualTo(1);
            assertThat(caller.received("487")).isEqualTo(1);
        }
    }

    @Test
    void callerCancelsThroughRepeatedRingingAndTakesThe487BeforeTheCancelsOk() throws Exception {
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running callee = Sipp.scenario("stub-callee-ring-twice.xml", HOST, 9).workDir(tmp)
            .localPort(calleePort).media(Media.NONE).start(LIMIT)) {
            Result caller = peerCaller("uac-call-cancel.xml", calleePort).ring(Duration.ofMillis(600)).run(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(callee.await(LIMIT).allSucceeded()).isTrue();
            assertThat(caller.trace()).containsPattern("(?s)487 Request Terminated.*200 OK.*ACK sip");
        }
    }

    @Test
    void callerGetsTheBusyItExpects() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-busy.xml", registrar, calleePort, "2004").start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call-expect.xml", calleePort).expect(486).run(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(callee.await(LIMIT).allSucceeded()).isTrue();
            assertThat(caller.received("486")).isEqualTo(1);
        }
    }

    @Test
    void callerExpectingAnotherStatusFails() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-busy.xml", registrar, calleePort, "2005").start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call-expect.xml", calleePort).expect(404).run(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isFalse();
            assertThat(caller.failed()).isEqualTo(1);
            assertThat(caller.received("486")).isEqualTo(1);
            assertThat(callee.await(LIMIT).allSucceeded()).as("the callee did its part").isTrue();
        }
    }

    @Test
    void callerExpectingAnErrorThatIsAnsweredHangsUpAtOnceAndFails() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-answer.xml", registrar, calleePort, "2009").start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call-expect.xml", calleePort).expect(486).run(LIMIT);
            Result uas = callee.await(LIMIT);

            assertThat(caller.allSucceeded()).isFalse();
            assertThat(caller.sent("BYE")).isEqualTo(1);
            // the ACK and the BYE come back to back: the callee must take them both
            assertThat(uas.allSucceeded()).as(uas.output()).isTrue();
        }
    }

    @Test
    void calleeHangsUpAndTheCallerAnswersTheBye() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-answer-then-bye.xml", registrar, calleePort, "2006")
                 .talk(Duration.ofSeconds(1)).start(LIMIT)) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call-wait-bye.xml", calleePort).run(LIMIT);
            Result uas = callee.await(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(uas.allSucceeded()).as(uas.output()).isTrue();
            assertThat(caller.received("BYE")).isEqualTo(1);
            assertThat(uas.rtpPacketsEchoed()).isGreaterThan(20);
            assertThat(uas.trace()).containsPattern("BYE sip:2001@127\\.0\\.0\\.1:\\d+;transport=UDP SIP/2.0");
        }
    }

    @Test
    void calleeAnswersOptionsPingsAndFailsAtOnceOnAnUnexpectedRequest() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-answer.xml", registrar, calleePort, "2007").start(LIMIT);
             SipTestClient probe = new SipTestClient(calleePort)) {
            awaitRegistered(callee);
            assertThat(probe.request(request("OPTIONS", "1"), Duration.ofSeconds(5)).status()).isEqualTo(200);
            long start = System.nanoTime();
            probe.sendRaw(probe.fill(request("MESSAGE", "2")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            Result uas = callee.await(LIMIT);

            assertThat(uas.allSucceeded()).as(uas.output()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(LIMIT.dividedBy(2));
        }
    }

    @Test
    void calleeWaitingForMoreCallsFailsAtItsLimit() throws Exception {
        int registrar = Ports.freeUdpPort();
        int calleePort = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-busy.xml", registrar, calleePort, "2008").incomingCalls(2)
                 .start(Duration.ofSeconds(4))) {
            awaitRegistered(callee);
            Result caller = peerCaller("uac-call-expect.xml", calleePort).expect(486).run(LIMIT);
            Result uas = callee.await(LIMIT);

            assertThat(caller.allSucceeded()).as(caller.output()).isTrue();
            assertThat(uas.allSucceeded()).as(uas.output()).isFalse();
        }
    }

    @Test
    void aCalleeStoppedBeforeItsCallHasNotSucceeded() throws Exception {
        int registrar = Ports.freeUdpPort();
        try (Sipp.Running reg = registrar(registrar);
             Sipp.Running callee = callee("uas-answer.xml", registrar, Ports.freeUdpPort(), "2010").start(LIMIT)) {
            awaitRegistered(callee);
            Result uas = callee.stop();

            assertThat(uas.exitCode()).as("SIPp stopped by SIGTERM exits 0").isZero();
            assertThat(uas.allSucceeded()).isFalse();
        }
    }

    private static String request(String method, String cseq) {
        return method + " sip:callee@127.0.0.1 SIP/2.0\n"
            + "Via: SIP/2.0/UDP ${local};branch=${branch}\n"
            + "From: <sip:probe@127.0.0.1>;tag=probe" + cseq + "\n"
            + "To: <sip:callee@127.0.0.1>\n"
            + "Call-ID: probe-" + method + "-" + System.nanoTime() + "\n"
            + "CSeq: " + cseq + " " + method + "\n"
            + "Max-Forwards: 70\n";
    }

    private Sipp.Running registrar(int port) throws Exception {
        return Sipp.scenario("stub-registrar.xml", HOST, 9).workDir(tmp).localPort(port).media(Media.NONE)
            .start(LIMIT);
    }

    private Sipp callee(String scenario, int registrar, int port, String extension) {
        return Sipp.callee(scenario, HOST, registrar).workDir(tmp).localPort(port)
            .account(extension, "secret-" + extension);
    }

    private Sipp caller(String scenario, int port) {
        return Sipp.scenario(scenario, HOST, port).workDir(tmp);
    }

    /** A caller dialling the callee directly: no registrar, no challenge. */
    private Sipp peerCaller(String scenario, int calleePort) {
        return caller(scenario, calleePort).account("2001", null).dial("2002").withoutRegistration()
            .withoutAuthentication();
    }

    private static void awaitRegistered(Sipp.Running callee) throws Exception {
        assertThat(callee.awaitRegistered(Duration.ofSeconds(10))).as("registered").isTrue();
    }
}
