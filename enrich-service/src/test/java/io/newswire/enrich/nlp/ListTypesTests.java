package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.TextField;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListTypesTests {

    @Test
    void givesTheOddOneOutOfAListOfPlacesTheirType() {
        String body = "Flooding hit Niigata, Akita and Sendai.";
        List<Run> runs = List.of(run(body, "Niigata", FoundEntity.LOCATION, false),
                run(body, "Akita", FoundEntity.ORGANIZATION, false), run(body, "Sendai", FoundEntity.LOCATION, false));
        assertThat(ListTypes.align(runs, texts(body))).extracting(Run::type).containsOnly(FoundEntity.LOCATION);
    }

    @Test
    void makesALoneWordListedWithCompaniesACompany() {
        String body = "Volkswagen and Stellantis cut prices.";
        List<Run> runs = List.of(run(body, "Volkswagen", FoundEntity.ORGANIZATION, false),
                run(body, "Stellantis", FoundEntity.PERSON, false));
        assertThat(ListTypes.align(runs, texts(body))).extracting(Run::type)
                .containsExactly(FoundEntity.ORGANIZATION, FoundEntity.ORGANIZATION);
    }

    @Test
    void leavesATypeKnownFromTheTextAlone() {
        String body = "Niigata and the messaging app Chirply.";
        List<Run> runs = List.of(run(body, "Niigata", FoundEntity.LOCATION, false),
                run(body, "Chirply", FoundEntity.ORGANIZATION, true));
        assertThat(ListTypes.align(runs, texts(body))).extracting(Run::type)
                .containsExactly(FoundEntity.LOCATION, FoundEntity.ORGANIZATION);
    }

    @Test
    void leavesNamesThatAreNotListedAlone() {
        String body = "Niigata said Akita would help.";
        List<Run> runs = List.of(run(body, "Niigata", FoundEntity.LOCATION, false),
                run(body, "Akita", FoundEntity.ORGANIZATION, false));
        assertThat(ListTypes.align(runs, texts(body))).extracting(Run::type)
                .containsExactly(FoundEntity.LOCATION, FoundEntity.ORGANIZATION);
    }

    private static Run run(String body, String name, String type, boolean fixed) {
        int start = body.indexOf(name);
        return new Run(TextField.BODY, start, start + name.length(), name, type, name.split(" ").length, fixed);
    }

    private static Map<TextField, AnalyzedText> texts(String body) {
        return Map.of(TextField.BODY, AnalyzedText.empty(TextField.BODY, body));
    }
}
