package org.centralino.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

/** The ceiling on a streamed upload body (a chunked body has no Content-Length to check up front). */
class UploadLimitTest {
    static byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) (i * 31);
        }
        return b;
    }

    @Test
    void aBodyOfExactlyTheLimitIsReadWhole() throws IOException {
        byte[] data = bytes(1000);
        try (InputStream in = new UploadLimit(new ByteArrayInputStream(data), 1000)) {
            assertThat(in.readAllBytes()).isEqualTo(data);
        }
    }

    @Test
    void theByteAfterTheLimitThrowsWhicheverWayItIsRead() throws IOException {
        try (InputStream in = new UploadLimit(new ByteArrayInputStream(bytes(1001)), 1000)) {
            assertThatThrownBy(in::readAllBytes).isInstanceOf(UploadLimit.TooLarge.class)
                .hasMessage("the upload is larger than the limit of 1000 bytes");
        }
        try (InputStream in = new UploadLimit(new ByteArrayInputStream(bytes(1001)), 1000)) {
            assertThat(in.readNBytes(1000)).isEqualTo(bytes(1000));
            assertThatThrownBy(in::read).isInstanceOf(UploadLimit.TooLarge.class);
        }
        try (InputStream in = new UploadLimit(new ByteArrayInputStream(bytes(1001)), 1000)) {
            assertThat(in.skip(1000)).isEqualTo(1000);
            assertThatThrownBy(in::read).isInstanceOf(UploadLimit.TooLarge.class);
        }
    }

    @Test
    void markIsNotSupportedSoNoByteIsCountedTwice() throws IOException {
        try (InputStream in = new UploadLimit(new ByteArrayInputStream(bytes(10)), 10)) {
            assertThat(in.markSupported()).isFalse();
        }
    }
}
