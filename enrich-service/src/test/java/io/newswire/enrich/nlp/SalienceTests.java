package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SalienceTests {

    @Test
    void ranksAHeadlineMentionAboveTwoInTheBody() {
        String body = "Lisbon and Porto met. Porto left. Lisbon stayed.";
        FoundEntity lisbon = place("Lisbon", TextField.TITLE, 0);
        FoundEntity porto = place("Porto", TextField.BODY, body.indexOf("Porto"));
        porto.add(TextField.BODY, body.lastIndexOf("Porto"), body.lastIndexOf("Porto") + 5, "Porto");
        List<FoundEntity> entities = new ArrayList<>(List.of(porto, lisbon));
        Salience.rank(entities, Map.of(TextField.BODY, AnalyzedText.empty(TextField.BODY, body)));
        // Lisbon: 3; Porto: two body mentions of about 1.4 each
        assertThat(entities).extracting(FoundEntity::name, FoundEntity::id).containsExactly(tuple("Lisbon", "e1"),
                tuple("Porto", "e2"));
        assertThat(lisbon.salience() + porto.salience()).isCloseTo(1.0, org.assertj.core.data.Offset.offset(0.0002));
        assertThat(lisbon.salience()).isGreaterThan(porto.salience());
    }

    @Test
    void ranksTheEarlierOfEqualEntitiesFirst() {
        String body = "Lisbon and Porto met.";
        FoundEntity porto = place("Porto", TextField.BODY, body.indexOf("Porto"));
        FoundEntity lisbon = place("Lisbon", TextField.BODY, 0);
        List<FoundEntity> entities = new ArrayList<>(List.of(porto, lisbon));
        Salience.rank(entities, Map.of(TextField.BODY, AnalyzedText.empty(TextField.BODY, body)));
        assertThat(entities).extracting(FoundEntity::name).containsExactly("Lisbon", "Porto");
    }

    private static FoundEntity place(String name, TextField field, int start) {
        FoundEntity place = new FoundEntity(FoundEntity.LOCATION, name, false);
        place.add(field, start, start + name.length(), name);
        return place;
    }
}
