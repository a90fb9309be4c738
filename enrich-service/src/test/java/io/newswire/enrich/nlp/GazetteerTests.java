package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GazetteerTests {

    private final Gazetteer gazetteer = Gazetteer.get();

    @ParameterizedTest(name = "{0} is a {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Canada         | COUNTRY
            united states  | COUNTRY
            Quebec         | STATE_OR_PROVINCE
            B.C.           | STATE_OR_PROVINCE
            Tasmania       | STATE_OR_PROVINCE
            Toronto        | CITY
            Québec City    | CITY
            The Hague      | CITY
            Hague          | CITY
            Zürich         | CITY
            Austin         | CITY
            Tehran         | CITY
            Washington     | CITY
            Porto-Novo     | CITY
            """)
    void typesPlacesItKnows(String name, String type) {
        assertThat(gazetteer.placeType(name)).isEqualTo(type);
    }

    @Test
    void knowsNothingOfPlacesNotListed() {
        assertThat(gazetteer.placeType("Sorrel Creek")).isNull();
        assertThat(gazetteer.placeType("North Sea")).isNull();
    }

    @Test
    void mapsDemonymsToThePlacesTheyStandFor() {
        assertThat(gazetteer.placesOf("Canadian")).containsExactly("Canada");
        assertThat(gazetteer.placesOf("British")).contains("Britain", "United Kingdom");
        assertThat(gazetteer.placesOf("Dutch")).contains("Netherlands");
        // a plural names people, a form equal to the place is the place itself
        assertThat(gazetteer.placesOf("Canadians")).isEmpty();
        assertThat(gazetteer.placesOf("Luxembourg")).isEmpty();
    }

    @Test
    void findsDemonymsAsWholeCapitalisedWords() {
        assertThat(gazetteer.demonymPattern().matcher("the Iranian general").find()).isTrue();
        assertThat(gazetteer.demonymPattern().matcher("a Franco-German plan").find()).isFalse();
        assertThat(gazetteer.demonymPattern().matcher("Iranians and canadian").find()).isFalse();
    }
}
