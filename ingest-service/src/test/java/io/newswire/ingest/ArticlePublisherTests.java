package io.newswire.ingest;

import io.newswire.formats.ArticleNormalizer;
import io.newswire.formats.ArticleSubmission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Topics;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaProducerException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

class ArticlePublisherTests {

    private static final Source HTTP = new Source("test", null, SourceKind.HTTP, null);

    private final ArticleNormalizer normalizer = new ArticleNormalizer();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @Test
    void publishesEachArticleKeyedByItsIdAndAnswersAnUnchangedRepostWithoutPublishing() {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 10);
        Article one = article("https://example.com/1", "One.");
        Article two = article("https://example.com/2", "Two.");

        assertThat(publisher.publish(List.of(one, two))).containsExactly(accepted(one), accepted(two));
        assertThat(publisher.publish(List.of(one))).containsExactly(unchanged(one));

        assertThat(kafka.sent).extracting(ProducerRecord::topic).containsOnly(Topics.ARTICLES_INGESTED);
        assertThat(kafka.sent).extracting(ProducerRecord::key).containsExactly(one.id(), two.id());
        assertThat(kafka.sent).extracting(record -> record.value().article()).containsExactly(one, two);
        assertThat(meters.counter("newswire.ingest.articles", "outcome", "accepted").count()).isEqualTo(2);
        assertThat(meters.counter("newswire.ingest.articles", "outcome", "unchanged").count()).isEqualTo(1);
    }

    @Test
    void publishesAChangedVersionOfAKnownArticle() {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 10);
        Article original = article("https://example.com/1", "One.");
        Article corrected = article("https://example.com/1", "One, corrected.");

        publisher.publish(List.of(original));
        assertThat(publisher.publish(List.of(corrected, corrected))).containsExactly(accepted(corrected), unchanged(corrected));
        assertThat(publisher.publish(List.of(original))).containsExactly(accepted(original));

        assertThat(kafka.sent).extracting(record -> record.value().article().contentHash())
                .containsExactly(original.contentHash(), corrected.contentHash(), original.contentHash());
    }

    @Test
    void forgetsTheLeastRecentlyUsedIdsBeyondItsCapacity() {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 2);
        Article one = article("https://example.com/1", "One.");
        Article two = article("https://example.com/2", "Two.");
        Article three = article("https://example.com/3", "Three.");

        publisher.publish(List.of(one, two));
        publisher.publish(List.of(one));
        publisher.publish(List.of(three));

        assertThat(publisher.rememberedVersions()).isEqualTo(2);
        assertThat(publisher.publish(List.of(one))).containsExactly(unchanged(one));
        assertThat(publisher.publish(List.of(two))).containsExactly(accepted(two));
    }

    @Test
    void failsTheWholeBatchWhenKafkaRefusesAWriteAndRemembersOnlyWhatWasAcknowledged() {
        Article one = article("https://example.com/1", "One.");
        Article two = article("https://example.com/2", "Two.");
        RecordingKafka kafka = new RecordingKafka(record -> record.key().equals(two.id())
                ? CompletableFuture.failedFuture(new IllegalStateException("broker gone"))
                : CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 10);

        assertThatThrownBy(() -> publisher.publish(List.of(one, two)))
                .isInstanceOf(PublishFailedException.class)
                .hasMessageContaining("broker gone");

        assertThat(publisher.publish(List.of(one))).containsExactly(unchanged(one));
        assertThat(meters.counter("newswire.ingest.articles", "outcome", "failed").count()).isEqualTo(2);
    }

    @Test
    void namesTheProducersReasonRatherThanTheWrapper() {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.failedFuture(new KafkaProducerException(
                record, "Failed to send", new org.apache.kafka.common.errors.TimeoutException(
                        "Expiring 1 record(s) for articles-ingested-3: 10008 ms has passed since batch creation"))));
        ArticlePublisher publisher = publisher(kafka, 10);

        assertThatThrownBy(() -> publisher.publish(List.of(article("https://example.com/1", "One."))))
                .isInstanceOf(PublishFailedException.class)
                .hasMessage("Kafka refused the write: Expiring 1 record(s) for articles-ingested-3: 10008 ms has passed "
                        + "since batch creation");
    }

    @Test
    void failsWhenKafkaDoesNotAcknowledgeInTime() {
        RecordingKafka kafka = new RecordingKafka(record -> new CompletableFuture<>());
        ArticlePublisher publisher = publisher(kafka, 10);
        Article one = article("https://example.com/1", "One.");

        assertThatThrownBy(() -> publisher.publish(List.of(one)))
                .isInstanceOf(PublishFailedException.class)
                .hasMessage("Kafka did not acknowledge within PT0.05S");
        assertThat(publisher.rememberedVersions()).isZero();
    }

    @Test
    void failsWhenTheSendItselfThrows() {
        RecordingKafka kafka = new RecordingKafka(record -> {
            throw new org.apache.kafka.common.KafkaException("metadata not available");
        });
        ArticlePublisher publisher = publisher(kafka, 10);

        assertThatThrownBy(() -> publisher.publish(List.of(article("https://example.com/1", "One."))))
                .isInstanceOf(PublishFailedException.class)
                .hasMessage("could not send to Kafka: metadata not available");
    }

    @Test
    void linksANearDuplicateUnderAnotherUrlToTheFirstAndKeepsAnExactRepostUnchanged() throws IOException {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 10);
        Article wire = story("https://wire.example/quake", "quake-wire.txt");
        Article rerun = story("https://outlet.example/world/chile-quake", "quake-outlet-b.txt");
        Article other = story("https://outlet.example/world/peru-quake", "quake-peru.txt");

        publisher.publish(List.of(wire));
        assertThat(publisher.publish(List.of(rerun, other))).containsExactly(accepted(rerun), accepted(other));
        assertThat(publisher.publish(List.of(rerun))).containsExactly(unchanged(rerun));

        assertThat(kafka.sent).extracting(record -> record.value().article().duplicateOf())
                .containsExactly(null, wire.id(), null);
        assertThat(kafka.sent.get(1).value().article()).usingRecursiveComparison().ignoringFields("language")
                .isEqualTo(rerun.withDuplicateOf(wire.id()));
        assertThat(meters.counter("newswire.ingest.near.duplicates").count()).isEqualTo(1);
    }

    @Test
    void neverLinksToAnArticleThatWasNotAcknowledged() throws IOException {
        Article wire = story("https://wire.example/rates", "rates-wire.txt");
        RecordingKafka kafka = new RecordingKafka(record -> record.key().equals(wire.id())
                ? CompletableFuture.failedFuture(new IllegalStateException("broker gone"))
                : CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 10);

        assertThatThrownBy(() -> publisher.publish(List.of(wire))).isInstanceOf(PublishFailedException.class);
        publisher.publish(List.of(story("https://outlet.example/rates", "rates-outlet-a.txt")));

        assertThat(kafka.sent.get(1).value().article().duplicateOf()).isNull();
    }

    @Test
    void publishesTheDetectedLanguageOnlyWhenTheSourceNamesNoneAndTheTextTellsIt() throws IOException {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = publisher(kafka, 10);
        Article french = story("https://outlet.example/lyon", "greve-wire.txt");
        Article swiss = normalizer.normalize(ArticleSubmission.builder().source(HTTP).url("https://outlet.example/ch")
                .title(french.title()).body(french.body()).language("fr-CH").build());
        Article table = normalizer.normalize(ArticleSubmission.builder().source(HTTP).url("https://outlet.example/q3")
                .title("Q3").body("EBITDA 12.5 | 13.75 | -0.25 | 4.5% | https://ir.example.com/q3.pdf x7f3k zzzz").build());

        publisher.publish(List.of(french, swiss, table));

        assertThat(french.language()).isNull();
        assertThat(kafka.sent).extracting(record -> record.value().article().language())
                .containsExactly("fr", "fr-CH", null);
        assertThat(kafka.sent.get(0).value().article()).usingRecursiveComparison().ignoringFields("language")
                .isEqualTo(french);
    }

    @Test
    void linksAndDetectsNothingWhenDisabled() throws IOException {
        RecordingKafka kafka = new RecordingKafka(record -> CompletableFuture.completedFuture(new SendResult<>(record, null)));
        ArticlePublisher publisher = new ArticlePublisher(kafka, new IngestProperties(1024, 10, 10,
                Duration.ofMillis(50), false, new IngestProperties.NearDuplicates(false, 0.3, 10, Duration.ofDays(7)), null), meters);

        publisher.publish(List.of(story("https://wire.example/match", "match-wire.txt")));
        publisher.publish(List.of(story("https://outlet.example/match", "match-outlet-a.txt")));

        assertThat(kafka.sent).extracting(record -> record.value().article().duplicateOf()).containsOnlyNulls();
        assertThat(kafka.sent).extracting(record -> record.value().article().language()).containsOnlyNulls();
    }

    private ArticlePublisher publisher(RecordingKafka kafka, int cacheSize) {
        return new ArticlePublisher(kafka, new IngestProperties(1024, 10, cacheSize, Duration.ofMillis(50), true,
                new IngestProperties.NearDuplicates(true, 0.3, 100, Duration.ofDays(7)), null), meters);
    }

    private Article story(String url, String fixture) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/near-duplicates/" + fixture)) {
            String[] titleAndBody = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n\n", 2);
            return normalizer.normalize(ArticleSubmission.builder().source(HTTP).url(url).title(titleAndBody[0])
                    .body(titleAndBody[1]).build());
        }
    }

    private Article article(String url, String body) {
        return normalizer.normalize(ArticleSubmission.builder().source(HTTP).url(url).title("Title").body(body).build());
    }

    private static PublishedArticle accepted(Article article) {
        return new PublishedArticle(article.id(), article.contentHash(), PublishedArticle.Status.ACCEPTED);
    }

    private static PublishedArticle unchanged(Article article) {
        return new PublishedArticle(article.id(), article.contentHash(), PublishedArticle.Status.UNCHANGED);
    }

    /** A template that records what it is asked to send and answers as told, without a broker. */
    private static final class RecordingKafka extends KafkaTemplate<String, ArticleIngested> {

        private final List<ProducerRecord<String, ArticleIngested>> sent = new ArrayList<>();
        private final Function<ProducerRecord<String, ArticleIngested>, CompletableFuture<SendResult<String, ArticleIngested>>> answer;

        RecordingKafka(Function<ProducerRecord<String, ArticleIngested>,
                CompletableFuture<SendResult<String, ArticleIngested>>> answer) {
            super(new DefaultKafkaProducerFactory<>(Map.of()));
            this.answer = answer;
        }

        @Override
        public CompletableFuture<SendResult<String, ArticleIngested>> send(String topic, String key,
                ArticleIngested data) {
            ProducerRecord<String, ArticleIngested> record = new ProducerRecord<>(topic, key, data);
            sent.add(record);
            return answer.apply(record);
        }
    }
}
