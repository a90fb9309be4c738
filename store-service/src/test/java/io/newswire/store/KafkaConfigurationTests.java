package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.ServerAddress;
import io.newswire.events.Topics;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class KafkaConfigurationTests {

    @Test
    void retriesUntilMongoAnswersWhenTheStoreIsUnreachable() {
        var unreachable = new DataAccessResourceFailureException("Timed out",
                new MongoSocketOpenException("refused", new ServerAddress("mongo", 27017)));

        assertThat(KafkaConfiguration.isStoreUnavailable(new ListenerExecutionFailedException("failed", unreachable)))
                .isTrue();
        assertThat(KafkaConfiguration.isStoreUnavailable(
                new ListenerExecutionFailedException("failed", new QueryTimeoutException("slow")))).isTrue();
    }

    @Test
    void deadLettersOtherFailures() {
        assertThat(KafkaConfiguration.isStoreUnavailable(new ListenerExecutionFailedException("failed",
                new UnusableEventException("no article")))).isFalse();
        assertThat(KafkaConfiguration.isStoreUnavailable(new ListenerExecutionFailedException("failed",
                new DuplicateKeyException("dup")))).isFalse();
        assertThat(KafkaConfiguration.isStoreUnavailable(new IllegalStateException())).isFalse();
    }

    @Test
    void namesTheDeadLetterTopicOfEachConsumedTopic() {
        assertThat(KafkaConfiguration.deadLetterTopicOf(Topics.ARTICLES_INGESTED))
                .isEqualTo(Topics.ARTICLES_INGESTED_DLT).isEqualTo("articles-ingested-dlt");
        assertThat(KafkaConfiguration.deadLetterTopicOf(Topics.ARTICLES_ENRICHED))
                .isEqualTo(Topics.ARTICLES_ENRICHED_DLT).isEqualTo("articles-enriched-dlt");
    }
}
