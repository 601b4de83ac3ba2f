package org.centralino.sip.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.sip.auth.RfcDigestVectorsTest.parsed;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.centralino.sip.auth.DigestResult.Failure;
import org.junit.jupiter.api.Test;

class DigestAuthenticatorTest {
    private static final String REALM = "pbx.example.com";
    private static final String URI = "sip:pbx.example.com";
    private static final byte[] SECRET = "0123456789abcdef0123456789abcdef".getBytes();
    private static final List<DigestAlgorithm> MD5 = List.of(DigestAlgorithm.MD5);

    private final FakeClock clock = new FakeClock(Instant.parse("2025-06-01T10:00:00Z"));
    private final DigestAuthenticator auth = authenticator(DigestLimits.defaults());
    /** 1001 has both algorithms, 1002 only MD5. */
    private final Ha1Lookup users = username -> switch (username) {
        case "1001" -> Map.of(DigestAlgorithm.MD5, DigestAlgorithm.MD5.ha1("1001", REALM, "secret1"),
            DigestAlgorithm.SHA_256, DigestAlgorithm.SHA_256.ha1("1001", REALM, "secret1"));
        case "1002" -> Map.of(DigestAlgorithm.MD5, DigestAlgorithm.MD5.ha1("1002", REALM, "secret2"));
        default -> Map.of();
    };

    private DigestAuthenticator authenticator(DigestLimits limits) {
        return new DigestAuthenticator(REALM, clock, SECRET, limits, new Random(7));
    }

    private String phone(String user, String password, List<String> challenge) {
        return new DigestClient(user, password, new Random(3)).authorize(challenge, "REGISTER", URI);
    }

    @Test
    void challenge_lists_one_header_per_algorithm_in_the_given_order_with_one_nonce() {
        List<String> values = auth.challenges(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5));

