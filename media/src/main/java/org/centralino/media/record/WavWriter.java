package org.centralino.media.record;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes 16-bit linear PCM to a WAV file (RIFF WAVE, format tag 1 = PCM, the canonical 44-byte header of the
 * Microsoft/IBM "Multimedia Programming Interface and Data Specifications 1.0", 1991), mono or two channels
 * interleaved, at any rate from 8 to 48 kHz.
 *
 * <p>Written safely (DESIGN.md §2, "Persistence"): the audio goes to {@code name.wav.part} in the destination
 * directory, through a {@value #BUFFER_BYTES}-byte buffer; {@link #close()} writes the final RIFF and data
 * sizes, forces the file to disk, renames it to its final name with {@link StandardCopyOption#ATOMIC_MOVE} and
 * forces the directory, so the rename itself survives a power cut. A crash or {@code kill -9} at any moment
 * leaves at most a {@code .part} file, never a half file under the final name that the database could point to.
 * {@link #abort()} deletes the temporary file. Writing allocates nothing; one writer is used by one thread at a
 * time.
 */
public final class WavWriter implements Closeable {
    /** Appended to the final name while the file is being written. */
    public static final String PART_SUFFIX = ".part";
    /** RIFF header, fmt chunk and data chunk header. */
    public static final int HEADER_BYTES = 44;
    /** Buffered audio before a write to the file: 64 KiB, 2 s of 16 kHz mono. */
    public static final int BUFFER_BYTES = 64 * 1024;
    /** RIFF sizes are 32-bit: the data chunk holds at most 4 GiB minus the rest of the RIFF chunk. */
    public static final long MAX_DATA_BYTES = 0xFFFF_FFFFL - (HEADER_BYTES - 8);
    static final int MIN_RATE = 8000;
    static final int MAX_RATE = 48000;
    private static final short FORMAT_PCM = 1;
    private static final short BITS = 16;
    private static final Logger LOG = LoggerFactory.getLogger(WavWriter.class);

    private final Path target;
    private final Path part;
    private final int sampleRate;
    private final int channels;
    private final FileChannel channel;
    private final ByteBuffer buffer = ByteBuffer.allocate(BUFFER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    private long dataBytes;
    private boolean open = true;

    private WavWriter(Path target, int sampleRate, int channels) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + PART_SUFFIX);
        this.sampleRate = sampleRate;
        this.channels = channels;
        this.channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    /**
     * Opens {@code target}'s temporary file and writes a header with zero sizes (fixed on {@link #close()}).
     *
     * @throws FileAlreadyExistsException if {@code target} exists (recordings are never overwritten) or its
     *                                    {@code .part} does (another writer, or a crash left it)
     */
    public static WavWriter create(Path target, int sampleRate, int channels) throws IOException {
        if (sampleRate < MIN_RATE || sampleRate > MAX_RATE) {
            throw new IllegalArgumentException("WAV sample rate " + sampleRate + " Hz is outside "
                + MIN_RATE + "-" + MAX_RATE);
        }
        if (channels != 1 && channels != 2) {
            throw new IllegalArgumentException("WAV recordings have 1 or 2 channels, not " + channels);
        }
        if (Files.exists(target)) {
            throw new FileAlreadyExistsException(target.toString(), null, "a recording is never overwritten");
        }
        WavWriter writer = new WavWriter(target, sampleRate, channels);
        writer.channel.write(writer.header());
        return writer;
    }

    /** Appends {@code count} samples from {@code offset}: interleaved (left, right, left...) for 2 channels. */
    public void write(short[] samples, int offset, int count) throws IOException {
        ensureOpen();
        if (count % channels != 0) {
            throw new IllegalArgumentException(count + " samples do not make whole frames of " + channels
                + " channels");
        }
        if (dataBytes + 2L * count > MAX_DATA_BYTES) {
            throw new IOException("WAV file " + target + " is full: RIFF sizes stop at 4 GiB");
        }
        for (int i = offset; i < offset + count; i++) {
            if (!buffer.hasRemaining()) {
                flush();
            }
            buffer.putShort(samples[i]);
        }
        dataBytes += 2L * count;
    }

    /** Sample frames written (one sample per channel each); the duration is this divided by the rate. */
    public long sampleFrames() {
        return dataBytes / (2L * channels);
    }

    public int sampleRate() {
        return sampleRate;
    }

    public int channels() {
        return channels;
    }

    /** The final name, which exists only once {@link #close()} has returned. */
    public Path target() {
        return target;
    }

    /** Cuts the audio back to its first {@code frames} sample frames (to trim trailing silence). */
    public void truncate(long frames) throws IOException {
        ensureOpen();
        if (frames < 0 || frames > sampleFrames()) {
            throw new IllegalArgumentException("cannot truncate " + sampleFrames() + " frames to " + frames);
        }
        flush();
        dataBytes = frames * 2L * channels;
        channel.truncate(HEADER_BYTES + dataBytes);
        channel.position(HEADER_BYTES + dataBytes);
    }

    /**
     * Finishes the file: sizes, sync, atomic rename, directory sync. On failure the temporary file is deleted
     * and the error rethrown: there is then no recording, rather than a damaged one.
     */
    @Override
    public void close() throws IOException {
        if (!open) {
            return;
        }
        try {
            flush();
            channel.write(header(), 0);
            channel.force(true);
            channel.close();
            open = false;
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            abort();
            throw e;
        }
        // the file is complete under its final name; this makes the rename itself durable
        syncDirectory(target.toAbsolutePath().getParent());
    }

    /** Closes and deletes the temporary file; nothing is left under either name. Idempotent. */
    public void abort() {
        open = false;
        try {
            channel.close();
            Files.deleteIfExists(part);
        } catch (IOException e) {
            LOG.warn("cannot delete the unfinished recording {}: {}", part, e.toString());
        }
    }

    private static void syncDirectory(Path dir) throws IOException {
        try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
            d.force(true);
        }
    }

    private void ensureOpen() {
        if (!open) {
            throw new IllegalStateException("WAV file " + target + " is already closed");
        }
    }

    private void flush() throws IOException {
        buffer.flip();
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
        buffer.clear();
    }

    private ByteBuffer header() {
        int blockAlign = channels * BITS / 8;
        ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        h.put("RIFF".getBytes(US_ASCII)).putInt((int) (HEADER_BYTES - 8 + dataBytes));
        h.put("WAVE".getBytes(US_ASCII));
        h.put("fmt ".getBytes(US_ASCII)).putInt(16);
        h.putShort(FORMAT_PCM).putShort((short) channels).putInt(sampleRate).putInt(sampleRate * blockAlign);
        h.putShort((short) blockAlign).putShort(BITS);
        h.put("data".getBytes(US_ASCII)).putInt((int) dataBytes);
        return h.flip();
    }

    @Override
    public String toString() {
        return "WavWriter[" + part + ", " + sampleRate + " Hz, " + channels + " ch]";
    }
}
