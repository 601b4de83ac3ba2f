package org.centralino.media.dtmf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** SIP INFO DTMF bodies in the shapes phones and gateways send, good and bad. */
class InfoDtmfTest {

    private static DtmfEvent parsed(String type, String body) {
        InfoDtmf.Result r = InfoDtmf.parse(type, body);
        assertThat(r).as(body).isInstanceOf(InfoDtmf.Parsed.class);
        return ((InfoDtmf.Parsed) r).event();
    }

    private static String invalid(String type, String body) {
        InfoDtmf.Result r = InfoDtmf.parse(type, body);
        assertThat(r).as(body).isInstanceOf(InfoDtmf.Invalid.class);
        return ((InfoDtmf.Invalid) r).reason();
    }

    @Test
    void relayBodiesInTheirUsualShapesGiveTheKeyAndDuration() {
        String relay = "application/dtmf-relay";
        assertThat(parsed(relay, "Signal=5\r\nDuration=160\r\n")).isEqualTo(new DtmfEvent('5', 160, DtmfSource.INFO));
        assertThat(parsed(relay, "Signal= #\r\nDuration= 250\r\n")).isEqualTo(new DtmfEvent('#', 250, DtmfSource.INFO));
        assertThat(parsed(relay, "signal=*\nduration=100\n")).isEqualTo(new DtmfEvent('*', 100, DtmfSource.INFO));
        assertThat(parsed(relay, "SIGNAL = a\r\nDURATION = 80")).isEqualTo(new DtmfEvent('A', 80, DtmfSource.INFO));
        assertThat(parsed(relay, "Signal=hookflash\r\nDuration=300\r\n").key()).isEqualTo('!');
        assertThat(parsed(relay, "Signal=!\r\n")).isEqualTo(new DtmfEvent('!', InfoDtmf.DEFAULT_DURATION_MILLIS,
            DtmfSource.INFO));
        assertThat(parsed(relay, "Signal=16\r\nDuration=200\r\n").key()).isEqualTo('!');
        assertThat(parsed(relay, "Signal=11\r\nDuration=200\r\n").key()).isEqualTo('#');
        assertThat(parsed("Application/DTMF-Relay; charset=utf-8", "Signal=0\r\nDuration=160\r\n").key())
            .isEqualTo('0');
    }

    @Test
    void plainDtmfBodiesGiveTheKey() {
        assertThat(parsed("application/dtmf", "5")).isEqualTo(new DtmfEvent('5', 100, DtmfSource.INFO));
        assertThat(parsed("application/dtmf", " #\r\n").key()).isEqualTo('#');
    }

    @Test
    void badBodiesGiveAReasonNotAnException() {
        assertThat(invalid("application/dtmf-relay", "Duration=160\r\n")).contains("without a Signal");
        assertThat(invalid("application/dtmf-relay", "Signal=Z\r\nDuration=160")).contains("'Z' is not a DTMF key");
        assertThat(invalid("application/dtmf-relay", "Signal=5\r\nDuration=long")).contains("Duration 'long'");
        assertThat(invalid("application/dtmf-relay", "Signal=5\r\nDuration=-4")).contains("Duration '-4'");
        assertThat(invalid("application/dtmf-relay", "")).contains("empty");
        assertThat(invalid("application/dtmf", "55")).contains("'55'");
        assertThat(invalid("application/dtmf", null)).contains("not a DTMF key");
        assertThat(invalid("text/plain", "Signal=5")).contains("text/plain");
    }

    @Test
    void formattedBodiesParseBackToTheSameEvent() {
        DtmfEvent event = new DtmfEvent('#', 160, DtmfSource.INFO);
        assertThat(InfoDtmf.formatRelay(event)).isEqualTo("Signal=#\r\nDuration=160\r\n");
        assertThat(parsed(InfoDtmf.RELAY_TYPE, InfoDtmf.formatRelay(event))).isEqualTo(event);
        assertThat(parsed(InfoDtmf.DTMF_TYPE, InfoDtmf.formatDtmf(event)).key()).isEqualTo('#');
    }
}
