package org.centralino.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.centralino.core.directory.Extension;
import org.centralino.sip.auth.DigestAlgorithm;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.statement.SqlStatement;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Maps the {@code extension} table to {@link Extension} and back. HA1 values are written sealed
 * ({@link Ha1Sealer}); the plain columns of schema V1 are read only to seal rows written before V5.
 */
final class ExtensionRows implements RowMapper<Extension> {
    static final String COLUMNS = "number, name, email, mobile, digest_algorithms, ha1_md5_sealed, "
        + "ha1_sha256_sealed, enabled, ring_timeout_seconds, moh_class, created_at, updated_at, version";
    static final String INSERT = "INSERT INTO extension (" + COLUMNS + ") VALUES (:number, :name, :email, :mobile, "
        + ":digestAlgorithms, :ha1Md5, :ha1Sha256, :enabled, :ringTimeoutSeconds, :mohClass, :createdAt, "
        + ":updatedAt, :version)";
    static final String UPDATE = "UPDATE extension SET name = :name, email = :email, mobile = :mobile, "
        + "digest_algorithms = :digestAlgorithms, ha1_md5_sealed = :ha1Md5, ha1_sha256_sealed = :ha1Sha256, "
        + "ha1_md5 = NULL, ha1_sha256 = NULL, enabled = :enabled, ring_timeout_seconds = :ringTimeoutSeconds, "
        + "moh_class = :mohClass, created_at = :createdAt, updated_at = :updatedAt, version = :version + 1 "
        + "WHERE number = :number AND version = :version";
    static final String SELECT_ALL = "SELECT " + COLUMNS + ", ha1_md5, ha1_sha256 FROM extension";
    static final String COUNT_PLAIN = "SELECT COUNT(*) FROM extension WHERE ha1_md5 IS NOT NULL OR ha1_sha256 IS NOT NULL";

    private final Ha1Sealer sealer;

    ExtensionRows(Ha1Sealer sealer) {
        this.sealer = sealer;
    }

    @Override
    public Extension map(ResultSet rs, StatementContext ctx) throws SQLException {
        String number = rs.getString("number");
        Map<DigestAlgorithm, String> ha1 = new EnumMap<>(DigestAlgorithm.class);
        putIfPresent(ha1, DigestAlgorithm.MD5, open(number, DigestAlgorithm.MD5, rs.getString("ha1_md5_sealed"),
            rs.getString("ha1_md5")));
        putIfPresent(ha1, DigestAlgorithm.SHA_256, open(number, DigestAlgorithm.SHA_256,
            rs.getString("ha1_sha256_sealed"), rs.getString("ha1_sha256")));
        return new Extension(number, rs.getString("name"), rs.getString("email"), rs.getString("mobile"),
            algorithms(number, rs.getString("digest_algorithms")), ha1, rs.getBoolean("enabled"),
            rs.getInt("ring_timeout_seconds"), rs.getString("moh_class"),
            Instant.ofEpochMilli(rs.getLong("created_at")), Instant.ofEpochMilli(rs.getLong("updated_at")),
            rs.getLong("version"));
    }

    private String open(String number, DigestAlgorithm a, String sealed, String plain) {
        return sealed != null ? sealer.open(number, a, sealed) : plain;
    }

    private String seal(Extension e, DigestAlgorithm a) {
        String ha1 = e.ha1().get(a);
        return ha1 == null ? null : sealer.seal(e.number(), a, ha1);
    }

    /**
     * Binds every column of {@code e} to the named parameters of {@link #INSERT} and {@link #UPDATE}; in the UPDATE,
     * {@code version} is the one the update was made from and the row gets the next one (compare-and-set).
     */
    <S extends SqlStatement<S>> S bind(S stmt, Extension e) {
        return stmt.bind("number", e.number())
            .bind("name", e.name())
            .bind("email", e.email())
            .bind("mobile", e.mobile())
            .bind("digestAlgorithms", e.digestAlgorithms().stream().map(DigestAlgorithm::token)
                .collect(Collectors.joining(",")))
            .bind("ha1Md5", seal(e, DigestAlgorithm.MD5))
            .bind("ha1Sha256", seal(e, DigestAlgorithm.SHA_256))
            .bind("enabled", e.enabled())
            .bind("ringTimeoutSeconds", e.ringTimeoutSeconds())
            .bind("mohClass", e.mohClass())
            .bind("createdAt", e.createdAt().toEpochMilli())
            .bind("updatedAt", e.updatedAt().toEpochMilli())
            .bind("version", e.version());
    }

    private static void putIfPresent(Map<DigestAlgorithm, String> ha1, DigestAlgorithm a, String value) {
        if (value != null) {
            ha1.put(a, value);
        }
    }

    private static List<DigestAlgorithm> algorithms(String number, String column) {
        List<DigestAlgorithm> out = new ArrayList<>();
        for (String token : column.split(",")) {
            out.add(DigestAlgorithm.fromToken(token).orElseThrow(() -> new IllegalStateException(
                "extension " + number + " has unknown digest algorithm '" + token + "' in the database")));
        }
        return out;
    }
}
