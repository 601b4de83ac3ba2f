package org.centralino.core.registrar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.centralino.core.MutableClock;
import org.centralino.sip.message.SipParser;
import org.centralino.sip.message.SipRequest;
import org.junit.jupiter.api.Test;

/** RFC 3261 §10.3 steps 6–8 on parsed REGISTER requests. */
class ContactUpdaterTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T10:00:00Z"));
    private final LocationService locations = new LocationService(clock);
    private final ContactUpdater updater = new ContactUpdater(locations, new RegistrarLimits(Duration.ofSeconds(3600),
        Duration.ofSeconds(60), Duration.ofSeconds(7200), 3));

    private static SipRequest register(String callId, int cseq, String contactLines, String expires) {
        String text = "REGISTER sip:pbx SIP/2.0\r\nVia: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK" + callId + cseq
            + "\r\nFrom: <sip:1001@pbx>;tag=f\r\nTo: <sip:1001@pbx>\r\nCall-ID: " + callId + "\r\nCSeq: " + cseq
            + " REGISTER\r\n" + contactLines + (expires == null ? "" : "Expires: " + expires + "\r\n")
            + "Max-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        return (SipRequest) SipParser.parse(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private RegisterOutcome apply(SipRequest r) {
        return updater.apply("1001", r, "udp:10.0.0.1:5060", clock.instant());
    }

    @Test
    void noExpiresAnywhereGivesTheDefaultInterval() {
        RegisterOutcome o = apply(register("a", 1, "Contact: <sip:1001@10.0.0.1>\r\n", null));
        assertThat(o).isInstanceOfSatisfying(RegisterOutcome.Registered.class, r -> assertThat(r.bindings())
            .singleElement().satisfies(b -> assertThat(b.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600))));
    }

    @Test
    void theContactExpiresParameterWinsOverTheHeader() {
        RegisterOutcome o = apply(register("a", 1, "Contact: <sip:1001@10.0.0.1>;expires=120\r\n", "600"));
        assertThat(((RegisterOutcome.Registered) o).bindings().getFirst().expiresAt())
            .isEqualTo(clock.instant().plusSeconds(120));
    }

    @Test
    void anOutOfOrderRegisterFromTheSameDeviceGets500() {
        assertThat(apply(register("a", 5, "Contact: <sip:1001@10.0.0.1>\r\n", "600")))
            .isInstanceOf(RegisterOutcome.Registered.class);
        RegisterOutcome late = apply(register("a", 4, "Contact: <sip:1001@10.0.0.1>\r\n", "600"));
        assertThat(late).isInstanceOfSatisfying(RegisterOutcome.Rejected.class, r -> assertThat(r.status())
            .isEqualTo(500));
    }

    @Test
    void beyondTheDeviceLimitTheOldestRegistrationMakesRoom() {
        for (int i = 1; i <= 4; i++) {
            apply(register("dev" + i, 1, "Contact: <sip:1001@10.0.0." + i + ">\r\n", "600"));
            clock.advance(Duration.ofSeconds(1));
        }
        assertThat(locations.of("1001")).extracting(Binding::contact)
            .containsExactlyInAnyOrder("sip:1001@10.0.0.2", "sip:1001@10.0.0.3", "sip:1001@10.0.0.4");
    }

    @Test
    void aNegativeOrUnreadableExpiresIsABadRequest() {
        assertThat(apply(register("a", 1, "Contact: <sip:1001@10.0.0.1>\r\n", "-5")))
            .isInstanceOfSatisfying(RegisterOutcome.Rejected.class, r -> assertThat(r.status()).isEqualTo(400));
        assertThat(apply(register("a", 2, "Contact: <sip:1001@10.0.0.1>;expires=soon\r\n", null)))
            .isInstanceOfSatisfying(RegisterOutcome.Rejected.class, r -> assertThat(r.status()).isEqualTo(400));
    }

    @Test
    void contactsThatDifferOnlyInCaseOrInParametersThatDoNotCountAreOneBinding() {
        apply(register("a", 1, "Contact: <sip:1001@PHONE.example.com:5062;transport=UDP;line=abc>\r\n", "600"));
        apply(register("a", 2, "Contact: <sip:1001@phone.example.com:5062;transport=udp;line=xyz>\r\n", "600"));
        assertThat(locations.of("1001")).singleElement().satisfies(b -> assertThat(b.contact())
            .isEqualTo("sip:1001@phone.example.com:5062;transport=udp;line=xyz"));
        // §19.1.4: a port given explicitly differs from no port at all, and the user part is case-sensitive
        apply(register("a", 3, "Contact: <sip:1001@phone.example.com;transport=udp>\r\n", "600"));
        apply(register("a", 4, "Contact: <sip:ALICE@phone.example.com:5062;transport=udp>\r\n", "600"));
        assertThat(locations.of("1001")).hasSize(3);
    }

    @Test
    void aRegisterWithoutContactIsAQueryThatChangesNothing() {
        apply(register("a", 1, "Contact: <sip:1001@10.0.0.1>\r\n", "600"));
        RegisterOutcome q = apply(register("b", 1, "", null));
        assertThat(((RegisterOutcome.Registered) q).bindings()).hasSize(1);
    }
}
