package org.centralino.media.prompt;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.centralino.media.audio.Pcm;
import org.centralino.media.codec.G711;
import org.centralino.media.dsp.Resampler;

/**
 * Decodes an audio file into a {@link Clip} at the internal rate ({@link Pcm#RATE}), resampling 8 kHz
 * material. Accepted, chosen by the file's extension:
 * <ul>
 *   <li>{@code .wav}: RIFF/WAVE, mono, PCM 16-bit at 8 or 16 kHz, or G.711 µ-law (tag 7) / A-law (tag 6) at
 *       8 kHz (RFC 2361); WAVE_FORMAT_EXTENSIBLE whose sub-format is one of those;</li>
 *   <li>{@code .ulaw}, {@code .alaw}: raw G.711 at 8 kHz (ITU-T G.711), as Asterisk stores pre-encoded prompts;</li>
 *   <li>{@code .sln}, {@code .sln16}: raw signed 16-bit little-endian PCM at 8 / 16 kHz.</li>
 * </ul>
 * Anything else, and any header that contradicts the bytes that follow it, is refused with an
 * {@link AudioFileException} naming the file and the problem: a prompt that plays noise is worse than none.
 */
public final class WavReader {
    /** Largest file read: 64 MiB, about 35 minutes of 16 kHz PCM (music-on-hold tracks are the big ones). */
    public static final long MAX_FILE_BYTES = 64L << 20;

    private static final int RIFF_HEADER = 12;
    private static final int CHUNK_HEADER = 8;
    private static final int FMT_MIN = 16;
    private static final int EXTENSIBLE_SUBFORMAT_AT = 24;

    private WavReader() {
    }