        assertThat(values).hasSize(2);
        DigestChallenge first = parsed(DigestChallenge.parse(values.get(0)));
        DigestChallenge second = parsed(DigestChallenge.parse(values.get(1)));
        assertThat(first.algorithm()).isEqualTo(DigestAlgorithm.SHA_256);
        assertThat(second.algorithm()).isEqualTo(DigestAlgorithm.MD5);
        assertThat(first.nonce()).isEqualTo(second.nonce()).hasSize(NonceCodec.ENCODED_LENGTH);
        assertThat(values.get(1)).matches("Digest realm=\"pbx\\.example\\.com\", nonce=\"[A-Za-z0-9_-]{48}\", "
            + "opaque=\"[A-Za-z0-9_-]+\", algorithm=MD5, qop=\"auth\"");
    }

    @Test
    void a_seeded_challenge_is_the_same_for_a_retransmission_and_new_for_another_request() {
        List<String> first = auth.challengesFor("z9hG4bKa|10.0.0.1:5060|call-1", MD5, false);
        clock.advance(Duration.ofMillis(500));
        List<String> retransmission = auth.challengesFor("z9hG4bKa|10.0.0.1:5060|call-1", MD5, false);
        List<String> other = auth.challengesFor("z9hG4bKb|10.0.0.1:5060|call-1", MD5, false);

        assertThat(retransmission).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        DigestResult ok = auth.verify(phone("1002", "secret2", retransmission), "REGISTER", users);
        assertThat(ok).isEqualTo(new DigestResult.Ok("1002"));
    }

    @Test
    void a_steady_stream_of_seeded_challenges_does_not_overflow_the_replay_table() {
        // 1,500 registrations over 15 s against a table of 1,000: fine as long as one slice (5 s) never holds
        // more than the cap, i.e. as long as seeded nonces do not all share one issue time
        DigestAuthenticator small = authenticator(DigestLimits.defaults().withMaxTrackedNonces(1_000));
        for (int i = 0; i < 1_500; i++) {
            List<String> challenge = small.challengesFor("z9hG4bK" + i + "|10.0.0.1:5060|call-" + i, MD5, false);
            assertThat(small.verify(phone("1002", "secret2", challenge), "REGISTER", users))
                .as("registration %d", i).isEqualTo(new DigestResult.Ok("1002"));
            clock.advance(Duration.ofMillis(10));
        }
    }

    @Test
    void a_seeded_nonce_still_ages_and_goes_stale_within_its_lifetime() {
        List<String> challenge = auth.challengesFor("z9hG4bKc|10.0.0.1:5060|call-2", MD5, false);
        clock.advance(Duration.ofSeconds(301));
        assertThat(auth.verify(phone("1002", "secret2", challenge), "REGISTER", users))
            .isInstanceOf(DigestResult.Stale.class);
    }

    @Test
    void stale_challenge_carries_stale_true_and_a_fresh_nonce() {
        String before = parsed(DigestChallenge.parse(auth.challenges(MD5).getFirst())).nonce();
        DigestChallenge stale = parsed(DigestChallenge.parse(auth.challenges(MD5, true).getFirst()));

        assertThat(stale.stale()).isTrue();
        assertThat(stale.nonce()).isNotEqualTo(before);
    }

    @Test
    void challenge_refuses_no_algorithm_or_a_repeated_one() {
        assertThatThrownBy(() -> auth.challenges(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> auth.challenges(List.of(DigestAlgorithm.MD5, DigestAlgorithm.MD5)))
            .hasMessageContaining("listed twice");
    }

    @Test
    void a_phone_answering_the_challenge_is_authenticated_with_md5_and_sha256() {
        List<DigestAlgorithm> both = List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5);
        String sha = phone("1001", "secret1", auth.challenges(both));
        String md5 = phone("1001", "secret1", auth.challenges(both).subList(1, 2));

        assertThat(sha).contains("algorithm=SHA-256");
        assertThat(auth.verify(sha, "REGISTER", users)).isEqualTo(new DigestResult.Ok("1001"));
        assertThat(md5).contains("algorithm=MD5");
        assertThat(auth.verify(md5, "REGISTER", users)).isEqualTo(new DigestResult.Ok("1001"));
    }

    @Test
    void wrong_password_is_invalid() {
        String credentials = phone("1001", "guess", auth.challenges(MD5));

        assertThat(auth.verify(credentials, "REGISTER", users)).isInstanceOfSatisfying(DigestResult.Invalid.class,
            i -> assertThat(i.failure()).isEqualTo(Failure.WRONG_RESPONSE));
    }

    @Test
    void changed_method_is_invalid_because_ha2_covers_it() {
        String credentials = phone("1001", "secret1", auth.challenges(MD5));

        assertThat(failure(auth.verify(credentials, "INVITE", users))).isEqualTo(Failure.WRONG_RESPONSE);
    }

    @Test
    void unknown_user_and_algorithm_not_enabled_are_invalid() {
        List<String> challenge = auth.challenges(List.of(DigestAlgorithm.SHA_256, DigestAlgorithm.MD5));

        assertThat(failure(auth.verify(phone("9999", "x", challenge), "REGISTER", users)))
            .isEqualTo(Failure.UNKNOWN_USER);
        assertThat(failure(auth.verify(phone("1002", "secret2", challenge), "REGISTER", users)))
            .isEqualTo(Failure.ALGORITHM_NOT_ALLOWED);
        assertThat(auth.verify(phone("1002", "secret2", challenge.subList(1, 2)), "REGISTER", users))
            .isEqualTo(new DigestResult.Ok("1002"));
    }

    @Test
    void expired_nonce_with_a_correct_response_is_stale() {
        String credentials = phone("1001", "secret1", auth.challenges(MD5));
        clock.advance(DigestLimits.DEFAULT_NONCE_LIFETIME.plusMillis(1));

        assertThat(auth.verify(credentials, "REGISTER", users)).isInstanceOfSatisfying(DigestResult.Stale.class,
            s -> assertThat(s.username()).isEqualTo("1001"));
    }

    @Test
    void nonce_at_the_end_of_its_lifetime_is_still_accepted() {
        String credentials = phone("1001", "secret1", auth.challenges(MD5));
        clock.advance(DigestLimits.DEFAULT_NONCE_LIFETIME);

        assertThat(auth.verify(credentials, "REGISTER", users)).isEqualTo(new DigestResult.Ok("1001"));
    }

    @Test
    void expired_nonce_with_a_wrong_response_is_invalid_not_stale() {
        String credentials = phone("1001", "guess", auth.challenges(MD5));
        clock.advance(Duration.ofHours(1));

        assertThat(failure(auth.verify(credentials, "REGISTER", users))).isEqualTo(Failure.WRONG_RESPONSE);
    }

    @Test
    void tampered_nonce_is_invalid() {
        DigestChallenge c = parsed(DigestChallenge.parse(auth.challenges(MD5).getFirst()));
        char[] nonce = c.nonce().toCharArray();
        nonce[3] = nonce[3] == 'A' ? 'B' : 'A'; // inside the timestamp: an attempt to extend the lifetime
        DigestChallenge forged = new DigestChallenge(REALM, new String(nonce), c.opaque(), c.algorithm(), c.qop(),
            false);

        String credentials = DigestClient.answer(forged, "1001", "secret1", "REGISTER", URI, "abcdef", 1);

        assertThat(failure(auth.verify(credentials, "REGISTER", users))).isEqualTo(Failure.BAD_NONCE);
    }

    @Test
    void nonce_of_another_secret_or_realm_is_invalid() {
        DigestAuthenticator otherSecret = new DigestAuthenticator(REALM, clock,
            "another secret of 32 bytes......".getBytes(), DigestLimits.defaults(), new Random(1));
        DigestAuthenticator otherRealm = new DigestAuthenticator("other.example.com", clock, SECRET,
            DigestLimits.defaults(), new Random(1));
        DigestChallenge foreign = parsed(DigestChallenge.parse(otherRealm.challenges(MD5).getFirst()));
        DigestChallenge relabelled = new DigestChallenge(REALM, foreign.nonce(), null, DigestAlgorithm.MD5,
            List.of("auth"), false);

        assertThat(failure(auth.verify(phone("1001", "secret1", otherSecret.challenges(MD5)), "REGISTER", users)))
            .isIn(Failure.BAD_NONCE, Failure.WRONG_OPAQUE);
        assertThat(failure(auth.verify(DigestClient.answer(relabelled, "1001", "secret1", "REGISTER", URI, "c", 1),
            "REGISTER", users))).isEqualTo(Failure.BAD_NONCE);
    }

    @Test
    void replayed_or_lower_nonce_count_is_invalid_and_a_higher_one_is_ok() {
        DigestChallenge c = parsed(DigestChallenge.parse(auth.challenges(MD5).getFirst()));
        String nc1 = DigestClient.answer(c, "1001", "secret1", "REGISTER", URI, "c1", 1);
        String nc3 = DigestClient.answer(c, "1001", "secret1", "REGISTER", URI, "c3", 3);
        String nc2 = DigestClient.answer(c, "1001", "secret1", "REGISTER", URI, "c2", 2);

        assertThat(auth.verify(nc1, "REGISTER", users)).isInstanceOf(DigestResult.Ok.class);
        DigestResult replay = auth.verify(nc1, "REGISTER", users);
        assertThat(failure(replay)).isEqualTo(Failure.REPLAYED);
        assertThat(((DigestResult.Invalid) replay).reason()).contains("replayed nonce count");
        assertThat(auth.verify(nc3, "REGISTER", users)).isInstanceOf(DigestResult.Ok.class);
        assertThat(failure(auth.verify(nc2, "REGISTER", users))).isEqualTo(Failure.REPLAYED);
    }

    @Test
    void a_phone_reusing_its_nonce_with_increasing_nc_stays_authenticated() {
        List<String> challenge = auth.challenges(MD5);
        DigestClient phone = new DigestClient("1001", "secret1", new Random(5));

        for (int i = 1; i <= 5; i++) {
            String credentials = phone.authorize(challenge, "REGISTER", URI);
            assertThat(parsed(DigestCredentials.parse(credentials)).ncValue()).isEqualTo(i);
            assertThat(auth.verify(credentials, "REGISTER", users)).isEqualTo(new DigestResult.Ok("1001"));
        }
    }

    @Test
    void without_qop_a_nonce_is_accepted_once_then_stale() {
        DigestChallenge c = parsed(DigestChallenge.parse(auth.challenges(MD5).getFirst()));
        DigestChallenge rfc2069 = new DigestChallenge(REALM, c.nonce(), c.opaque(), c.algorithm(), List.of(), false);
        String credentials = DigestClient.answer(rfc2069, "1001", "secret1", "REGISTER", URI, "unused", 1);

        assertThat(credentials).doesNotContain("qop", "nc=", "cnonce");
        assertThat(auth.verify(credentials, "REGISTER", users)).isEqualTo(new DigestResult.Ok("1001"));
        assertThat(auth.verify(credentials, "REGISTER", users)).isInstanceOf(DigestResult.Stale.class);
        assertThat(auth.verify(DigestClient.answer(c, "1001", "secret1", "REGISTER", URI, "c", 1), "REGISTER",
            users)).isInstanceOf(DigestResult.Stale.class);
    }

    @Test
    void wrong_realm_qop_and_opaque_are_invalid() {
        DigestChallenge c = parsed(DigestChallenge.parse(auth.challenges(MD5).getFirst()));

        assertThat(failure(auth.verify(DigestClient.answer(new DigestChallenge("evil", c.nonce(), c.opaque(),
            c.algorithm(), c.qop(), false), "1001", "secret1", "REGISTER", URI, "c", 1), "REGISTER", users)))
            .isEqualTo(Failure.WRONG_REALM);
        assertThat(failure(auth.verify(DigestClient.answer(new DigestChallenge(REALM, c.nonce(), "other",
            c.algorithm(), c.qop(), false), "1001", "secret1", "REGISTER", URI, "c", 1), "REGISTER", users)))
            .isEqualTo(Failure.WRONG_OPAQUE);
        String authInt = DigestClient.answer(c, "1001", "secret1", "REGISTER", URI, "c", 1)
            .replace("qop=auth", "qop=auth-int");
        assertThat(failure(auth.verify(authInt, "REGISTER", users))).isEqualTo(Failure.BAD_QOP);
        String ncZero = DigestClient.answer(c, "1001", "secret1", "REGISTER", URI, "c", 0);
        assertThat(failure(auth.verify(ncZero, "REGISTER", users))).isEqualTo(Failure.BAD_QOP);
    }

    @Test
    void missing_opaque_is_tolerated() {
        DigestChallenge c = parsed(DigestChallenge.parse(auth.challenges(MD5).getFirst()));
        DigestChallenge noOpaque = new DigestChallenge(REALM, c.nonce(), null, c.algorithm(), c.qop(), false);

        assertThat(auth.verify(DigestClient.answer(noOpaque, "1001", "secret1", "REGISTER", URI, "c", 1),
            "REGISTER", users)).isInstanceOf(DigestResult.Ok.class);
    }

    @Test
    void malformed_credentials_are_an_invalid_value_not_an_exception() {
        assertThat(failure(auth.verify("Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==", "REGISTER", users)))
            .isEqualTo(Failure.MALFORMED);
        assertThat(failure(auth.verify((String) null, "REGISTER", users))).isEqualTo(Failure.MALFORMED);
    }

    @Test
    void among_several_credentials_the_one_for_our_realm_is_verified() {
        List<String> challenge = auth.challenges(MD5);
        String other = "Digest username=\"x\", realm=\"elsewhere\", nonce=\"n\", uri=\"u\", response=\"r\"";

        assertThat(auth.verify(List.of("garbage", other, phone("1001", "secret1", challenge)), "REGISTER", users))
            .isEqualTo(new DigestResult.Ok("1001"));
        assertThat(failure(auth.verify(List.of(other), "REGISTER", users))).isEqualTo(Failure.WRONG_REALM);
        assertThat(failure(auth.verify(List.of(), "REGISTER", users))).isEqualTo(Failure.WRONG_REALM);
    }

    @Test
    void shared_secret_lets_another_node_verify_and_both_use_the_same_opaque() {
        DigestAuthenticator node2 = authenticator(DigestLimits.defaults());

        assertThat(node2.verify(phone("1001", "secret1", auth.challenges(MD5)), "REGISTER", users))
            .isEqualTo(new DigestResult.Ok("1001"));
    }

    @Test
    void nonce_from_beyond_the_clock_skew_is_stale() {
        FakeClock ahead = new FakeClock(clock.instant().plus(Duration.ofMinutes(2)));
        DigestAuthenticator futureNode = new DigestAuthenticator(REALM, ahead, SECRET, DigestLimits.defaults(),
            new Random(2));

        assertThat(auth.verify(phone("1001", "secret1", futureNode.challenges(MD5)), "REGISTER", users))
            .isInstanceOf(DigestResult.Stale.class);
    }

    @Test
    void over_the_tracked_nonce_cap_old_nonces_turn_stale_and_never_replayable() {
        DigestAuthenticator small = authenticator(DigestLimits.defaults().withMaxTrackedNonces(2));
        DigestClient phone = new DigestClient("1001", "secret1", new Random(9));
        List<String> old = small.challenges(MD5);
        String oldFirstUse = phone.authorize(old, "REGISTER", URI);
        assertThat(small.verify(oldFirstUse, "REGISTER", users)).isInstanceOf(DigestResult.Ok.class);
        clock.advance(Duration.ofSeconds(30)); // later slices

        for (int i = 0; i < 2; i++) {
            assertThat(small.verify(phone("1001", "secret1", small.challenges(MD5)), "REGISTER", users))
                .isInstanceOf(DigestResult.Ok.class);
        }

        assertThat(small.trackedNonces()).isEqualTo(2);
        assertThat(small.verify(oldFirstUse, "REGISTER", users)).isInstanceOf(DigestResult.Stale.class);
        assertThat(small.verify(phone.authorize(old, "REGISTER", URI), "REGISTER", users))
            .isInstanceOf(DigestResult.Stale.class);
    }

    @Test
    void cap_filled_by_the_current_slice_refuses_new_nonces_until_the_slice_ends() {
        DigestAuthenticator small = authenticator(DigestLimits.defaults().withMaxTrackedNonces(2));
        DigestClient phone = new DigestClient("1001", "secret1", new Random(9));
        List<String> kept = small.challenges(MD5);
        assertThat(small.verify(phone.authorize(kept, "REGISTER", URI), "REGISTER", users))
            .isInstanceOf(DigestResult.Ok.class);
        assertThat(small.verify(phone("1001", "secret1", small.challenges(MD5)), "REGISTER", users))
            .isInstanceOf(DigestResult.Ok.class);

        assertThat(small.verify(phone("1001", "secret1", small.challenges(MD5)), "REGISTER", users))
            .isInstanceOf(DigestResult.Stale.class);
        assertThat(small.verify(phone.authorize(kept, "REGISTER", URI), "REGISTER", users))
            .as("nonces already tracked keep working").isInstanceOf(DigestResult.Ok.class);
        clock.advance(Duration.ofSeconds(10));
        assertThat(small.verify(phone("1001", "secret1", small.challenges(MD5)), "REGISTER", users))
            .isInstanceOf(DigestResult.Ok.class);
        assertThat(small.trackedNonces()).isLessThanOrEqualTo(2);
    }

    @Test
    void the_same_credentials_verified_concurrently_succeed_once() throws InterruptedException {
        String credentials = phone("1001", "secret1", auth.challenges(MD5));
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger replayed = new AtomicInteger();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            threads.add(Thread.ofPlatform().start(() -> {
                DigestResult r = auth.verify(credentials, "REGISTER", users);
                (r instanceof DigestResult.Ok ? ok : replayed).incrementAndGet();
            }));
        }
        for (Thread t : threads) {
            t.join();
        }

        assertThat(ok.get()).isEqualTo(1);
        assertThat(replayed.get()).isEqualTo(3);
    }

    private static Failure failure(DigestResult result) {
        assertThat(result).isInstanceOf(DigestResult.Invalid.class);
        return ((DigestResult.Invalid) result).failure();
    }
}
