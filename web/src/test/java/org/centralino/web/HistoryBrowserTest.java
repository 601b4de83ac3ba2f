package org.centralino.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.Instant;
import org.centralino.core.cdr.CallRecord;
import org.centralino.core.cdr.Disposition;
import org.centralino.core.cdr.HangupCause;
import org.centralino.core.cdr.HangupSide;
import org.junit.jupiter.api.Test;

/** A user's call history from the call records: incoming, outgoing, missed; search; by day. */
class HistoryBrowserTest extends BrowserTestBase {

    @Test
    void showsTheCallsOfTheUsersExtensionFilteredByDirectionNumberAndDay() {
        createUser("elena", "USER", "1006", "en");
        Instant day1 = Instant.parse("2026-11-20T10:00:00Z");
        server.cdr.record(new CallRecord("c-in", "+390611111111", null, "1006", "1006", day1, day1.plusSeconds(3),
            day1.plusSeconds(65), Disposition.ANSWERED, HangupCause.normalClearing(), HangupSide.CALLER));
        Instant out = day1.plusSeconds(3600);
        server.cdr.record(new CallRecord("c-out", "1006", "elena", "+390299999999", "+390299999999", out,
            out.plusSeconds(5), out.plusSeconds(125), Disposition.ANSWERED, HangupCause.normalClearing(),
            HangupSide.CALLEE));
        Instant missed = Instant.parse("2026-11-21T09:00:00Z");
        server.cdr.record(new CallRecord("c-missed", "+393330000000", null, "1006", null, missed, null,
            missed.plusSeconds(20), Disposition.NO_ANSWER, new HangupCause(480, "Temporarily Unavailable", null),
            HangupSide.CALLER));

        Page page = loginAs("elena", USER_PASSWORD, "en-GB");
        page.locator("[data-nav=history]").click();
        Locator rows = page.locator("[data-test=calls] tr[data-call]");
        assertThat(rows).hasCount(3);
        assertThat(rows.first()).hasAttribute("data-call", "missed"); // newest first
        // in the user's time zone (Rome, UTC+1 in November) and date format
        assertThat(rows.first()).containsText("21/11/2026 10:00");
        assertThat(page.locator("[data-test=calls] tr[data-call=out]")).containsText("+390299999999");
        assertThat(page.locator("[data-test=calls] tr[data-call=out]")).containsText("2:00");
        screenshot(page, "40-call-history");

        page.locator("[data-direction=missed]").click();
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).containsText("+393330000000");
        page.locator("[data-direction=in]").click();
        assertThat(rows).hasCount(2);
        page.locator("[data-direction=all]").click();
        assertThat(rows).hasCount(3);

        page.locator("[data-search]").fill("+390611111111");
        assertThat(rows).hasCount(1);
        assertThat(rows.first()).hasAttribute("data-call", "in");
        page.locator("[data-search]").fill("");
        assertThat(rows).hasCount(3);

        page.locator("[data-test=day]").fill("2026-11-20");
        assertThat(rows).hasCount(2);
    }
}
