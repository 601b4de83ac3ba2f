package org.centralino.web;

import java.util.List;
import org.centralino.core.cdr.CdrCursor;
import org.centralino.core.cdr.CdrPage;

/** A page of call records; {@code next} is the cursor of the following page, null on the last one. */
record CdrPageJson(List<CallRecordJson> items, String next) {
    static CdrPageJson of(CdrPage page) {
        return new CdrPageJson(page.items().stream().map(CallRecordJson::of).toList(),
            page.next().map(CdrCursor::encode).orElse(null));
    }
}
