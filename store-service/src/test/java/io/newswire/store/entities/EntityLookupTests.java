package io.newswire.store.entities;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityLookupTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Jagmeet Singh|jagmeet singh",
            "'  JAGMEET \t  singh '|jagmeet singh",
            "person:jagmeet-singh|person:jagmeet-singh",
            "François Legault|françois legault",
            // "e" followed by a combining acute accent is the same name as the precomposed "é"
            "Franc\u0327ois Le\u0301ger|françois léger",
            "{\"$ne\": null}|{\"$ne\": null}",
            "'.*'|.*"
    })
    void normalisesNamesForExactLookups(String name, String expected) {
        assertThat(EntityLookup.of(name)).isEqualTo(expected);
    }
}
