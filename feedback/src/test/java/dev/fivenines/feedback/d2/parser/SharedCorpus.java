package dev.fivenines.feedback.d2.parser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.fivenines.feedback.d2.source.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The D2 conformance corpus in {@code ../shared/d2/conformance} (found through the system property
 * {@code fivenines.shared.dir}); tests skip when it is absent. Files are read in place, never copied.
 */
final class SharedCorpus {

    private SharedCorpus() {
    }

    /** The conformance directory, or a skipped test when it is not there. */
    static Path conformanceDir() {
        String shared = System.getProperty("fivenines.shared.dir");
        assumeTrue(shared != null, "fivenines.shared.dir is not set");
        Path dir = Path.of(shared, "d2", "conformance");
        assumeTrue(Files.isDirectory(dir.resolve("cases")), "no D2 conformance corpus at " + dir);
        return dir;
    }

    /** The entry files {@code cases/<name>.d2}, sorted by name. */
    static List<Path> entryFiles(Path conformanceDir) {
        try (Stream<Path> files = Files.list(conformanceDir.resolve("cases"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".d2")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String caseName(Path entry) {
        String file = entry.getFileName().toString();
        return file.substring(0, file.length() - ".d2".length());
    }

    /** UTF-8, or UTF-16LE after a {@code FF FE} mark, as d2 reads its input. */
    static SourceText read(Path file) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = bytes.length >= 2 && (bytes[0] & 0xff) == 0xFF && (bytes[1] & 0xff) == 0xFE
                    ? new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE)
                    : new String(bytes, StandardCharsets.UTF_8);
            return new SourceText(file.getFileName().toString(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
