package org.centralino.web;

import java.util.Objects;
import org.centralino.core.call.CallRegistry;
import org.centralino.core.cdr.CdrService;
import org.centralino.core.directory.ExtensionService;
import org.centralino.core.idempotency.IdempotencyService;
import org.centralino.core.phonebook.Phonebooks;
import org.centralino.core.registrar.Registrations;
import org.centralino.media.moh.MohLibrary;

/**
 * What the HTTP API serves, wired by the server. The directory, the registrations and the accounts are required;
 * each other part may be absent (null), and then its routes answer 503 (the event stream closes with 1011, and
 * an {@code Idempotency-Key} is ignored). Start from {@link #of} and add parts with the {@code with*} methods.
 *
 * @param cdr         the call records ({@code /api/v1/cdr})
 * @param calls       the active calls ({@code /api/v1/calls})
 * @param music       the music-on-hold classes calls play, so an upload is what callers hear next
 * @param portal      DND, forwarding and call history
 * @param idempotency where answers to POSTs with an {@code Idempotency-Key} are kept
 * @param live        the event stream and presence
 * @param phonebooks  the shared and personal phonebooks, search and caller lookup
 */
public record WebServices(ExtensionService extensions, Registrations registrations, AccountServices accounts,
                          CdrService cdr, CallRegistry calls, MohLibrary music, PortalServices portal,
                          IdempotencyService idempotency, LiveEvents live, Phonebooks phonebooks) {

    public WebServices {
        Objects.requireNonNull(extensions, "extensions");
        Objects.requireNonNull(registrations, "registrations");
        Objects.requireNonNull(accounts, "accounts");
    }

    /** The required parts only. */
    public static WebServices of(ExtensionService extensions, Registrations registrations, AccountServices accounts) {
        return new WebServices(extensions, registrations, accounts, null, null, null, null, null, null, null);
    }

    public WebServices withCdr(CdrService cdr) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }

    public WebServices withCalls(CallRegistry calls) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }

    public WebServices withMusic(MohLibrary music) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }

    public WebServices withPortal(PortalServices portal) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }

    public WebServices withIdempotency(IdempotencyService idempotency) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }

    public WebServices withLive(LiveEvents live) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }

    public WebServices withPhonebooks(Phonebooks phonebooks) {
        return new WebServices(extensions, registrations, accounts, cdr, calls, music, portal, idempotency, live,
            phonebooks);
    }
}
