package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcronymsTests {

    private final Acronyms acronyms = new Acronyms();

    @ParameterizedTest(name = "{0} before ({1})")
    @CsvSource(delimiter = '|', textBlock = """
            the Office québécois de la langue française | OQLF | Office québécois de la langue française
            the Alliance of Small Island States         | AOSIS | Alliance of Small Island States
            said the artificial intelligence            | AI    |
            in Montréal                                  | STM   |
            """)
    void findsTheNameAnAcronymSpellsOut(String before, String acronym, String name) {
        String text = before + " (" + acronym + ")";
        int start = Acronyms.nameStartByInitials(text, before.length(), acronym);
        assertThat(start < 0 ? null : text.substring(start, before.length())).isEqualTo(name);
    }

    @ParameterizedTest(name = "{0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            NSW    | New South Wales          | true
            U.S.   | United States            | true
            NHS    | National Health Service  | true
            NHS    | National Health          | false
            Nato   | North Atlantic Treaty Organization | false
            A      | Amnesty                  | false
            """)
    void tellsAnAcronymByTheCapitalsOfTheName(String acronym, String name, boolean spelled) {
        assertThat(Acronyms.isAcronymOf(acronym, name)).isEqualTo(spelled);
    }

    @Test
    void definesAnAcronymAfterTheNameOfAnOrganisation() {
        String body = "The Federation of Austrian Landlords (VÖV) said rents would rise.";
        AnalyzedText text = TestPipeline.ANALYZER.analyze(TextField.BODY, body);
        List<Run> runs = new ArrayList<>();
        assertThat(acronyms.define(text, UntrustedRanges.of(text), runs))
                .containsExactlyEntriesOf(java.util.Map.of("VÖV", "Federation of Austrian Landlords"));
        // the name the tagger missed and the acronym both become organisations
        assertThat(runs).extracting(Run::text).containsExactly("Federation of Austrian Landlords", "VÖV");
        assertThat(runs).extracting(Run::type).containsOnly(FoundEntity.ORGANIZATION);
    }

    @Test
    void takesNoDatelineAgencyForAnAcronym() {
        String body = "HOBART (AAP) — The ferry sailed.";
        AnalyzedText text = TestPipeline.ANALYZER.analyze(TextField.BODY, body);
        assertThat(acronyms.define(text, UntrustedRanges.of(text), new ArrayList<>())).isEmpty();
    }
}
