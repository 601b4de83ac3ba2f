package org.centralino.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * What a call-flow test expects of the call record of its call, as {@code GET /api/v1/cdr} shows it.
 * {@code answeredBy} null means unanswered: then there must be no answer time and nothing billable; answered,
 * the answer time lies between start and end and the billable seconds are the whole seconds from it to the end.
 */
record ExpectedRecord(String callerNumber, String callerName, String calledNumber, String answeredBy,
                      String disposition, int sipStatus, String q850, String hangupSide) {

    /** The record of the usual test call: 101 Alice Rossi called 102, 102 answered, a BYE from {@code hungUpBy}. */
    static ExpectedRecord aliceToBruno(String hungUpBy) {
        return new ExpectedRecord("101", "Alice Rossi", "102", "102", "ANSWERED", 200, "NORMAL_CLEARING", hungUpBy);
    }

    /** Asserts every field; returns the billable seconds for tests that bound them further. */
    long check(JsonNode r) {
        String row = r.toString();
        assertThat(r.get("callerNumber").asString()).as(row).isEqualTo(callerNumber);
        assertThat(r.get("callerName").asString()).as(row).isEqualTo(callerName);
        assertThat(r.get("calledNumber").asString()).as(row).isEqualTo(calledNumber);
        assertThat(r.get("disposition").asString()).as(row).isEqualTo(disposition);
        assertThat(r.get("hangupCause").get("sipStatus").asInt()).as(row).isEqualTo(sipStatus);
        assertThat(r.get("hangupCause").get("q850").asString()).as(row).isEqualTo(q850);
        assertThat(r.get("hangupSide").asString()).as(row).isEqualTo(hangupSide);
        Instant started = Instant.parse(r.get("startedAt").asString());
        Instant ended = Instant.parse(r.get("endedAt").asString());
        assertThat(ended).as(row).isAfterOrEqualTo(started);
        long billable = r.get("billableSeconds").asLong();
        if (answeredBy == null) {
            assertThat(r.get("answeredBy").isNull()).as("answeredBy of %s", row).isTrue();
            assertThat(r.get("answeredAt").isNull()).as("answeredAt of %s", row).isTrue();
            assertThat(billable).as(row).isZero();
        } else {
            assertThat(r.get("answeredBy").asString()).as(row).isEqualTo(answeredBy);
            Instant answered = Instant.parse(r.get("answeredAt").asString());
            assertThat(answered).as(row).isBetween(started, ended);
            assertThat(billable).as(row).isEqualTo(Duration.between(answered, ended).toSeconds());
        }
        return billable;
    }
}
