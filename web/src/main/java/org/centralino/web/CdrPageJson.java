package org.centralino.web;

import java.util.List;
import org.centralino.core.cdr.CdrCursor;
import org.centralino.core.cdr.CdrPage;

/** A page of call records in the shape of every list ({@link PageJson}); nextCursor is null on the last page. */
final class CdrPageJson {
    private CdrPageJson() {
    }

    static PageJson<CallRecordJson> of(CdrPage page) {
        return new PageJson<>(page.items().stream().map(CallRecordJson::of).toList(),
            page.next().map(CdrCursor::encode).orElse(null));
    }
}
