package org.centralino.core.cdr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.centralino.core.cdr.CallRecords.T0;

import org.centralino.core.validation.ValidationException;
import org.junit.jupiter.api.Test;

class CdrQueryTest {
    @Test
    void everyBadFieldIsNamedAtOnce() {
        assertThatThrownBy(() -> new CdrQuery(T0, T0, "10a1", null, 0, null))
            .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.fields())
                .containsOnlyKeys("to", "extension", "limit"));
    }

    @Test
    void limitBounds() {
        assertThat(new CdrQuery(null, null, null, null, 1, null).limit()).isOne();
        assertThat(new CdrQuery(null, null, null, null, 500, null).limit()).isEqualTo(500);
        assertThatThrownBy(() -> new CdrQuery(null, null, null, null, 501, null))
            .hasMessageContaining("limit must be from 1 to 500, not 501");
        assertThat(CdrQuery.all().limit()).isEqualTo(CdrQuery.DEFAULT_LIMIT);
    }

    @Test
    void fromMustBeBeforeTo() {
        assertThatThrownBy(() -> new CdrQuery(T0.plusSeconds(1), T0, null, null, 50, null))
            .hasMessageContaining("to must be after from");
        assertThat(new CdrQuery(T0, T0.plusMillis(1), null, null, 50, null).to()).isEqualTo(T0.plusMillis(1));
        assertThat(new CdrQuery(T0, null, null, null, 50, null).from()).isEqualTo(T0);
    }

    @Test
    void extensionAcceptsExternalNumbersAndCodes() {
        for (String ok : new String[] {"1001", "+390612345", "*9", "#1"}) {
            assertThat(new CdrQuery(null, null, ok, null, 50, null).extension()).isEqualTo(ok);
        }
        for (String bad : new String[] {"", "abc", "1001 ", "1".repeat(65), "++1"}) {
            assertThatThrownBy(() -> new CdrQuery(null, null, bad, null, 50, null))
                .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void boundsWithNanosecondsRoundUpToTheNextMillisecond() {
        CdrQuery q = new CdrQuery(T0.plusNanos(1), T0.plusNanos(2_000_001), null, null, 50, null);
        assertThat(q.from()).isEqualTo(T0.plusMillis(1));
        assertThat(q.to()).isEqualTo(T0.plusMillis(3));
    }
}
