package io.newswire.enrich;

import io.newswire.events.ArticleIngested;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

/**
 * Reads an {@code ArticleIngested} and refuses one without an article or id while its bytes are still at hand, so
 * that its dead letter holds the original bytes rather than JSON of what was read.
 */
public class CheckedEventDeserializer extends JacksonJsonDeserializer<Object> {

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        Object event = super.deserialize(topic, headers, data);
        if (event instanceof ArticleIngested ingested) {
            ArticleIngestedListener.validArticle(ingested);
        }
        return event;
    }
}
