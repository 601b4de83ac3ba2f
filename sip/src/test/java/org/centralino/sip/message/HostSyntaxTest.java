package org.centralino.sip.message;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HostSyntaxTest {

    @ParameterizedTest
    @ValueSource(strings = {"::", "::1", "1::", "2001:db8::10", "2001:db8::10:5070", "2001:db8:0:0:0:0:0:1",
        "fe80::1:2:3:4:5:6", "::ffff:192.0.2.10", "2001:db8::192.0.2.1", "1:2:3:4:5:6:192.0.2.1", "ABCD:ef01::"})
    void validIpv6AddressesAreAccepted(String text) {
        assertThat(HostSyntax.isIpv6(text, 0, text.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ":", ":1", "1:", "2001:db8:::192.0.2.1", "1::2::3", "1:2:3:4:5:6:7",
        "1:2:3:4:5:6:7:8:9", "12345::", "g::1", "1::2:", "::192.0.2.256", "1:2:3:4:5:6:7:1.2.3.4", "1.2::"})
    void invalidIpv6AddressesAreRejected(String text) {
        assertThat(HostSyntax.isIpv6(text, 0, text.length())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.0.0.0", "192.0.2.1", "255.255.255.255"})
    void validIpv4AddressesAreAccepted(String text) {
        assertThat(HostSyntax.isIpv4(text, 0, text.length())).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.2.3", "1.2.3.4.5", "256.1.1.1", "1..2.3", "1.2.3.", "1234.1.1.1"})
    void invalidIpv4AddressesAreRejected(String text) {
        assertThat(HostSyntax.isIpv4(text, 0, text.length())).isFalse();
    }
}
