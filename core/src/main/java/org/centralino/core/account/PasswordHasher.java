package org.centralino.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;
import org.centralino.core.secret.SecretGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Argon2id password hashing (RFC 9106) in the PHC string format that libsodium, argon2-cffi and
 * password4j also read: {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in
 * standard base64 without padding. Verification reads the parameters from the stored string, so raising
 * the cost later keeps old hashes valid.
 */
public final class PasswordHasher {
    private static final Logger log = LoggerFactory.getLogger(PasswordHasher.class);
    static final int SALT_BYTES = 16;
    static final int HASH_BYTES = 32;
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Argon2Params params;
    private final SecretGenerator secrets;

    public PasswordHasher(Argon2Params params, SecretGenerator secrets) {
        this.params = Objects.requireNonNull(params, "params");
        this.secrets = Objects.requireNonNull(secrets, "secrets");
    }

    /** A fresh PHC string for {@code password} with a new random salt. */
    public String hash(String password) {
        Objects.requireNonNull(password, "password");
        byte[] salt = secrets.bytes(SALT_BYTES);
        byte[] hash = argon2(password, salt, params, HASH_BYTES);
        return "$argon2id$v=19$m=" + params.memoryKib() + ",t=" + params.iterations() + ",p="
            + params.parallelism() + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
    }

    /**
     * True when {@code password} matches {@code phc}; compares in constant time. A malformed stored
     * string is logged and never matches.
     */
    public boolean verify(String password, String phc) {
        if (password == null || phc == null) {
            return false;
        }
        Optional<Phc> parsed = Phc.parse(phc);
        if (parsed.isEmpty()) {
            log.warn("stored password hash is not an Argon2id PHC string; refusing the login");
            return false;
        }
        Phc p = parsed.get();
        byte[] actual = argon2(password, p.salt(), p.params(), p.hash().length);
        return MessageDigest.isEqual(actual, p.hash());
    }

    private static byte[] argon2(String password, byte[] salt, Argon2Params p, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
            .withVersion(Argon2Parameters.ARGON2_VERSION_13)
            .withMemoryAsKB(p.memoryKib())
            .withIterations(p.iterations())
            .withParallelism(p.parallelism())
            .withSalt(salt)
            .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        generator.generateBytes(password.getBytes(StandardCharsets.UTF_8), out);
        return out;
    }

    /** A parsed PHC string. */
    private record Phc(Argon2Params params, byte[] salt, byte[] hash) {
        static Optional<Phc> parse(String s) {
            String[] parts = s.split("\\$", -1);
            if (parts.length != 6 || !parts[0].isEmpty() || !parts[1].equals("argon2id")
                || !parts[2].equals("v=19")) {
                return Optional.empty();
            }
            try {
                Argon2Params params = params(parts[3]);
                byte[] salt = B64D.decode(parts[4]);
                byte[] hash = B64D.decode(parts[5]);
                if (params == null || salt.length < 8 || hash.length < 16 || hash.length > 64) {
                    return Optional.empty();
                }
                return Optional.of(new Phc(params, salt, hash));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }

        private static Argon2Params params(String s) {
            String[] kv = s.split(",", -1);
            if (kv.length != 3 || !kv[0].startsWith("m=") || !kv[1].startsWith("t=") || !kv[2].startsWith("p=")) {
                return null;
            }
            return new Argon2Params(Integer.parseInt(kv[0].substring(2)), Integer.parseInt(kv[1].substring(2)),
                Integer.parseInt(kv[2].substring(2)));
        }
    }
}
