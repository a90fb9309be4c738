package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.events.Article;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Topics;
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

    private ArticlePublisher publisher(RecordingKafka kafka, int cacheSize) {
        return new ArticlePublisher(kafka, new IngestProperties(1024, 10, cacheSize, Duration.ofMillis(50)), meters);
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
