package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StatementWordsTests {

    @Test
    void readsEachListWithoutItsComments() {
        assertThat(StatementWords.JOINERS).contains("and", "but", "yet").noneMatch(w -> w.startsWith("#"));
        assertThat(StatementWords.NOUN_HOMOGRAPHS).contains("states", "claims");
        assertThat(StatementWords.SPEAKING_FOR).contains("spokeswoman").doesNotContain("");
    }

    @Test
    void readsWhichNamesAnInstitutionNounMayReferTo() {
        assertThat(StatementWords.INSTITUTION_NAMES.get("union")).contains("association", "guild");
        assertThat(StatementWords.INSTITUTION_NAMES).doesNotContainKey("company");
    }
}
