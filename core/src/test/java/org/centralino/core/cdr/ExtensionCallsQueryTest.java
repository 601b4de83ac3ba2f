package org.centralino.core.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;
import org.centralino.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class ExtensionCallsQueryTest {
    static final Instant T0 = Instant.parse("2026-11-01T09:00:00Z");

    static ExtensionCallsQuery q(String ext, String text, Instant from, Instant to, int limit) {
        return new ExtensionCallsQuery(ext, null, text, Set.of(), from, to, limit, null);
    }

    @Test
    void everyBadFieldIsNamedTogether() {
        assertThatThrownBy(() -> q("10a1", "\u0007", T0, T0, 0)).isInstanceOf(ValidationException.class)
            .satisfies(e -> assertThat(((ValidationException) e).fields()).containsOnlyKeys("extension", "q", "to",
                "limit"));
        assertThatThrownBy(() -> q("1001", "x".repeat(65), null, null, 10)).isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> q("1001", " ", null, null, 10)).isInstanceOf(ValidationException.class);
        assertThat(q("1001", " 333 ", null, null, 10).text()).isEqualTo("333");
    }

    @Test
    void theExtensionsSideOfACall() {
        ExtensionCallsQuery q = q("1001", null, null, null, 10);
        CallRecord out = new CallRecord("a", "1001", null, "0612", null, T0, null, T0, Disposition.BUSY,
            HangupCause.busy(), HangupSide.CALLEE);
        CallRecord pickedUp = new CallRecord("b", "0612", "Shop", "1001", "1002", T0, T0, T0, Disposition.ANSWERED,
            HangupCause.normalClearing(), HangupSide.CALLER);
        assertThat(q.isOutgoing(out)).isTrue();
        assertThat(q.otherParty(out)).isEqualTo("0612");
        assertThat(q.answeredByIt(out)).isFalse();
        assertThat(q.isOutgoing(pickedUp)).isFalse();
        assertThat(q.otherParty(pickedUp)).isEqualTo("0612");
        assertThat(q.answeredByIt(pickedUp)).as("another phone took it").isFalse();
        assertThat(new ExtensionCallsQuery("1001", CallDirection.MISSED, "shop", Set.of(), null, null, 10, null)
            .matches(pickedUp)).isTrue();
        assertThat(new ExtensionCallsQuery("1001", CallDirection.MISSED, null, Set.of(), null, null, 10, null)
            .matches(out)).isFalse();
    }
}
