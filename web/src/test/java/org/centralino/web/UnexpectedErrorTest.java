package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

class UnexpectedErrorTest extends WebTestBase {

    @Test
    void failureIsA500WithAnIdLoggedOnceWithTheStackTrace() {
        api.login();
        Logger logger = (Logger) LoggerFactory.getLogger(ErrorMapping.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        logger.setAdditive(false); // the expected stack trace stays out of the build output
        try {
            server.db.stop(); // the next database access (the session lookup) fails
            Api.Resp r = api.send("POST", "/api/v1/extensions", "{\"number\":\"1001\",\"name\":\"A\"}");
            assertThat(r.status()).isEqualTo(500);
            JsonNode body = r.json();
            assertThat(body.get("code").stringValue()).isEqualTo("internal_error");
            String id = body.get("id").stringValue();
            assertThat(body.get("message").stringValue()).contains(id).doesNotContain("Exception");
            assertThat(appender.list).hasSize(1);
            ILoggingEvent event = appender.list.get(0);
            assertThat(event.getLevel()).isEqualTo(Level.ERROR);
            assertThat(event.getFormattedMessage()).contains(id).contains("POST /api/v1/extensions");
            assertThat(event.getThrowableProxy()).isNotNull();
        } finally {
            logger.detachAppender(appender);
            logger.setAdditive(true);
        }
    }
}
