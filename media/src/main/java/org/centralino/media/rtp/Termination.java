package org.centralino.media.rtp;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.centralino.media.audio.AudioSink;
import org.centralino.media.audio.AudioSource;
import org.centralino.media.audio.Pcm;
import org.centralino.media.dtmf.DtmfEvent;

/**
 * One leg whose media the PBX terminates instead of relaying: it decodes what the phone sends and encodes what
 * the phone hears, once per tick of the media clock. What the phone hears is, first match wins: the source being
 * played to it (a prompt, tones, music on hold), its own voice (echo test), the other terminated leg's voice
 * (a transcoded call), or silence. What it says goes to the sink, if any (an application, a recorder).
 * Loop thread only, except where a method says otherwise.
 */
final class Termination implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Termination.class);
    private final RelayEndpoint leg;
    private final StreamFormat format;
    private final MediaReceiver receiver;
    private final MediaSender sender;
    private final RandomGenerator random;
    /** Created at the first tick, once the stream's SSRC is settled ({@link #continueStream}). */
    private TerminationRtcp rtcp;
    private long lastTickMillis;
    /** Loop-owned: how many ticks of this leg failed ({@link TerminatedMedia} logs some of them). */
    long failures;
    /** What the phone said in the current tick, in the internal format. */
    final short[] heard = new short[Pcm.FRAME];
    private final short[] spoken = new short[Pcm.FRAME];
    private final short[] keyFrame = new short[Pcm.FRAME];
    private final InBandKeys keys = new InBandKeys();
    private AudioSource source;
    private Runnable onSourceEnd;
    private AudioSink sink;
    private boolean echo;

    Termination(RelayEndpoint leg, StreamFormat format, Consumer<DtmfEvent> dtmf, RandomGenerator random) {
        this.leg = leg;
        this.format = format;
        this.receiver = new MediaReceiver(format, dtmf);
        this.sender = new MediaSender(format, random, leg.counters);
        this.random = random;
    }

    /** Sends on as the continuation of the stream the phone was receiving. */
    void continueStream(StreamPosition position, long nowMillis) {
        sender.continueStream(position.ssrc(), position.sequence(),
            position.timestampAt(nowMillis, format.codec().rtpClockRate()));
    }

    StreamFormat format() {
        return format;
    }

    /** A datagram from the phone on this leg's RTP or RTCP socket, already counted and latched. */
    void onPacket(ByteBuffer packet, boolean rtcp, long nowMillis) {
        if (!rtcp) {
            receiver.onRtp(packet, nowMillis);
        } else if (this.rtcp != null) {
            this.rtcp.onRtcp(packet, nowMillis);
        }
    }

    /** First half of a tick: decode the phone's next 20 ms into {@link #heard} and give it to the sink. */
    void receive(long nowMillis) {
        lastTickMillis = nowMillis;
        if (rtcp == null) {
            rtcp = new TerminationRtcp(leg, sender, receiver, random, nowMillis);
        }
        rtcp.tick(nowMillis);
        receiver.receive(heard, nowMillis);
        if (sink != null) {
            sink.write(heard);
        }
    }

    /**
     * Second half of a tick: send the phone its next 20 ms.
     *
     * @param bridged the other terminated leg's {@link #heard} in a transcoded call, else null
     */
    void send(short[] bridged) {
        short[] frame;
        if (keys.next(keyFrame)) {
            frame = keyFrame;
        } else if (source != null) {
            frame = spoken;
            if (!readSource()) {
                endSource();
            }
        } else if (echo) {
            frame = heard;
        } else if (bridged != null) {
            frame = bridged;
        } else {
            frame = spoken;
            Arrays.fill(spoken, (short) 0);
        }
        sender.send(frame, leg.ports().rtp(), leg.rtpLatch.remote());
    }

    /**
     * Plays {@code newSource}; null stops playing, and then {@code onEnd} (if any) runs at once. What was
     * playing ends and its own end is reported.
     */
    void play(AudioSource newSource, Runnable onEnd) {
        Runnable replaced = source != null ? onSourceEnd : null;
        if (source != null) {
            source.close();
        }
        source = newSource;
        onSourceEnd = newSource == null ? null : onEnd;
        if (replaced != null) {
            replaced.run();
        }
        if (newSource == null && onEnd != null) {
            onEnd.run();
        }
    }

    /** The next frame of the source; a source that throws has ended (a broken file must not fail every tick). */
    private boolean readSource() {
        try {
            return source.read(spoken);
        } catch (RuntimeException e) {
            java.util.Arrays.fill(spoken, (short) 0);
            failures++;
            LOG.warn("{}: the source played failed and is stopped: {}", this, e.toString());
            return false;
        }
    }

    private void endSource() {
        Runnable done = onSourceEnd;
        source.close();
        source = null;
        onSourceEnd = null;
        if (done != null) {
            done.run();
        }
    }

    void listen(AudioSink newSink) {
        sink = newSink;
    }

    void echo(boolean on) {
        echo = on;
    }

    /** Sends a key to the phone: as telephone events if it agreed them, else as tones in its audio. */
    void sendKey(char key, int durationMillis) {
        if (!sender.sendKey(key, durationMillis)) {
            keys.add(key, durationMillis);
        }
    }

    MediaReceiver receiver() {
        return receiver;
    }

    MediaSender sender() {
        return sender;
    }

    @Override
    public void close() {
        if (rtcp != null) {
            rtcp.bye(lastTickMillis);
        }
        if (source != null) {
            endSource();
        }
        receiver.close();
        sender.close();
    }

    @Override
    public String toString() {
        return "terminated " + leg + " in " + format.codec().encoding() + "/" + format.payloadType();
    }
}
