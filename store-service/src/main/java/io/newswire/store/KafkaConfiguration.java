package io.newswire.store;

import io.newswire.events.DeadLetterReasons;
import io.newswire.events.Topics;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/** Dead-letter topics and the one error handler of the article listeners. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** Dead letters are whole articles, up to the 8 MiB that ingest and enrich allow their records. */
    private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    private static final BackOff UNTIL_STORE_ANSWERS = unlimitedBackOff();

    private static final Map<String, String> DEAD_LETTER_TOPICS = Map.of(
            Topics.ARTICLES_INGESTED, Topics.ARTICLES_INGESTED_DLT,
            Topics.ARTICLES_ENRICHED, Topics.ARTICLES_ENRICHED_DLT);

    @Bean
    NewTopic articlesIngestedDeadLetters(KafkaTopicProperties topics) {
        return deadLetterTopic(Topics.ARTICLES_INGESTED_DLT, topics);
    }

    @Bean
    NewTopic articlesEnrichedDeadLetters(KafkaTopicProperties topics) {
        return deadLetterTopic(Topics.ARTICLES_ENRICHED_DLT, topics);
    }

    private static NewTopic deadLetterTopic(String name, KafkaTopicProperties topics) {
        return TopicBuilder.name(name).partitions(topics.partitions()).replicas(topics.replicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES)).build();
    }

    /**
     * Sends dead letters: records that failed to deserialize carry their original bytes, which go out unchanged;
     * anything else is written as JSON. The producer settings are Boot's ({@code spring.kafka.producer.*}).
     */
    @Bean
    KafkaTemplate<String, Object> deadLetterTemplate(ProducerFactory<?, ?> producerFactory) {
        Map<Class<?>, Serializer<?>> byType = Map.of(
                byte[].class, new ByteArraySerializer(),
                Object.class, new JacksonJsonSerializer<>());
        var factory = new DefaultKafkaProducerFactory<String, Object>(producerFactory.getConfigurationProperties(),
                new StringSerializer(), new DelegatingByTypeSerializer(byType, true));
        return new KafkaTemplate<>(factory);
    }

    @Bean
    DefaultErrorHandler errorHandler(KafkaTemplate<String, Object> deadLetterTemplate) {
        var deadLetters = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                (record, exception) -> new TopicPartition(deadLetterTopicOf(record.topic()), record.partition()));
        deadLetters.setExceptionHeadersCreator(reasonHeaders());
        var handler = new DefaultErrorHandler((record, exception) -> {
            log.error("Article {} from {}-{}@{} goes to the dead-letter topic: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), DeadLetterReasons.of(exception));
            deadLetters.accept(record, exception);
        }, new FixedBackOff(200, 2));
        handler.setBackOffFunction((record, exception) -> {
            if (!isStoreUnavailable(exception)) {
                return null;
            }
            log.warn("MongoDB is unavailable while storing article {}; retrying until it answers: {}",
                    record.key(), DeadLetterReasons.of(exception));
            return UNTIL_STORE_ANSWERS;
        });
        handler.addNotRetryableExceptions(UnusableEventException.class);
        // Retries are logged at debug; the decision to dead-letter is logged once, above.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    /**
     * A record that failed because MongoDB could not be reached is fine: dead-lettering it would drop it from
     * the store, so it is retried, holding back its partition, until MongoDB answers again.
     */
    static boolean isStoreUnavailable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof TransientDataAccessException || cause instanceof DataAccessResourceFailureException) {
                return true;
            }
        }
        return false;
    }

    static String deadLetterTopicOf(String topic) {
        return DEAD_LETTER_TOPICS.getOrDefault(topic, topic + "-dlt");
    }

    private static BackOff unlimitedBackOff() {
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(10_000);
        return backOff;
    }

    /**
     * Spring's dead-letter exception headers, with the innermost cause's words as the message (a deserialization
     * failure's header would otherwise say only "failed to deserialize").
     */
    private static DeadLetterPublishingRecoverer.ExceptionHeadersCreator reasonHeaders() {
        return (headers, exception, isKey, names) -> {
            var info = names.getExceptionInfo();
            headers.add(isKey ? info.getKeyExceptionFqcn() : info.getExceptionFqcn(), utf8(exception.getClass().getName()));
            if (!isKey) {
                headers.add(info.getExceptionCauseFqcn(), utf8(DeadLetterReasons.causeClass(exception)));
            }
            headers.add(isKey ? info.getKeyExceptionMessage() : info.getExceptionMessage(),
                    utf8(DeadLetterReasons.of(exception)));
            headers.add(isKey ? info.getKeyExceptionStacktrace() : info.getExceptionStacktrace(),
                    utf8(DeadLetterReasons.stackTrace(exception)));
        };
    }

    private static byte[] utf8(String text) {
        return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
