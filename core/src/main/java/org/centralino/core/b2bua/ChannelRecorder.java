package org.centralino.core.b2bua;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.centralino.core.app.Recording;
import org.centralino.media.audio.FrameQueue;
import org.centralino.media.audio.Pcm;
import org.centralino.media.record.SilenceDetector;
import org.centralino.media.record.WavWriter;

/**
 * {@link org.centralino.core.app.Channel#record} on the application's thread: the media thread puts the caller's
 * frames in a queue, this writes them to a WAV file (temporary name, synced and renamed by {@link WavWriter}),
 * watches for silence and the length limit, and trims the trailing silence that ended the recording.
 */
final class ChannelRecorder {
    /** Frames the queue holds while the application thread is busy elsewhere: 5 s. */
    private static final int QUEUE_FRAMES = 250;

    private final FrameQueue queue = new FrameQueue(QUEUE_FRAMES);
    private final short[] frame = new short[Pcm.FRAME];
    private final WavWriter writer;
    private final SilenceDetector silence;
    private final long maxFrames;

    ChannelRecorder(Path file, Duration max, Duration silenceLimit) {
        try {
            this.writer = WavWriter.create(file, Pcm.RATE, 1);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot start recording to " + file, e);
        }
        this.silence = new SilenceDetector(SilenceDetector.DEFAULT_THRESHOLD_DBFS, silenceLimit,
            SilenceDetector.DEFAULT_HANGOVER);
        this.maxFrames = Math.max(1, max.toMillis() / Pcm.FRAME_MS);
    }

    FrameQueue queue() {
        return queue;
    }

    /** Writes what the media thread queued; the reason to stop, or null to go on. */
    Recording.End drain() throws IOException {
        while (queue.poll(frame)) {
            writer.write(frame, 0, Pcm.FRAME);
            if (silence.process(frame)) {
                return Recording.End.SILENCE;
            }
            if (writer.sampleFrames() >= maxFrames * Pcm.FRAME) {
                return Recording.End.MAX_LENGTH;
            }
        }
        return null;
    }

    /** Completes the file: what was queued is written, trailing silence cut if silence ended it. */
    Recording finish(Recording.End end) throws IOException {
        if (end != Recording.End.SILENCE && end != Recording.End.MAX_LENGTH) {
            drain();
        }
        if (end == Recording.End.SILENCE) {
            writer.truncate(silence.framesToKeep() * Pcm.FRAME);
        }
        long samples = writer.sampleFrames();
        writer.close();
        return new Recording(writer.target(), Duration.ofMillis(samples * 1000 / Pcm.RATE), end);
    }

    void abort() {
        writer.abort();
    }
}
