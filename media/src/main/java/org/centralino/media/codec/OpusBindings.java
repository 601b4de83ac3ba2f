package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static org.centralino.media.codec.NativeCalls.bind;
import static org.centralino.media.codec.NativeCalls.unexpected;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Hand-written FFM bindings to the libopus 1.3 API ({@code opus.h}, Debian {@code libopus0}): one typed Java
 * method per C function, each turning a negative return into a {@link CodecException} that names the function
 * and carries {@code opus_strerror}'s text. The constants are those of {@code opus_defines.h}.
 */
final class OpusBindings {
    static final String SONAME = "libopus.so.0";
    static final List<String> SYMBOLS = List.of("opus_encoder_create", "opus_encoder_ctl", "opus_encode",
        "opus_encoder_destroy", "opus_decoder_create", "opus_decode", "opus_decoder_destroy",
        "opus_packet_get_nb_samples", "opus_strerror");

    static final int OK = 0;
    static final int APPLICATION_VOIP = 2048;
    static final int BANDWIDTH_NARROWBAND = 1101;
    static final int BANDWIDTH_MEDIUMBAND = 1102;
    static final int BANDWIDTH_WIDEBAND = 1103;
    static final int BANDWIDTH_SUPERWIDEBAND = 1104;
    static final int BANDWIDTH_FULLBAND = 1105;
    /** The {@code opus_encoder_ctl} requests we send, each with one int argument ({@code opus_defines.h}). */
    enum Request {
        OPUS_SET_BITRATE(4002),
        OPUS_SET_MAX_BANDWIDTH(4004),
        OPUS_SET_VBR(4006),
        OPUS_SET_COMPLEXITY(4010),
        OPUS_SET_INBAND_FEC(4012),
        OPUS_SET_PACKET_LOSS_PERC(4014),
        OPUS_SET_DTX(4016);

        final int code;

        Request(int code) {
            this.code = code;
        }
    }

    /** opus_strerror's strings are short static texts; this bounds the read. */
    private static final int MAX_ERROR_TEXT = 256;

    private final MethodHandle encoderCreate;
    private final MethodHandle encoderCtl;
    private final MethodHandle encode;
    private final MethodHandle encoderDestroy;
    private final MethodHandle decoderCreate;
    private final MethodHandle decode;
    private final MethodHandle decoderDestroy;
    private final MethodHandle packetSamples;
    private final MethodHandle strerror;

    /** Binds every function of {@link #SYMBOLS}; {@code lib} must have passed {@code requiring(SYMBOLS)}. */
    OpusBindings(NativeLibrary.Available lib) {
        encoderCreate = bind(lib, "opus_encoder_create",
            FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, JAVA_INT, ADDRESS));
        // int opus_encoder_ctl(OpusEncoder *st, int request, ...): every request we send has one int argument
        encoderCtl = bind(lib, "opus_encoder_ctl",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT), Linker.Option.firstVariadicArg(2));
        encode = bind(lib, "opus_encode",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT));
        encoderDestroy = bind(lib, "opus_encoder_destroy", FunctionDescriptor.ofVoid(ADDRESS));
        decoderCreate = bind(lib, "opus_decoder_create", FunctionDescriptor.of(ADDRESS, JAVA_INT, JAVA_INT, ADDRESS));
        decode = bind(lib, "opus_decode",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        decoderDestroy = bind(lib, "opus_decoder_destroy", FunctionDescriptor.ofVoid(ADDRESS));
        packetSamples = bind(lib, "opus_packet_get_nb_samples",
            FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT, JAVA_INT));
        strerror = bind(lib, "opus_strerror", FunctionDescriptor.of(ADDRESS, JAVA_INT));
    }

    /** {@code opus_encoder_create}; {@code error} is a 4-byte scratch segment. Never returns NULL. */
    MemorySegment encoderCreate(int rate, int channels, int application, MemorySegment error) {
        MemorySegment st;
        try {
            st = (MemorySegment) encoderCreate.invokeExact(rate, channels, application, error);
        } catch (Throwable t) {
            throw unexpected("opus_encoder_create", t);
        }
        return created("opus_encoder_create", st, error);
    }

    void encoderCtl(MemorySegment st, Request request, int value) {
        int result;
        try {
            result = (int) encoderCtl.invokeExact(st, request.code, value);
        } catch (Throwable t) {
            throw unexpected("opus_encoder_ctl", t);
        }
        check("opus_encoder_ctl(" + request + ", " + value + ")", result);
    }

    /** {@code opus_encode}: the payload's length in bytes. */
    int encode(MemorySegment st, MemorySegment pcm, int frameSize, MemorySegment data, int maxBytes) {
        int result;
        try {
            result = (int) encode.invokeExact(st, pcm, frameSize, data, maxBytes);
        } catch (Throwable t) {
            throw unexpected("opus_encode", t);
        }
        return check("opus_encode", result);
    }

    void encoderDestroy(MemorySegment st) {
        try {
            encoderDestroy.invokeExact(st);
        } catch (Throwable t) {
            throw unexpected("opus_encoder_destroy", t);
        }
    }

    /** {@code opus_decoder_create}; never returns NULL. */
    MemorySegment decoderCreate(int rate, int channels, MemorySegment error) {
        MemorySegment st;
        try {
            st = (MemorySegment) decoderCreate.invokeExact(rate, channels, error);
        } catch (Throwable t) {
            throw unexpected("opus_decoder_create", t);
        }
        return created("opus_decoder_create", st, error);
    }

    /** {@code opus_decode}: samples per channel written; {@code data} NULL asks for loss concealment. */
    int decode(MemorySegment st, MemorySegment data, int length, MemorySegment pcm, int frameSize, int fec) {
        int result;
        try {
            result = (int) decode.invokeExact(st, data, length, pcm, frameSize, fec);
        } catch (Throwable t) {
            throw unexpected("opus_decode", t);
        }
        return check("opus_decode", result);
    }

    void decoderDestroy(MemorySegment st) {
        try {
            decoderDestroy.invokeExact(st);
        } catch (Throwable t) {
            throw unexpected("opus_decoder_destroy", t);
        }
    }

    /** {@code opus_packet_get_nb_samples}: the samples a packet decodes to at {@code rate}. */
    int packetSamples(MemorySegment packet, int length, int rate) {
        int result;
        try {
            result = (int) packetSamples.invokeExact(packet, length, rate);
        } catch (Throwable t) {
            throw unexpected("opus_packet_get_nb_samples", t);
        }
        return check("opus_packet_get_nb_samples", result);
    }

    /** {@code opus_strerror}: the library's text for an error code. */
    String errorText(int code) {
        try {
            MemorySegment text = (MemorySegment) strerror.invokeExact(code);
            return text.equals(MemorySegment.NULL) ? "error " + code : text.reinterpret(MAX_ERROR_TEXT).getString(0);
        } catch (Throwable t) {
            throw unexpected("opus_strerror", t);
        }
    }

    /** {@code result} if it is not an error code (negative), otherwise a CodecException naming the call. */
    int check(String function, int result) {
        if (result < OK) {
            throw new CodecException(function + " failed: " + errorText(result) + " (" + result + ")");
        }
        return result;
    }

    private MemorySegment created(String function, MemorySegment st, MemorySegment error) {
        int code = error.get(JAVA_INT, 0);
        if (code == OK && st.equals(MemorySegment.NULL)) {
            throw new CodecException(function + " returned NULL without an error code");
        }
        if (code != OK) {
            throw new CodecException(function + " failed: " + errorText(code) + " (" + code + ")");
        }
        return st;
    }
}
