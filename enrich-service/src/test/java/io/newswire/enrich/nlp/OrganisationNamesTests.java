package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OrganisationNamesTests {

    private final OrganisationNames organisationNames = new OrganisationNames();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Prosecutors at the Crown Prosecution Service said so.        | Crown Prosecution Service
            The Court of King's Bench of Alberta ruled on Friday.        | Court of King's Bench of Alberta
            Researchers at the Nairobi-based Tegemeo Institute agreed.   | Tegemeo Institute
            Germany's Federal Network Agency said.                      | Federal Network Agency
            Downloads of the messaging app Chirply doubled.             | Chirply
            Rijkswaterstaat, the agency responsible for dikes, agreed.  | Rijkswaterstaat
            The Conservatives accused ministers of chaos.               | Conservatives
            """)
    void findsAnOrganisationTheTaggerMissed(String sentence, String name) {
        assertThat(found(sentence, new ArrayList<>())).extracting(Run::text, Run::type, Run::fixed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(name, FoundEntity.ORGANIZATION, true));
    }

    @Test
    void survivesATabInsideAName() {
        // "Labour<TAB>MPs": the members dropped from the party's name at a tab as at a space
        assertThat(found("Members of the Labour\tMPs group met.", new ArrayList<>())).extracting(Run::text)
                .doesNotContain("Labour\tMPs");
    }

    @Test
    void takesNoHeadlineInCapitalsForAName() {
        assertThat(found("MAJOR LEAGUE STANDINGS AFTER THURSDAY'S GAMES", new ArrayList<>())).isEmpty();
    }

    @Test
    void leavesOutAPersonAndKeepsWhereTheyWork() {
        String sentence = "Analyst Tomasz Wrobel of Pekao Securities said.";
        int start = sentence.indexOf("Tomasz");
        List<Run> tagged = new ArrayList<>(List.of(new Run(TextField.BODY, start, start + "Tomasz Wrobel".length(),
                "Tomasz Wrobel", FoundEntity.PERSON, 2)));
        assertThat(found(sentence, tagged)).extracting(Run::text).containsExactly("Tomasz Wrobel", "Pekao Securities");
    }

    @Test
    void replacesWhatTheTaggerFoundInsideALongerName() {
        String sentence = "Lawyers for the Ontario Securities Commission agreed.";
        int start = sentence.indexOf("Ontario");
        List<Run> tagged = new ArrayList<>(List.of(new Run(TextField.BODY, start, start + "Ontario".length(),
                "Ontario", FoundEntity.LOCATION, 1)));
        assertThat(found(sentence, tagged)).extracting(Run::text).containsExactly("Ontario Securities Commission");
    }

    private List<Run> found(String sentence, List<Run> tagged) {
        AnalyzedText text = AnalyzedText.empty(TextField.BODY, sentence);
        return organisationNames.addTo(text, UntrustedRanges.of(text), tagged);
    }
}
