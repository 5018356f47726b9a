package dev.fivenines.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PseudonymKeyTest {

    @TempDir
    Path dataDir;

    @Test
    void resolveWhenNothingConfiguredThenGeneratedOnceIntoAnOwnerOnlyFile() throws Exception {
        byte[] first = PseudonymKey.resolve("", dataDir);
        byte[] again = PseudonymKey.resolve(null, dataDir);
        assertThat(first).hasSize(32).isEqualTo(again);
        Path file = dataDir.resolve(PseudonymKey.FILE_NAME);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void resolveWhenConfiguredThenThatSecretAndNoFile() {
        String secret = "a-secret-shared-by-every-instance-0123456789";
        assertThat(PseudonymKey.resolve(secret, dataDir)).isEqualTo(secret.getBytes(StandardCharsets.UTF_8));
        assertThat(dataDir.resolve(PseudonymKey.FILE_NAME)).doesNotExist();
    }

    @Test
    void resolveWhenConfiguredSecretIsShortThenRefusedAtStartUp() {
        assertThatThrownBy(() -> PseudonymKey.resolve("short", dataDir))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 32 bytes");
    }
}
