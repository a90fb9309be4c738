package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class EntityWordsTests {

    @Test
    void readsWordsAsWrittenWithoutCommentsOrBlankLines() {
        assertThat(EntityWords.POST_NOMINALS).contains("KC", "PhD").doesNotContain("kc");
        assertThat(EntityWords.ORGANISATION_WORDS).contains("ministry", "inc.").noneMatch(w -> w.startsWith("#"));
        assertThat(EntityWords.PLACE_PREPOSITIONS).noneMatch(String::isBlank);
    }

    @Test
    void addsTheCompanyNounsOfTheLexiconToTheOrganisationNouns() {
        assertThat(EntityWords.ORGANISATION_NOUNS).contains("alliance", "movement").containsAll(Lexicon.COMPANY_NOUNS);
    }

    @Test
    void matchesAlternativesAsWrittenInFileOrder() {
        Pattern party = Pattern.compile("(" + EntityWords.alternatives("party-names.txt") + ")$");
        assertThat(party.matcher("Social Democrats").matches()).isTrue();
        assertThat(party.matcher("Social.Democrats").matches()).isFalse();
        assertThat(EntityWords.alternatives("party-names.txt")).startsWith(Pattern.quote("Conservatives") + "|");
    }

    @Test
    void failsLoudlyOnAMissingList() {
        assertThatThrownBy(() -> EntityWords.load("no-such-list.txt")).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-list.txt");
    }
}
