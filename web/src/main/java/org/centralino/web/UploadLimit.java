package org.centralino.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * A request body read with a ceiling: reading past {@code limit} bytes throws {@link TooLarge}, so an upload
 * sent without a Content-Length (chunked) cannot fill the disk either. The one who reads decides what to answer.
 */
final class UploadLimit extends FilterInputStream {
    /** Thrown on reading byte {@code limit + 1}. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("the upload is larger than the limit of " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    UploadLimit(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    /** No mark and reset: bytes read again would be counted twice. */
    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) throws TooLarge {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }
}
