package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.TextField;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportedContentTests {

    /** The paragraph of a text that is one sentence, with its quotes. */
    private static ReportedContent content(String text) {
        Paragraph paragraph = new Paragraph(TextField.BODY, text, 0, text.length(),
                QuoteScanner.scan(text, 0, text.length()), List.of(new TextRange(0, text.length())));
        return new ReportedContent(paragraph, Lexicon.get());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `the plan would fail; others disagreed`                      | the plan would fail
            `the plan would fail, according to two aides`                | the plan would fail
            `the plan — drafted in May — would fail; others disagreed`   | the plan — drafted in May — would fail
            `the plan would fail — and soon`                             | `the plan would fail `
            `the plan would fail and urged calm`                         | the plan would fail
            `the plan and the budget would fail`                         | the plan and the budget would fail
            `the plan would fail, as officials reported`                 | the plan would fail
            `“we are ready; they are not,” and left`                     | “we are ready; they are not,” and left
            """)
    void endsTheClauseAtItsBoundary(String text, String clause) {
        // the clause may keep a space before its boundary: Findings.report trims it
        int end = content(text).clauseEnd(0, text.length(), false);

        assertThat(text.substring(0, end)).isEqualTo(clause);
    }

    @Test
    void endsANounPhraseAtASubordinateClause() {
        String text = "restraint after the strike on the port";

        assertThat(text.substring(0, content(text).clauseEnd(0, text.length(), true))).isEqualTo("restraint");
        assertThat(content(text).clauseEnd(0, text.length(), false)).isEqualTo(text.length());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `the talks had failed on Friday.`           | the talks had failed
            `the talks had failed last week`            | the talks had failed
            `a deal could come as early as Wednesday`   | a deal could come as early as Wednesday
            `it would wait until Friday`                | it would wait until Friday
            `on Friday`                                 | on Friday
            """)
    void leavesAFinalTimeAdverbialToTheVerb(String text, String reported) {
        int end = content(text).withoutTrailingTime(0, text.length(), 1);

        assertThat(text.substring(0, end)).isEqualTo(reported);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `BRUSSELS — The talks failed, an EU diplomat said.`                   | The talks failed
            `GENEVA (Reuters) - The talks failed, an EU diplomat said.`           | The talks failed
            `At the summit, the talks failed, an EU diplomat said.`               | the talks failed
            `Reading her decision aloud, she said the talks failed.`              |
            """)
    void startsReportedWordsAfterADatelineAndAnOpeningAdverbial(String text, String reported) {
        int start = content(text).contentStart(0, text.length());

        if (reported == null) {
            assertThat(start).isNegative();
        } else {
            assertThat(text.substring(start)).startsWith(reported + ",");
        }
    }

    @Test
    void startsAClauseAfterTheLastQuoteBeforeTheVerb() {
        String text = "“We won,” the coach said.";
        int verb = text.indexOf("said");

        assertThat(content(text).clauseStart(new TextRange(0, text.length()), verb)).isEqualTo(text.indexOf(" the"));
    }
}
