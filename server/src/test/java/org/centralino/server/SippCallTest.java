package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.centralino.testkit.Sipp;
import org.centralino.testkit.Sipp.Media;
import org.centralino.testkit.Sipp.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calls between SIPp user agents through the started PBX (issue 3, "Tests: SIPp"): each caller registers, is
 * challenged on its INVITE with 407 and answers with digest credentials; each callee registers from its own
 * port and gets the PBX's INVITE there. Every test checks both SIPp runs, the call record field by field, and
 * that the PBX holds nothing of the call afterwards.
 */
class SippCallTest {
    private static final String HOST = "127.0.0.1";
    private static final Duration LIMIT = Duration.ofSeconds(40);

    @TempDir
    static Path tmp;
    @RegisterExtension
    static final CallFlowHarness flows = CallFlowHarness.perClass();

    private static Sipp caller(String scenario, String callee) {
        return Sipp.scenario(scenario, HOST, flows.pbx.sipPort()).workDir(tmp).account("101", "secret-101")
            .dial(callee);
    }

    private static Sipp.Running callee(Sipp callee, String extension) throws Exception {
        Sipp.Running running = callee.workDir(tmp).account(extension, "secret-" + extension).start(LIMIT);
        assertThat(running.awaitRegistered(Duration.ofSeconds(10))).as("callee %s registered", extension).isTrue();
        return running;
    }

    private static Sipp calleeScenario(String scenario) {
        return Sipp.callee(scenario, HOST, flows.pbx.sipPort());
    }

    @Test
    void theCalleeAnswersAndTheCallersRtpReachesItThroughThePbx() throws Exception {
        try (Sipp.Running bruno = callee(calleeScenario("uas-answer.xml"), "102")) {
            Result alice = caller("uac-call.xml", "102").talk(Duration.ofSeconds(2)).run(LIMIT);
            Result b = bruno.await(LIMIT);

            assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
            assertThat(b.allSucceeded()).as(b.output()).isTrue();
            assertThat(alice.received("407")).isEqualTo(1);
            assertThat(b.trace()).as("the callee sees the caller's number and name")
                .contains("From: \"Alice Rossi\" <sip:101@").contains("P-Asserted-Identity: \"Alice Rossi\" <sip:101@");
            assertThat(alice.rtpPacketsSent()).isGreaterThan(50);
            assertThat(b.rtpPacketsEchoed()).as("packets that crossed the relay to the callee").isGreaterThan(50);
        }
        ExpectedRecord.aliceToBruno("CALLER")
            .check(flows.record("101"));
    }

    @Test
    void theCalleesRtpReachesTheCallerThroughThePbx() throws Exception {
        try (Sipp.Running bruno = callee(calleeScenario("uas-answer.xml").media(Media.TONE), "102")) {
            Result alice = caller("uac-call.xml", "102").media(Media.ECHO).talk(Duration.ofSeconds(2)).run(LIMIT);
            Result b = bruno.await(LIMIT);

            assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
            assertThat(b.allSucceeded()).as(b.output()).isTrue();
            assertThat(alice.rtpPacketsEchoed()).as("packets that crossed the relay to the caller").isGreaterThan(50);
        }
        flows.record("101");
    }

    @Test
    void theCallerCancelsWhileTheCalleeRings() throws Exception {
        try (Sipp.Running bruno = callee(calleeScenario("uas-ring-forever.xml"), "102")) {
            Result alice = caller("uac-call-cancel.xml", "102").ring(Duration.ofSeconds(1)).run(LIMIT);
            Result b = bruno.await(LIMIT);

            assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
            assertThat(b.allSucceeded()).as("the callee got the CANCEL: " + b.output()).isTrue();
            assertThat(alice.received("487")).isEqualTo(1);
        }
        new ExpectedRecord("101", "Alice Rossi", "102", null, "CANCELLED", 487, "ORIGINATOR_CANCEL", "CALLER")
            .check(flows.record("101"));
    }

    @Test
    void aBusyCalleeGivesTheCaller486() throws Exception {
        try (Sipp.Running bruno = callee(calleeScenario("uas-busy.xml"), "102")) {
            Result alice = caller("uac-call-expect.xml", "102").expect(486).run(LIMIT);
            Result b = bruno.await(LIMIT);

            assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
            assertThat(b.allSucceeded()).as(b.output()).isTrue();
        }
        new ExpectedRecord("101", "Alice Rossi", "102", null, "BUSY", 486, "USER_BUSY", "CALLEE")
            .check(flows.record("101"));
    }

    @Test
    void anUnknownNumberGets404() throws Exception {
        Result alice = caller("uac-call-expect.xml", "999").expect(404).run(LIMIT);

        assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
        new ExpectedRecord("101", "Alice Rossi", "999", null, "FAILED", 404, "UNALLOCATED_NUMBER", "SYSTEM")
            .check(flows.record("101"));
    }

    @Test
    void anExtensionWithNoRegisteredPhoneGets480() throws Exception {
        Result alice = caller("uac-call-expect.xml", "103").expect(480).run(LIMIT);

        assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
        new ExpectedRecord("101", "Alice Rossi", "103", null, "FAILED", 480, "SUBSCRIBER_ABSENT", "SYSTEM")
            .check(flows.record("101"));
    }

    /** Extension 104 rings for 5 s (ringTimeoutSeconds in the harness): then 480 to the caller, CANCEL to it. */
    @Test
    void nobodyAnsweringWithinTheRingTimeoutGives480AndCancelsTheCallee() throws Exception {
        try (Sipp.Running dario = callee(calleeScenario("uas-ring-forever.xml"), "104")) {
            long start = System.nanoTime();
            Result alice = caller("uac-call-expect.xml", "104").expect(480).run(LIMIT);
            Duration rang = Duration.ofNanos(System.nanoTime() - start);
            Result d = dario.await(LIMIT);

            assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
            assertThat(d.allSucceeded()).as("the callee got the CANCEL: " + d.output()).isTrue();
            assertThat(rang).isGreaterThanOrEqualTo(Duration.ofSeconds(5));
        }
        long duration = new ExpectedRecord("101", "Alice Rossi", "104", null, "NO_ANSWER", 480, "NO_ANSWER", "SYSTEM")
            .check(flows.record("101"));
        assertThat(flows.record("101").get("durationSeconds").asLong()).isBetween(5L, 7L);
        assertThat(duration).isZero();
    }

    @Test
    void theCalleeHangsUpAndTheCallerGetsTheBye() throws Exception {
        try (Sipp.Running bruno = callee(calleeScenario("uas-answer-then-bye.xml").talk(Duration.ofSeconds(2)), "102")) {
            Result alice = caller("uac-call-wait-bye.xml", "102").run(LIMIT);
            Result b = bruno.await(LIMIT);

            assertThat(alice.allSucceeded()).as(alice.output()).isTrue();
            assertThat(b.allSucceeded()).as(b.output()).isTrue();
            assertThat(alice.received("BYE")).isEqualTo(1);
            assertThat(b.rtpPacketsEchoed()).isGreaterThan(20);
        }
        long billable = ExpectedRecord.aliceToBruno("CALLEE").check(flows.record("101"));
        assertThat(billable).isBetween(1L, 4L);
    }
}
