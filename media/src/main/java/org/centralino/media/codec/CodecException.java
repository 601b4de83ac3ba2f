package org.centralino.media.codec;

/** A codec refused its input or could not be set up; the message says which codec and why. */
public final class CodecException extends RuntimeException {
    public CodecException(String message) {
        super(message);
    }

    public CodecException(String message, Throwable cause) {
        super(message, cause);
    }
}
