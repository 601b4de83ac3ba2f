package org.centralino.core.b2bua;

import org.centralino.core.call.CallRegistry;
import org.centralino.core.directory.ExtensionStore;
import org.centralino.core.registrar.ExtensionDigest;
import org.centralino.core.registrar.Registrations;
import org.centralino.core.app.AppServices;
import org.centralino.core.app.Applications;
import org.centralino.media.codec.CodecRegistry;
import org.centralino.media.rtp.RtpEngine;

/**
 * What the B2BUA is built from (wired in {@code server}).
 *
 * @param digest the registrar's: phones answer the 407 with the credentials they register with
 * @param codecs what the media engine can encode and decode (transcoding, applications)
 * @param applications what a dialled number may reach besides extensions (echo test, voicemail, IVR...)
 * @param services what applications use besides their channel (prompts, music, the event bus, the clock)
 * @param domain the PBX's SIP domain (the realm): the host of the From and To URIs we write
 */
public record B2buaParts(SipLink sip, ExtensionStore extensions, Registrations registrations,
                         ExtensionDigest digest, CallRegistry calls, RtpEngine rtp, CodecRegistry codecs,
                         Applications applications, AppServices services, String domain) {
}
