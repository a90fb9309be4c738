package io.newswire.enrich;

import io.newswire.enrich.nlp.ArticleEnricher;
import io.newswire.enrich.nlp.CoreNlpAnalyzer;
import io.newswire.events.DeadLetterReasons;
import io.newswire.events.Topics;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.DelegatingByTypeSerializer;
import org.springframework.kafka.support.serializer.JacksonJsonSerializer;
import org.springframework.util.backoff.FixedBackOff;

/** The NLP engine, the topics this service creates and the one error handler; the rest is auto-configured. */
@Configuration(proxyBeanMethods = false)
class EnrichConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EnrichConfiguration.class);
    /** An enriched article carries its mentions too; matches the producer's max.request.size. */
    private static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    @Bean
    ArticleEnricher articleEnricher(EnrichProperties properties) {
        return new ArticleEnricher(CoreNlpAnalyzer.load(), properties.maxTextLength());
    }

    @Bean
    NewTopic articlesEnrichedTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.ARTICLES_ENRICHED).partitions(topics.partitions()).replicas(topics.replicas())
                .config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES))
                .build();
    }

    @Bean
    NewTopic articlesIngestedDeadLetterTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.ARTICLES_INGESTED_DLT).partitions(topics.partitions())
                .replicas(topics.replicas()).config(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES))
                .build();
    }

    /**
     * Retries a failed record twice, 200 ms apart (invalid events and unreadable payloads not at all), then
     * publishes it to {@code <topic>-dlt} with Spring's exception headers: unreadable payloads as their original
     * bytes, anything else as JSON.
     */
    @Bean
    DefaultErrorHandler errorHandler(ProducerFactory<?, ?> producerFactory) {
        Map<Class<?>, Serializer<?>> values = new LinkedHashMap<>();
        values.put(byte[].class, new ByteArraySerializer());
        // configured from the producer properties: spring.json.add.type.headers=false
        values.put(Object.class, new JacksonJsonSerializer<>());
        Map<Class<?>, Serializer<?>> keys = new LinkedHashMap<>();
        keys.put(byte[].class, new ByteArraySerializer());
        keys.put(Object.class, new StringSerializer());
        var deadLetterProducers = new DefaultKafkaProducerFactory<Object, Object>(
                producerFactory.getConfigurationProperties(),
                new DelegatingByTypeSerializer(keys, true), new DelegatingByTypeSerializer(values, true));
        var recoverer = new DeadLetterPublishingRecoverer(new KafkaTemplate<>(deadLetterProducers));
        recoverer.setExceptionHeadersCreator(reasonHeaders());
        var handler = new DefaultErrorHandler((ConsumerRecord<?, ?> record, Exception e) -> {
            // one line naming the reason (the dead letter's headers hold the stack trace)
            log.error("Article {} from {}-{}@{} goes to the dead-letter topic: {}", record.key(), record.topic(),
                    record.partition(), record.offset(), DeadLetterReasons.of(e));
            recoverer.accept(record, e);
        }, new FixedBackOff(200, 2));
        handler.addNotRetryableExceptions(InvalidArticleEventException.class);
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
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
