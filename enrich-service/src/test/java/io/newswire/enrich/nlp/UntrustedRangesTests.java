package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.TextField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UntrustedRangesTests {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Germany's Rail Network Grinds to a Halt After Strike Call      | true
            Germany's rail network grinds to a halt after strike call      | false
            Strike Halts Trains                                            | true
            Trains halt                                                    | false
            """)
    void distrustsTheWholeOfATitleCaseHeadline(String title, boolean untrusted) {
        UntrustedRanges ranges = UntrustedRanges.of(AnalyzedText.empty(TextField.TITLE, title));
        assertThat(ranges.overlaps(0, title.length())).isEqualTo(untrusted);
    }

    @Test
    void distrustsTheDatelineButNotTheSentenceAfterIt() {
        String body = "ROTTERDAM, Netherlands (Reuters) — Dutch Water Authority officials said on Monday.";
        UntrustedRanges ranges = UntrustedRanges.of(AnalyzedText.empty(TextField.BODY, body));
        int dash = body.indexOf('—');
        assertThat(ranges.ranges()).containsExactly(new TextRange(0, dash + 2));
        assertThat(ranges.overlaps(body.indexOf("Dutch"), body.indexOf("Dutch") + 5)).isFalse();
    }

    @Test
    void distrustsACreditLineParagraph() {
        String body = "The council voted on Monday.\n\nReporting by Anna Berg; Editing by Tom Hale";
        UntrustedRanges ranges = UntrustedRanges.of(AnalyzedText.empty(TextField.BODY, body));
        int credit = body.indexOf("Reporting");
        assertThat(ranges.ranges()).containsExactly(new TextRange(credit, body.length()));
    }

    @Test
    void trustsOrdinaryProse() {
        String body = "The council voted on Monday.\n\nMembers backed the plan, the mayor said.\n\nIt passed.";
        assertThat(UntrustedRanges.of(AnalyzedText.empty(TextField.STANDFIRST, "Members of the council voted."))
                .ranges()).isEmpty();
        assertThat(UntrustedRanges.of(AnalyzedText.empty(TextField.BODY, body)).ranges()).isEmpty();
    }
}