    /** Reads and decodes {@code file}. */
    public static Clip read(Path file) throws AudioFileException {
        String name = file.toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new AudioFileException(name, size + " bytes, over the limit of " + MAX_FILE_BYTES);
            }
            return decode(name, Files.readAllBytes(file));
        } catch (AudioFileException e) {
            throw e;
        } catch (IOException e) {
            throw new AudioFileException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Decodes the bytes of a file called {@code name} (its extension selects the format). */
    public static Clip decode(String name, byte[] bytes) throws AudioFileException {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".wav")) {
            return decodeWav(name, bytes);
        }
        if (lower.endsWith(".ulaw") || lower.endsWith(".ul") || lower.endsWith(".mulaw")) {
            return raw(name, bytes, WavFormat.ULAW, 8000);
        }
        if (lower.endsWith(".alaw") || lower.endsWith(".al")) {
            return raw(name, bytes, WavFormat.ALAW, 8000);
        }
        if (lower.endsWith(".sln16")) {
            return raw(name, bytes, WavFormat.PCM, 16000);
        }
        if (lower.endsWith(".sln")) {
            return raw(name, bytes, WavFormat.PCM, 8000);
        }
        throw new AudioFileException(name, "unknown extension (accepted: .wav, .ulaw, .alaw, .sln, .sln16)");
    }

    private static Clip raw(String name, byte[] bytes, int tag, int rate) throws AudioFileException {
        int bits = tag == WavFormat.PCM ? 16 : 8;
        return samples(name, new WavFormat(tag, 1, rate, rate * bits / 8, bits / 8, bits), bytes, 0, bytes.length);
    }

    private static Clip decodeWav(String name, byte[] bytes) throws AudioFileException {
        ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (bytes.length < RIFF_HEADER || b.getInt(0) != tag("RIFF") || b.getInt(8) != tag("WAVE")) {
            throw new AudioFileException(name, "not a RIFF/WAVE file");
        }
        long riffEnd = Integer.toUnsignedLong(b.getInt(4)) + CHUNK_HEADER;
        if (riffEnd > bytes.length) {
            throw new AudioFileException(name, "truncated: the RIFF header declares " + riffEnd + " bytes, the file has "
                + bytes.length);
        }
        WavFormat format = null;
        int at = RIFF_HEADER;
        while (at + CHUNK_HEADER <= riffEnd) {
            int id = b.getInt(at);
            long size = Integer.toUnsignedLong(b.getInt(at + 4));
            int body = at + CHUNK_HEADER;
            if (body + size > riffEnd) {
                throw new AudioFileException(name, "truncated: chunk '" + text(id) + "' at byte " + at + " declares "
                    + size + " bytes, only " + (riffEnd - body) + " follow");
            }
            if (id == tag("fmt ")) {
                format = format(name, b, body, (int) size);
            } else if (id == tag("data")) {
                if (format == null) {
                    throw new AudioFileException(name, "data chunk before the fmt chunk");
                }
                return samples(name, format, bytes, body, (int) size);
            }
            at = body + (int) size + (int) (size & 1); // chunks are padded to an even length
        }
        throw new AudioFileException(name, format == null ? "no fmt chunk" : "no data chunk");
    }

    private static WavFormat format(String name, ByteBuffer b, int at, int size) throws AudioFileException {
        if (size < FMT_MIN) {
            throw new AudioFileException(name, "fmt chunk of " + size + " bytes (at least " + FMT_MIN + ")");
        }
        int tag = Short.toUnsignedInt(b.getShort(at));
        if (tag == WavFormat.EXTENSIBLE && size >= EXTENSIBLE_SUBFORMAT_AT + 2) {
            tag = Short.toUnsignedInt(b.getShort(at + EXTENSIBLE_SUBFORMAT_AT)); // first field of the GUID
        }
        WavFormat f = new WavFormat(tag, Short.toUnsignedInt(b.getShort(at + 2)), b.getInt(at + 4), b.getInt(at + 8),
            Short.toUnsignedInt(b.getShort(at + 12)), Short.toUnsignedInt(b.getShort(at + 14)));
        String problem = f.problem();
        if (problem != null) {
            throw new AudioFileException(name, "unsupported: " + problem);
        }
        return f;
    }

    private static Clip samples(String name, WavFormat f, byte[] bytes, int from, int length)
        throws AudioFileException {
        if (length == 0) {
            throw new AudioFileException(name, "no audio (empty data)");
        }
        if (length % f.blockAlign() != 0) {
            throw new AudioFileException(name, length + " data bytes is not a whole number of "
                + f.blockAlign() + "-byte samples");
        }
        int count = length / f.blockAlign();
        short[] pcm = new short[count];
        switch (f.tag()) {
            case WavFormat.ULAW -> G711.decodeUlaw(bytes, from, pcm, 0, count);
            case WavFormat.ALAW -> G711.decodeAlaw(bytes, from, pcm, 0, count);
            default -> ByteBuffer.wrap(bytes, from, length).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
        }
        return new Clip(name, f.rate() == Pcm.RATE ? pcm : upsample(pcm, f.rate()));
    }

    /**
     * 8 kHz to the internal rate through the band-limited {@link Resampler}, with its group delay removed: the
     * input is followed by enough silence to flush the filter and the first {@code delaySamples()} outputs are
     * dropped, so the clip is exactly twice as long, aligned with the original and keeps its last milliseconds.
     */
    private static short[] upsample(short[] in, int rate) {
        Resampler resampler = Resampler.of(rate, Pcm.RATE);
        int delay = resampler.delaySamples();
        int flush = (int) ((long) delay * rate / Pcm.RATE) + 1;
        short[] out = new short[resampler.maxOutput(in.length) + resampler.maxOutput(flush)];
        int n = resampler.process(in, 0, in.length, out, 0);
        n += resampler.process(new short[flush], 0, flush, out, n);
        int length = (int) ((long) in.length * Pcm.RATE / rate);
        return Arrays.copyOfRange(out, delay, delay + Math.min(length, n - delay));
    }

    private static int tag(String fourCc) {
        return fourCc.charAt(0) | fourCc.charAt(1) << 8 | fourCc.charAt(2) << 16 | fourCc.charAt(3) << 24;
    }

    private static String text(int fourCc) {
        StringBuilder s = new StringBuilder(4);
        for (int i = 0; i < 4; i++) {
            char c = (char) (fourCc >>> (8 * i) & 0xFF);
            s.append(c >= ' ' && c < 127 ? c : '?');
        }
        return s.toString();
    }
}
