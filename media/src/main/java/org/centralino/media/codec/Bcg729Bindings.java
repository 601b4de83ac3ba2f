package org.centralino.media.codec;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_BYTE;
import static org.centralino.media.codec.NativeCalls.bind;
import static org.centralino.media.codec.NativeCalls.nonNull;
import static org.centralino.media.codec.NativeCalls.unexpected;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

/**
 * Hand-written FFM bindings to bcg729 1.1 ({@code bcg729/encoder.h}, {@code bcg729/decoder.h}, Debian
 * {@code libbcg729-0}), an ITU-T G.729 Annex A/B codec. It is GPL, so it is only used when installed. Its
 * functions return nothing; only the two constructors can fail (NULL), which becomes a {@link CodecException}.
 */
final class Bcg729Bindings {
    static final String SONAME = "libbcg729.so.0";
    static final List<String> SYMBOLS = List.of("initBcg729EncoderChannel", "bcg729Encoder",
        "closeBcg729EncoderChannel", "initBcg729DecoderChannel", "bcg729Decoder", "closeBcg729DecoderChannel");

    private final MethodHandle encoderInit;
    private final MethodHandle encode;
    private final MethodHandle encoderClose;
    private final MethodHandle decoderInit;
    private final MethodHandle decode;
    private final MethodHandle decoderClose;

    /** Binds every function of {@link #SYMBOLS}; {@code lib} must have passed {@code requiring(SYMBOLS)}. */
    Bcg729Bindings(NativeLibrary.Available lib) {
        // bcg729EncoderChannelContextStruct *initBcg729EncoderChannel(uint8_t enableVAD)
        encoderInit = bind(lib, "initBcg729EncoderChannel", FunctionDescriptor.of(ADDRESS, JAVA_BYTE));
        // void bcg729Encoder(ctx, const int16_t inputFrame[80], uint8_t bitStream[10], uint8_t *bitStreamLength)
        encode = bind(lib, "bcg729Encoder", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, ADDRESS, ADDRESS));
        encoderClose = bind(lib, "closeBcg729EncoderChannel", FunctionDescriptor.ofVoid(ADDRESS));
        decoderInit = bind(lib, "initBcg729DecoderChannel", FunctionDescriptor.of(ADDRESS));
        // void bcg729Decoder(ctx, const uint8_t bitStream[], uint8_t bitStreamLength, uint8_t frameErasureFlag,
        //                    uint8_t SIDFrameFlag, uint8_t rfc3389PayloadFlag, int16_t signal[80])
        decode = bind(lib, "bcg729Decoder",
            FunctionDescriptor.ofVoid(ADDRESS, ADDRESS, JAVA_BYTE, JAVA_BYTE, JAVA_BYTE, JAVA_BYTE, ADDRESS));
        decoderClose = bind(lib, "closeBcg729DecoderChannel", FunctionDescriptor.ofVoid(ADDRESS));
    }

    MemorySegment encoderInit(boolean vad) {
        try {
            return nonNull("initBcg729EncoderChannel", (MemorySegment) encoderInit.invokeExact((byte) (vad ? 1 : 0)));
        } catch (Throwable t) {
            throw unexpected("initBcg729EncoderChannel", t);
        }
    }

    /** Encodes one 10 ms frame (80 samples) into {@code bits}; {@code length} receives 10, 2 (SID) or 0. */
    void encode(MemorySegment ctx, MemorySegment frame, MemorySegment bits, MemorySegment length) {
        try {
            encode.invokeExact(ctx, frame, bits, length);
        } catch (Throwable t) {
            throw unexpected("bcg729Encoder", t);
        }
    }

    void encoderClose(MemorySegment ctx) {
        try {
            encoderClose.invokeExact(ctx);
        } catch (Throwable t) {
            throw unexpected("closeBcg729EncoderChannel", t);
        }
    }

    MemorySegment decoderInit() {
        try {
            return nonNull("initBcg729DecoderChannel", (MemorySegment) decoderInit.invokeExact());
        } catch (Throwable t) {
            throw unexpected("initBcg729DecoderChannel", t);
        }
    }

    /** Decodes one frame (10 bytes, or 2 for a SID frame) or conceals an erased one into 80 samples. */
    void decode(MemorySegment ctx, MemorySegment bits, int length, boolean erased, boolean sid, MemorySegment out) {
        try {
            decode.invokeExact(ctx, bits, (byte) length, (byte) (erased ? 1 : 0), (byte) (sid ? 1 : 0), (byte) 0, out);
        } catch (Throwable t) {
            throw unexpected("bcg729Decoder", t);
        }
    }

    void decoderClose(MemorySegment ctx) {
        try {
            decoderClose.invokeExact(ctx);
        } catch (Throwable t) {
            throw unexpected("closeBcg729DecoderChannel", t);
        }
    }
}
