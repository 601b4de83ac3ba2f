package org.centralino.media.record;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import org.centralino.media.audio.AudioSink;
import org.centralino.media.audio.Pcm;
import org.centralino.media.clock.MediaClock;

/**
 * Records one call to one WAV file (issue 4, "Recorder to WAV"), fed one frame per party per tick in the
 * internal format: {@link Layout#MIXED} sums both parties into one channel, {@link Layout#TWO_CHANNELS} keeps
 * them apart (channel 0 = party A, channel 1 = party B) so each side can be heard or transcribed alone.
 *
 * <p>Frames arrive either together through {@link #write(short[], short[])}, or through the two sinks
 * {@link #partyA()} and {@link #partyB()} (a mixer's outputs, say) which keep the frame until this recording's
 * {@link #tick(long)} writes the pair: register the recording on the {@link MediaClock} after whatever feeds
 * the sinks. A party that gave no frame in a tick is recorded as silence.
 *
 * <p>The recording stops by itself at {@link RecordingLimits#maxDuration()} or after a silence
 * ({@link RecordingLimits#silenceStop()}, detected on the sum of both parties), and reports how it ended to the
 * listener exactly once ({@link RecordingOutcome}). Finishing the file (sync, rename: see {@link WavWriter})
 * blocks on the disk for milliseconds, so it runs on the {@code finisher} executor, never on the media clock.
 * Writing a frame allocates nothing and does file I/O only every {@link WavWriter#BUFFER_BYTES} bytes (about
 * 1 s of two channels).
 */
public final class CallRecording implements MediaClock.Tick {
    /** How the two parties share the file. */
    public enum Layout {
        /** One channel: A + B, saturated to 16 bits. */
        MIXED,
        /** Two channels: 0 = party A, 1 = party B. */
        TWO_CHANNELS
    }

    private final WavWriter writer;
    private final Layout layout;
    private final long maxFrames;
    private final SilenceDetector detector;
    private final boolean trim;
    private final Executor finisher;
    private final Consumer<RecordingOutcome> onEnd;
    private final short[] mixed = new short[Pcm.FRAME];
    private final short[] stereo = new short[2 * Pcm.FRAME];
    private final short[] pendingA = new short[Pcm.FRAME];
    private final short[] pendingB = new short[Pcm.FRAME];
    private final AudioSink sinkA = frame -> pend(frame, pendingA);
    private final AudioSink sinkB = frame -> pend(frame, pendingB);
    private boolean recording = true;
    private long frames;

    private CallRecording(WavWriter writer, Layout layout, RecordingLimits limits, Executor finisher,
                          Consumer<RecordingOutcome> onEnd) {
        this.writer = writer;
        this.layout = layout;
        this.maxFrames = limits.maxFrames();
        this.detector = limits.silenceStop() == null ? null : limits.silenceStop().detector();
        this.trim = limits.silenceStop() != null && limits.silenceStop().trim();
        this.finisher = finisher;
        this.onEnd = onEnd;
    }

    /**
     * Starts recording to {@code file} (written as {@code file.part} until it ends).
     *
     * @param finisher runs the end of the file (sync, rename) and the listener, off the media clock
     * @param onEnd    told once how the recording ended
     */
    public static CallRecording start(Path file, Layout layout, RecordingLimits limits, Executor finisher,
                                      Consumer<RecordingOutcome> onEnd) throws IOException {
        int channels = layout == Layout.MIXED ? 1 : 2;
        long bytes = limits.maxFrames() * Pcm.FRAME * 2L * channels;
        if (bytes > WavWriter.MAX_DATA_BYTES) {
            throw new IllegalArgumentException("a " + layout + " recording of " + limits.maxDuration()
                + " would pass the 4 GiB size limit of WAV files; at most "
                + Duration.ofSeconds(WavWriter.MAX_DATA_BYTES / (2L * channels * Pcm.RATE)) + " fits");
        }
        return new CallRecording(WavWriter.create(file, Pcm.RATE, channels), layout, limits, finisher, onEnd);
    }

    /** A sink for party A's frames, written on the next {@link #tick(long)}. */
    public AudioSink partyA() {
        return sinkA;
    }

    /** A sink for party B's frames, written on the next {@link #tick(long)}. */
    public AudioSink partyB() {
        return sinkB;
    }

    private synchronized void pend(short[] frame, short[] into) {
        System.arraycopy(frame, 0, into, 0, Pcm.FRAME);
    }

    /** Writes the frames the two sinks received since the last tick (silence for a party that gave none). */
    @Override
    public synchronized void tick(long tickNumber) {
        write(pendingA, pendingB);
        Arrays.fill(pendingA, (short) 0);
        Arrays.fill(pendingB, (short) 0);
    }

    /** Writes one frame of each party; null is silence. Ignored once the recording has ended. */
    public synchronized void write(short[] a, short[] b) {
        if (!recording) {
            return;
        }
        for (int i = 0; i < Pcm.FRAME; i++) {
            int sa = a == null ? 0 : a[i];
            int sb = b == null ? 0 : b[i];
            mixed[i] = Pcm.clip(sa + sb);
            stereo[2 * i] = (short) sa;
            stereo[2 * i + 1] = (short) sb;
        }
        try {
            if (layout == Layout.MIXED) {
                writer.write(mixed, 0, Pcm.FRAME);
            } else {
                writer.write(stereo, 0, 2 * Pcm.FRAME);
            }
        } catch (IOException | RuntimeException e) {
            fail(e instanceof IOException io ? io : new IOException("recording " + writer.target()
                + " failed", e));
            return;
        }
        frames++;
        if (detector != null && detector.process(mixed)) {
            end(RecordingOutcome.Reason.SILENCE);
        } else if (frames >= maxFrames) {
            end(RecordingOutcome.Reason.MAX_DURATION);
        }
    }

    /** Ends the recording and keeps the file. Ignored if it has already ended. */
    public synchronized void stop() {
        if (recording) {
            end(RecordingOutcome.Reason.STOPPED);
        }
    }

    /** Ends the recording and deletes the file. Ignored if it has already ended. */
    public synchronized void abort() {
        if (recording) {
            recording = false;
            writer.abort();
            onEnd.accept(new RecordingOutcome.Aborted(writer.target()));
        }
    }

    public synchronized boolean isRecording() {
        return recording;
    }

    /** Audio recorded so far. */
    public synchronized Duration duration() {
        return Duration.ofMillis(frames * Pcm.FRAME_MS);
    }

    private void end(RecordingOutcome.Reason reason) {
        recording = false;
        long keep = trim ? detector.framesToKeep() * Pcm.FRAME : writer.sampleFrames();
        finisher.execute(() -> finish(reason, keep));
    }

    private void finish(RecordingOutcome.Reason reason, long keepSampleFrames) {
        RecordingOutcome outcome;
        try {
            if (keepSampleFrames < writer.sampleFrames()) {
                writer.truncate(keepSampleFrames);
            }
            Duration length = Duration.ofMillis(writer.sampleFrames() * 1000 / writer.sampleRate());
            writer.close();
            outcome = new RecordingOutcome.Saved(writer.target(), length, reason);
        } catch (IOException e) {
            writer.abort();
            outcome = new RecordingOutcome.Failed(writer.target(), e);
        }
        onEnd.accept(outcome);
    }

    private void fail(IOException error) {
        recording = false;
        writer.abort();
        onEnd.accept(new RecordingOutcome.Failed(writer.target(), error));
    }

    @Override
    public String toString() {
        return "CallRecording[" + writer.target() + ", " + layout + "]";
    }
}
