package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.FoundEntity.FoundMention;
import java.util.List;

/** Places the {@link Gazetteer} knows get their finer type: COUNTRY, STATE_OR_PROVINCE, CITY. */
final class PlaceTypes {

    private final Gazetteer gazetteer = Gazetteer.get();

    /** Places the gazetteer knows get their finer type: by canonical name, else by another name they go by. */
    void refine(List<FoundEntity> entities) {
        for (FoundEntity entity : entities) {
            if (!FoundEntity.LOCATION.equals(entity.type())) {
                continue;
            }
            String type = gazetteer.placeType(entity.name());
            for (FoundMention mention : entity.mentions()) {
                if (type == null) {
                    type = gazetteer.placeType(mention.text());
                }
            }
            if (type != null) {
                entity.refineType(type);
            }
        }
    }
}
