package org.centralino.core.call;

import static org.assertj.core.api.Assertions.assertThat;
import static org.centralino.core.call.CallScript.A;
import static org.centralino.core.call.CallScript.B1;
import static org.centralino.core.call.CallScript.B2;

import org.junit.jupiter.api.Test;

class BridgeTest {
    @Test
    void pairsTwoLegsAndTracksWhoHolds() {
        Bridge b = Bridge.of(A, B1);
        assertThat(b.contains(A)).isTrue();
        assertThat(b.contains(B2)).isFalse();
        assertThat(b.other(A)).isEqualTo(B1);
        assertThat(b.other(B1)).isEqualTo(A);
        assertThat(b.isHeld()).isFalse();
        Bridge both = b.hold(A).hold(B1);
        assertThat(both.holding()).containsExactlyInAnyOrder(A, B1);
        assertThat(both.resume(A).holding()).containsExactly(B1);
        assertThat(both.resume(A).resume(B1)).isEqualTo(b);
        assertThat(b.hold(A).hold(A)).isEqualTo(b.hold(A));
    }
}
