package dev.fivenines.domain.publishing;

import java.time.Instant;

/** One published version of a tutorial. */
public record VersionInfo(String slug, int version, int rubricVersion, String publishedBy, Instant publishedAt,
                          boolean active) {
}
