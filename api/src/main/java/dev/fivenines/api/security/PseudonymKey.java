package dev.fivenines.api.security;

import dev.fivenines.domain.submission.Pseudonyms;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret behind research-export pseudonyms. Configured ({@code fivenines.research.pseudonym-key},
 * for several instances that must agree), or else generated once into the data directory beside
 * the local signing key, readable by its owner only, so pseudonyms stay stable across restarts.
 */
public final class PseudonymKey {

    static final String FILE_NAME = "pseudonym-key";

    private PseudonymKey() {
    }

    /** The configured secret's UTF-8 bytes when it is set, else the data directory's key (made on first use). */
    public static byte[] resolve(String configured, Path dataDir) {
        if (configured != null && !configured.isBlank()) {
            byte[] key = configured.getBytes(StandardCharsets.UTF_8);
            if (key.length < Pseudonyms.MIN_KEY_BYTES) {
                throw new IllegalStateException("fivenines.research.pseudonym-key must be at least "
                        + Pseudonyms.MIN_KEY_BYTES + " bytes long (e.g. `openssl rand -base64 32`)");
            }
            return key;
        }
        return loadOrCreate(dataDir);
    }

    static byte[] loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return Base64.getDecoder().decode(Files.readString(file).strip());
            }
            Files.createDirectories(dataDir);
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Path temp = Files.createTempFile(dataDir, "pseudonym-key", ".tmp");
            restrictToOwner(temp);
            Files.writeString(temp, Base64.getEncoder().encodeToString(key) + "\n");
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the pseudonym key " + file, e);
        }
    }

    private static void restrictToOwner(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user profile directory is private already.
        }
    }
}
