/**
 * SDP (RFC 8866, RFC 4566) for the B2BUA: an immutable model ({@link org.centralino.sip.sdp.SessionDescription},
 * {@link org.centralino.sip.sdp.MediaDescription}), a tolerant but strict parser that returns errors as values
 * ({@link org.centralino.sip.sdp.SdpParser}), a serializer in RFC order, and the RFC 3264 offer/answer helpers
 * the call legs need: {@link org.centralino.sip.sdp.SdpRelay} (anchor media on the PBX),
 * {@link org.centralino.sip.sdp.CodecNegotiation} (what we accept, or 488 with a Warning),
 * {@link org.centralino.sip.sdp.SdpAnswer} (our own answer) and {@link org.centralino.sip.sdp.SdpHold}.
 * Every helper is a pure function of its arguments.
 */
package org.centralino.sip.sdp;
