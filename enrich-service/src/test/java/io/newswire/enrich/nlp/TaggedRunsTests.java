package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.enrich.nlp.AnalyzedText.Sentence;
import io.newswire.enrich.nlp.AnalyzedText.Token;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs from hand-tagged tokens, so that each case shows one rule whatever the tagger would say. */
class TaggedRunsTests {

    private final TaggedRuns taggedRuns = new TaggedRuns();

    @Test
    void leavesThePostNominalLettersOutOfAPersonsName() {
        assertThat(runs("Jonathan/PERSON Reece/PERSON KC/PERSON said/O")).extracting(Run::text, Run::type)
                .containsExactly(tuple("Jonathan Reece", FoundEntity.PERSON));
    }

    @Test
    void startsAPersonsNameAfterTheTitleTaggedWithIt() {
        assertThat(runs("Austin/PERSON Mayor/PERSON Leo/PERSON Ferrante/PERSON spoke/O")).extracting(Run::text)
                .containsExactly("Leo Ferrante");
    }

    @Test
    void splitsTwoOrganisationsAtAPossessive() {
        assertThat(runs("Islamic/ORGANIZATION Revolutionary/ORGANIZATION Guard/ORGANIZATION Corps/ORGANIZATION"
                + " ~'/ORGANIZATION Qods/ORGANIZATION Force/ORGANIZATION said/O")).extracting(Run::text)
                .containsExactly("Islamic Revolutionary Guard Corps", "Qods Force");
    }

    @Test
    void survivesALoneArticleTaggedBeforeATitle() {
        // the tagger's stray "The" before "Minister" trims to nothing: no run, and no crash
        assertThat(runs("The/ORGANIZATION Minister/O spoke/O")).isEmpty();
    }

    @Test
    void takesNoBillForAPerson() {
        assertThat(runs("The/O Senate/ORGANIZATION passed/O Bill/PERSON 41/O")).extracting(Run::text)
                .containsExactly("Senate");
    }

    @Test
    void makesACountryTaggedAsAnOrganisationAPlace() {
        assertThat(runs("Canada/ORGANIZATION said/O")).extracting(Run::text, Run::type)
                .containsExactly(tuple("Canada", FoundEntity.LOCATION));
    }

    @Test
    void neverRunsANameOverALineBreak() {
        assertThat(runs("Maple/ORGANIZATION Air/ORGANIZATION \nToronto/ORGANIZATION Star/ORGANIZATION"))
                .extracting(Run::text).containsExactly("Maple Air", "Toronto Star");
    }

    /** Tokens written "word/TAG", separated by a space; "~" before a word joins it to the one before. */
    private List<Run> runs(String tagged) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String item : tagged.split(" ")) {
            boolean joined = item.startsWith("~");
            String word = item.substring(joined ? 1 : 0, item.lastIndexOf('/'));
            boolean newLine = word.startsWith("\n");
            if (!text.isEmpty() && !joined && !newLine) {
                text.append(' ');
            }
            if (newLine) {
                text.append('\n');
                word = word.substring(1);
            }
            tokens.add(new Token(text.length(), text.length() + word.length(), item.substring(item.lastIndexOf('/') + 1)));
            text.append(word);
        }
        AnalyzedText analyzed = new AnalyzedText(TextField.BODY, text.toString(), tokens,
                List.of(new Sentence(0, text.length())));
        return taggedRuns.find(analyzed, UntrustedRanges.of(analyzed));
    }
}
