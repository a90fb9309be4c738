package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EntityKeysTests {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            PERSON       | François-Philippe Champagne   | person:francois-philippe-champagne
            ORGANIZATION | New Democratic Party          | organization:new-democratic-party
            LOCATION     | United States                 | location:united-states
            ORGANIZATION | Moody's Analytics             | organization:moodys-analytics
            LOCATION     | São Paulo                     | location:sao-paulo
            PERSON       | Lech Wałęsa                   | person:lech-walesa
            ORGANIZATION | S&P                           | organization:s-p
            PERSON       | Donald J. Trump               | person:donald-j-trump
            """)
    void foldsNamesToAsciiSlugs(String type, String name, String key) {
        assertThat(EntityKeys.key(type, name)).isEqualTo(key);
    }

    @Test
    void givesNamesInOtherScriptsAStableDigest() {
        String key = EntityKeys.key("PERSON", "习近平");
        assertThat(key).matches("^person:x[0-9a-f]{12}$").isEqualTo(EntityKeys.key("PERSON", "习近平"));
        assertThat(key).isNotEqualTo(EntityKeys.key("PERSON", "李强"));
    }
}
