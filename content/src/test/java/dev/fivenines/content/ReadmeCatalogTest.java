package dev.fivenines.content;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fivenines.domain.tutorial.TutorialSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's tutorial list is the catalog's: which tutorials exist and which are coming. It
 * fails when a tutorial is added, made available or renamed without the README following, and
 * prints the block to paste between the markers.
 */
class ReadmeCatalogTest {

    private static final String BEGIN = "<!-- tutorials: generated from catalog.yaml, checked by ReadmeCatalogTest -->";
    private static final String END = "<!-- tutorials: end -->";
    private static final Path README = Path.of(System.getProperty("fivenines.root.dir",
            Path.of("..").toAbsolutePath().normalize().toString()), "README.md");

    @Test
    void readmeWhenComparedWithCatalogThenListsTheSameTutorialsAsAvailableAndComing() throws IOException {
        String readme = Files.readString(README).replace("\r\n", "\n");
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertThat(begin).as("README.md has the marker " + BEGIN).isNotNegative();
        assertThat(end).as("README.md has the marker " + END).isGreaterThan(begin);

        String listed = readme.substring(begin + BEGIN.length(), end).strip();

        assertThat(listed).as("README.md's tutorial list differs from catalog.yaml; paste this between the markers:%n%s",
                expected()).isEqualTo(expected());
    }

    /** Available tutorials one per line, in position order; then the coming ones by title. */
    static String expected() {
        List<TutorialSummary> all = YamlTutorialCatalog.bundled().list();
        List<TutorialSummary> available = all.stream().filter(TutorialSummary::available).toList();
        String availableLines = available.stream()
                .map(t -> t.position() + ". **" + t.title() + "** (`" + t.slug() + "`): " + t.summary())
                .collect(Collectors.joining("\n"));
        String coming = all.stream().filter(t -> !t.available())
                .map(t -> t.position() + ". " + t.title()).collect(Collectors.joining("; "));
        return "Available now, " + available.size() + " of " + all.size() + ":\n\n" + availableLines
                + "\n\nComing soon (listed by the API, answering 404 \"coming soon\" until written): " + coming + ".";
    }
}
