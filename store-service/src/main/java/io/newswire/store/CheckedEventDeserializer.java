package io.newswire.store;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.support.serializer.JacksonJsonDeserializer;

/**
 * Reads an event and refuses one the store cannot use (no article, no id) while its bytes are still at hand: the
 * refusal is a deserialization failure, so its dead letter holds the original bytes, not JSON of what was read.
 */
public class CheckedEventDeserializer extends JacksonJsonDeserializer<Object> {

    @Override
    public Object deserialize(String topic, Headers headers, byte[] data) {
        Object event = super.deserialize(topic, headers, data);
        if (event instanceof ArticleIngested ingested) {
            DocumentMapper.requireUsable(ingested);
        } else if (event instanceof ArticleEnriched enriched) {
            DocumentMapper.requireUsable(enriched);
        }
        return event;
    }
}
