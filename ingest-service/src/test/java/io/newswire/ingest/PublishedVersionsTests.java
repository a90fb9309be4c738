package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedVersionsTests {

    @TempDir
    Path dir;

    @Test
    void remembersWhatWasPublishedAcrossARestart() throws Exception {
        Path journal = dir.resolve("state").resolve("published-versions.tsv");
        try (var first = new PublishedVersions(10, journal)) {
            first.published("a", "sha256:1");
            first.published("b", "sha256:2");
            first.published("a", "sha256:3");
        }

        try (var restarted = new PublishedVersions(10, journal)) {
            assertThat(restarted.lastPublished("a")).isEqualTo("sha256:3");
            assertThat(restarted.lastPublished("b")).isEqualTo("sha256:2");
        }
        assertThat(Files.readAllLines(journal)).as("compacted at start-up").hasSize(2);
    }

    @Test
    void skipsALineCutByACrashAndKeepsOnlyWhatFitsTheMemory() throws Exception {
        Path journal = dir.resolve("published-versions.tsv");
        Files.writeString(journal, "a\tsha256:1\nb\tsha256:2\nc\tsha256:3\nd\tsha", StandardCharsets.UTF_8);

        try (var restarted = new PublishedVersions(2, journal)) {
            assertThat(restarted.lastPublished("a")).as("the least recent, beyond the capacity").isNull();
            assertThat(restarted.lastPublished("c")).isEqualTo("sha256:3");
            assertThat(restarted.size()).isEqualTo(2);
        }
    }

    @Test
    void staysAsSmallAsTheMemoryWhileItRuns() throws Exception {
        Path journal = dir.resolve("published-versions.tsv");
        try (var versions = new PublishedVersions(3, journal)) {
            for (int i = 0; i < 100; i++) {
                versions.published("id-" + i, "sha256:" + i);
            }
        }

        assertThat(Files.readAllLines(journal).size()).isLessThanOrEqualTo(3 * 3);
    }
}
