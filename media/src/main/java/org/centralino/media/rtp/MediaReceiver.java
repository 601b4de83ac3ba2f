package org.centralino.media.rtp;

import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.Decoder;
import org.centralino.media.dsp.Resampler;
import org.centralino.media.dtmf.DtmfDetector;
import org.centralino.media.dtmf.DtmfEvent;
import org.centralino.media.dtmf.InbandDtmf;
import org.centralino.media.dtmf.TelephoneEventReceiver;
import org.centralino.media.jitter.JitterBuffer;
import org.centralino.media.jitter.JitterConfig;

/**
 * The receiving half of a terminated leg: RTP from the phone into the jitter buffer, decoded and concealed on
 * the media clock, resampled to the internal format ({@link Pcm}); telephone events (RFC 4733) and, for a phone
 * that agreed none, in-band tones become {@link DtmfEvent}s. Loop thread only; allocation-free per packet.
 */
final class MediaReceiver implements AutoCloseable {
    /** The largest payload kept; bigger datagrams are not audio we asked for. */
    static final int MAX_PAYLOAD = 1500;

    private final StreamFormat format;
    private final Decoder decoder;
    private final JitterBuffer jitter;
    private final Resampler toInternal;
    private final Resampler toDetector;
    private final DtmfDetector inBand;
    private final TelephoneEventReceiver events;
    private final RtpHeader header = new RtpHeader();
    private final byte[] payload = new byte[MAX_PAYLOAD];
    private final short[] decoded;
    private final short[] narrow = new short[Pcm.samples(8000, Pcm.FRAME_MS)];
    private long packets;
    private int ssrc;
    private boolean ssrcKnown;

    MediaReceiver(StreamFormat format, Consumer<DtmfEvent> dtmf) {
        this.format = format;
        int rate = format.codec().sampleRate();
        this.decoder = format.codec().newDecoder(format.params());
        this.jitter = new JitterBuffer(decoder, rate, format.codec().rtpClockRate(), JitterConfig.DEFAULTS);
        this.decoded = new short[Pcm.samples(rate, Pcm.FRAME_MS)];
        this.toInternal = Resampler.of(rate, Pcm.RATE);
        this.events = new TelephoneEventReceiver(format.codec().rtpClockRate(), dtmf);
        // a phone that agreed telephone events sends its keys as events; listening for tones as well would
        // hear every key twice (many phones also leave the tones in the audio)
        this.inBand = format.hasEvents() ? null : InbandDtmf.detector(dtmf);
        this.toDetector = inBand == null ? null : Resampler.of(Pcm.RATE, 8000);
    }

    /** One RTP packet from the phone (the buffer holds it between position and limit). */
    void onRtp(ByteBuffer packet, long nowMillis) {
        if (!header.read(packet) || header.payloadLength > MAX_PAYLOAD) {
            return; // not RTP, or not audio we asked for
        }
        packet.get(header.payloadOffset, payload, 0, header.payloadLength);
        if (header.payloadType == format.payloadType()) {
            packets++;
            if (header.ssrc != ssrc || !ssrcKnown) {
                // a new stream (the phone restarted it, or another phone latched): its numbering starts afresh
                jitter.reset();
                ssrc = header.ssrc;
                ssrcKnown = true;
            }
            jitter.put(header.sequence, header.timestamp, header.marker, payload, 0, header.payloadLength,
                nowMillis);
        } else if (header.payloadType == format.eventPayloadType()) {
            events.receive(header.marker, header.timestamp, header.sequence, payload, 0, header.payloadLength,
                nowMillis);
        }
        // any other payload type is not one we agreed: dropped
    }

    /** The next 20 ms of what the phone said, in the internal format; silence before it starts. */
    void receive(short[] frame, long nowMillis) {
        jitter.next(decoded, 0);
        toInternal.process(decoded, 0, decoded.length, frame, 0);
        events.tick(nowMillis);
        if (inBand != null) {
            toDetector.process(frame, 0, Pcm.FRAME, narrow, 0);
            inBand.process(narrow, 0, narrow.length);
        }
    }

    /** Whether the phone's stream was seen, and its SSRC (RFC 3550 §8), for our reports on it. */
    boolean streamKnown() {
        return ssrcKnown;
    }

    long streamSsrc() {
        return ssrc & 0xffffffffL;
    }

    long packets() {
        return packets;
    }

    JitterBuffer jitter() {
        return jitter;
    }

    @Override
    public void close() {
        decoder.close();
    }
}
