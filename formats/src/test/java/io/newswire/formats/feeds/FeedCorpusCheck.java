package io.newswire.formats.feeds;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Parses every feed file of a folder as ingest parses a fetched or posted feed and prints, per file, how many
 * items it yields and how many of them have a title and a link, or why it was refused, and beside it what ROME
 * (the Java feed parser a user would otherwise pick) reads of the same bytes; the last line sums up both.
 * Exit 1 when a file was refused (a feed without items is reported, not refused: some test feeds have none).
 *
 * <pre>./mvnw -q -pl formats test-compile exec:java -Dexec.classpathScope=test
 *     -Dexec.mainClass=io.newswire.formats.feeds.FeedCorpusCheck -Dexec.args=../shared/devdata/feeds-dev</pre>
 *
 * ROME's test feeds (the team's {@code feeds-dev}) come from github.com/rometools/rome, folder
 * {@code rome/src/test/resources}, Apache-2.0.
 */
public final class FeedCorpusCheck {

    private FeedCorpusCheck() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FeedCorpusCheck FOLDER");
            System.exit(2);
        }
        FeedParser parser = new FeedParser();
        List<Path> files;
        try (Stream<Path> list = Files.list(Path.of(args[0]))) {
            files = list.filter(p -> p.toString().matches(".*\\.(xml|rss|atom|rdf|json)$")).sorted().toList();
        }
        int refused = 0;
        int empty = 0;
        int items = 0;
        int romeRefused = 0;
        int romeItems = 0;
        for (Path file : files) {
            String rome;
            try (var in = new com.rometools.rome.io.XmlReader(Files.newInputStream(file))) {
                var entries = new com.rometools.rome.io.SyndFeedInput().build(in).getEntries();
                romeItems += entries.size();
                rome = "ROME " + entries.size() + " items, "
                        + entries.stream().filter(e -> e.getTitle() != null && !e.getTitle().isBlank()).count()
                        + " with a title";
            } catch (Exception e) {
                romeRefused++;
                rome = "ROME refused: " + e.getMessage();
            }
            try {
                Feed feed = parser.parse(Files.readAllBytes(file), null, null);
                long titled = feed.items().stream().filter(i -> i.title() != null && !i.title().isBlank()).count();
                long linked = feed.items().stream().filter(i -> i.link() != null).count();
                items += feed.items().size();
                if (feed.items().isEmpty()) {
                    empty++;
                }
                System.out.printf("%-30s %-5s %3d items, %3d with a title, %3d with a link | %s%n", file.getFileName(),
                        feed.format(), feed.items().size(), titled, linked, rome);
            } catch (FeedException e) {
                refused++;
                System.out.printf("%-30s refused: %s | %s%n", file.getFileName(), e.getMessage(), rome);
            }
        }
        System.out.printf("%d files: Newswire %d items, %d refused, %d without items; ROME %d items, %d refused%n",
                files.size(), items, refused, empty, romeItems, romeRefused);
        System.exit(refused == 0 ? 0 : 1);
    }
}
