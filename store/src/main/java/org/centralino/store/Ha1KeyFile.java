package org.centralino.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Where the HA1 key comes from: {@code CENTRALINO_HA1_KEY} (base64 of 32 bytes; every node of a cluster on one
 * PostgreSQL must share it), else {@code DATA/secrets/ha1.key}, created on first start readable by its owner
 * only, written to a temporary name, synced and renamed so a crash never leaves half a key.
 */
public final class Ha1KeyFile {
    static final String RELATIVE_PATH = "secrets/ha1.key";

    private Ha1KeyFile() {
    }

    public static byte[] load(Path dataDir, String fromEnvironment) throws IOException {
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(fromEnvironment.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("CENTRALINO_HA1_KEY is not base64: " + e.getMessage());
            }
            if (key.length != Ha1Sealer.KEY_BYTES) {
                throw new IllegalArgumentException("CENTRALINO_HA1_KEY must be " + Ha1Sealer.KEY_BYTES
                    + " bytes in base64, got " + key.length);
            }
            return key;
        }
        Path file = dataDir.resolve(RELATIVE_PATH);
        if (Files.exists(file)) {
            byte[] key = Files.readAllBytes(file);
            if (key.length != Ha1Sealer.KEY_BYTES) {
                throw new IllegalStateException(file + " must hold " + Ha1Sealer.KEY_BYTES + " bytes, it holds "
                    + key.length);
            }
            return key;
        }
        return create(file);
    }

    private static byte[] create(Path file) throws IOException {
        byte[] key = new byte[Ha1Sealer.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(key));
            ch.force(true);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file);
        }
        return key;
    }
}
