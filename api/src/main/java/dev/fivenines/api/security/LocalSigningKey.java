package dev.fivenines.api.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.util.UUID;

/**
 * The RSA key that signs {@code dev-token} tokens and that a server on the embedded default trusts.
 * It lives in the local data directory, readable by its owner only, so only someone who can read
 * that directory can mint tokens; no HTTP endpoint ever does.
 */
public final class LocalSigningKey {

    static final String FILE_NAME = "dev-signing-key.jwk.json";

    private LocalSigningKey() {
    }

    /** Loads the key from {@code dataDir}, creating it on first use. */
    public static RSAKey loadOrCreate(Path dataDir) {
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (Files.isRegularFile(file)) {
                return RSAKey.parse(Files.readString(file));
            }
            Files.createDirectories(dataDir);
            RSAKey key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
            Path temp = Files.createTempFile(dataDir, "signing-key", ".tmp");
            restrictToOwner(temp);
            Files.writeString(temp, key.toJSONString());
            Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the local signing key " + file, e);
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException("the local signing key " + file + " is unusable; delete it to make a new one", e);
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
