package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.Test;

class RelevanceCursorTests {

    @Test
    void readsBackWhatItWroteAndOrdersByScoreThenId() {
        RelevanceCursor cursor = new RelevanceCursor(2.5, "b\nwith newline");

        assertThat(RelevanceCursor.parse(cursor.encode())).isEqualTo(cursor);
        assertThat(cursor.precedes(2.0, "a")).isTrue();
        assertThat(cursor.precedes(2.5, "c")).isTrue();
        assertThat(cursor.precedes(2.5, "a")).isFalse();
        assertThat(cursor.precedes(3.0, "z")).isFalse();
    }

    @Test
    void rejectsAnythingElse() {
        for (String bad : List.of("", "not-a-cursor", new PageCursor(Instant.EPOCH, "x").encode(),
                new RelevanceCursor(1, "x").encode().substring(2))) {
            assertThatThrownBy(() -> RelevanceCursor.parse(bad)).as(bad).isInstanceOf(BadParameterException.class);
        }
    }

    @Test
    void scoresWordOccurrencesByTheWeightOfTheirField() {
        Document article = new Document("title", "Pharmacare vote").append("standfirst", "PHARMACARE, again")
                .append("body", "pharmacare and more pharmacare");

        assertThat(TextSearch.scoreOf(article, List.of("pharmacare"))).isEqualTo(3 + 2 + 1 + 1);
        assertThat(TextSearch.scoreOf(article, List.of("vote", "absent"))).isEqualTo(3);
        assertThat(TextSearch.scoreOf(new Document("title", "x"), List.of("y"))).isZero();
    }
}
