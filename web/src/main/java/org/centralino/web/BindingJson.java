package org.centralino.web;

import org.centralino.core.registrar.Binding;

/** A registered contact as the API shows it; {@code q} as the decimal of RFC 3261 §20.10 (0 to 1). */
record BindingJson(
    String extension,
    String contact,
    String source,
    String expiresAt,
    String registeredAt,
    String callId,
    long cseq,
    String userAgent,
    double q) {

    private static String text(Object o) {
        return o == null ? null : o.toString();
    }

    static BindingJson of(Binding b) {
        return new BindingJson(b.extension(), b.contact(), b.source(), text(b.expiresAt()),
            text(b.registeredAt()), b.callId(), b.cseq(), b.userAgent(), b.q() / 1000.0);
    }
}
