package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.centralino.core.version.ExpectedVersion;
import org.junit.jupiter.api.Test;

/** If-Match as RFC 9110 §13.1.1 writes it: * or a list of entity tags; strong comparison. */
class PreconditionsTest {
    @Test
    void starAndListsOfStrongTags() {
        assertThat(Preconditions.parse("*")).isInstanceOf(ExpectedVersion.Any.class);
        assertThat(Preconditions.parse("\"3\"")).isEqualTo(new ExpectedVersion.OneOf(Set.of(3L)));
        assertThat(Preconditions.parse("\"3\",\"5\" ,  \"8\"")).isEqualTo(new ExpectedVersion.OneOf(Set.of(3L, 5L, 8L)));
        assertThat(Preconditions.tag(42)).isEqualTo("\"42\"");
    }

    @Test
    void weakAndForeignTagsNeverMatch() {
        assertThat(Preconditions.parse("\"0\"")).isEqualTo(new ExpectedVersion.OneOf(Set.of(0L)));
        ExpectedVersion weak = Preconditions.parse("W/\"3\", \"xyz\", \"03\", \"\"");
        assertThat(weak).isEqualTo(new ExpectedVersion.OneOf(Set.of()));
        assertThat(weak.matches(3)).isFalse();
    }

    @Test
    void anythingElseIs400NamingTheHeader() {
        for (String bad : new String[] {"3", "\"3", "\"3\"x", "", " , ", "W/3", "*, \"3\""}) {
            assertThatThrownBy(() -> Preconditions.parse(bad)).as(bad).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.body().field()).isEqualTo("If-Match"));
        }
    }
}
