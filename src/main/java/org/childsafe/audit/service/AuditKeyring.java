package org.childsafe.audit.service;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.childsafe.audit.domain.AuditChain;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The audit chain's secrets, kept outside the database (ADR 0004): an inline key from configuration
 * ({@code app.audit.key}, {@code APP_AUDIT_KEY}) and/or a key file ({@code app.audit.key-file},
 * {@code APP_AUDIT_KEY_FILE}) of {@code <id>=<secret>} lines, oldest first. The signing key is
 * {@code app.audit.key-id} ({@code APP_AUDIT_KEY_ID}), else the inline key ({@code k1}), else the last
 * line of the file. Every key listed stays usable for checking older entries, so rotating means adding
 * a line and restarting. Without any key, a key file with one random key is created on first start.
 */
@Singleton
public class AuditKeyring implements AuditChain.Keys {

    private static final Logger LOG = LoggerFactory.getLogger(AuditKeyring.class);
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,20}");
    static final int MIN_SECRET = 32;

    private final Map<String, byte[]> secrets;
    private final String currentId;

    public AuditKeyring(@Nullable @Value("${app.audit.key:}") String inlineKey,
                        @Nullable @Value("${app.audit.key-id:}") String keyId,
                        @Nullable @Value("${app.audit.key-file:}") String keyFile) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        String last = null;
        Path file = keyFile == null || keyFile.isBlank() ? null : Path.of(keyFile);
        boolean inline = inlineKey != null && !inlineKey.isBlank();
        if (file != null && !inline && !Files.exists(file)) {
            generate(file);
        }
        if (file != null && Files.exists(file)) {
            last = read(file, keys);
        }
        String inlineId = keyId == null || keyId.isBlank() ? "k1" : keyId.strip();
        if (inline) {
            requireValid(inlineId, inlineKey, "app.audit.key (APP_AUDIT_KEY)");
            keys.put(inlineId, inlineKey.getBytes(StandardCharsets.UTF_8));
        }
        String current = keyId != null && !keyId.isBlank() ? keyId.strip() : inline ? inlineId : last;
        if (current == null || !keys.containsKey(current)) {
            throw new IllegalStateException("app.audit.key-id (APP_AUDIT_KEY_ID) names audit key '" + current
                    + "', which is neither APP_AUDIT_KEY nor a line of " + (file == null ? "a key file" : file));
        }
        this.secrets = Map.copyOf(keys);
        this.currentId = current;
        LOG.info("Audit chain: signing with key '{}'; {} key(s) known for checking", current, keys.size());
    }

    @Override
    public String currentId() {
        return currentId;
    }

    @Override
    public Optional<byte[]> secret(String id) {
        return Optional.ofNullable(secrets.get(id)).map(byte[]::clone);
    }

    private static String read(Path file, Map<String, byte[]> keys) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the audit key file " + file
                    + " (app.audit.key-file, APP_AUDIT_KEY_FILE)", e);
        }
        String last = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = file + " line " + (i + 1);
            if (eq <= 0) {
                throw new IllegalStateException(where + ": expected <key id>=<secret>");
            }
            String id = line.substring(0, eq).strip();
            String secret = line.substring(eq + 1).strip();
            requireValid(id, secret, where);
            keys.put(id, secret.getBytes(StandardCharsets.UTF_8));
            last = id;
        }
        if (last == null) {
            throw new IllegalStateException("the audit key file " + file + " has no key");
        }
        return last;
    }

    private static void requireValid(String id, String secret, String where) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalStateException(where + ": an audit key id is 1-20 letters, digits, '.', '_' or '-'");
        }
        if (secret.length() < MIN_SECRET) {
            throw new IllegalStateException(where + ": an audit key needs at least " + MIN_SECRET + " characters");
        }
    }

    /** Writes a key file with one random key (readable by the owner only); another instance may win the race. */
    private static void generate(Path file) {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        String id = "g" + fingerprint(secret);
        try {
            Path dir = file.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, ".audit-keys", ".tmp");
            try {
                trySetOwnerOnly(temp);
                Files.writeString(temp, "# ChildSafe audit chain keys (ADR 0004): <id>=<secret>, oldest first; the last"
                        + " one signs.\n# Keep a copy apart from the database backups. Never remove a line: older entries"
                        + " need it.\n" + id + "=" + secret + "\n", StandardCharsets.UTF_8);
                // a hard link appears whole and fails when the file exists: two instances never overwrite
                Files.createLink(file, temp);
            } finally {
                Files.deleteIfExists(temp);
            }
            LOG.warn("Audit chain: no key was configured, so a new key '{}' was written to {}. Back it up apart from"
                    + " the database; with several instances give all of them the same key (APP_AUDIT_KEY or"
                    + " APP_AUDIT_KEY_FILE).", id, file.toAbsolutePath());
        } catch (FileAlreadyExistsException raced) {
            LOG.info("Audit chain: key file {} was created meanwhile; using it", file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the audit key file " + file
                    + " (set APP_AUDIT_KEY or APP_AUDIT_KEY_FILE)", e);
        }
    }

    private static void trySetOwnerOnly(Path path) {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException notPosix) {
            LOG.debug("cannot restrict permissions of {}", path);
        }
    }

    static String fingerprint(String secret) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
