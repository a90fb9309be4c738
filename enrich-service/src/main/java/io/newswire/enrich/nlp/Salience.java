package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import io.newswire.events.TextField;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How much an article is about each of its entities, from where they are mentioned. */
final class Salience {

    private Salience() {
    }

    /**
     * Sorts the entities by salience and numbers them: each mention counts by where it stands (headline 3,
     * standfirst 2, body 1 to 1.5, earlier more), and an entity's salience is its share of all counts.
     */
    static void rank(List<FoundEntity> entities, Map<TextField, AnalyzedText> texts) {
        Map<FoundEntity, Double> scores = new HashMap<>();
        double total = 0;
        for (FoundEntity entity : entities) {
            double score = 0;
            for (FoundMention mention : entity.mentions()) {
                score += switch (mention.field()) {
                    case TITLE -> 3.0;
                    case STANDFIRST -> 2.0;
                    case BODY -> {
                        int length = Math.max(1, texts.get(TextField.BODY).text().length());
                        yield 1.0 + 0.5 * (1.0 - (double) mention.start() / length);
                    }
                };
            }
            scores.put(entity, score);
            total += score;
        }
        entities.sort(Comparator.<FoundEntity>comparingDouble(scores::get).reversed()
                .thenComparing(FoundEntity::firstMention, FoundMention.ORDER));
        for (int i = 0; i < entities.size(); i++) {
            FoundEntity entity = entities.get(i);
            double salience = total == 0 ? 0 : Math.round(scores.get(entity) / total * 10_000) / 10_000.0;
            entity.identify("e" + (i + 1), salience);
        }
    }
}
