package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.nlp.QuoteScanner.Quote;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuoteScannerTests {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `“We are ready,” she said.`                                  | We are ready,
            `"We are ready," she said.`                                  | We are ready,
            `«Nous sommes prêts», a-t-il dit.`                           | Nous sommes prêts
            `‘We have no choice,’ said Sunak.`                           | We have no choice,
            `“The US’ actions in Iran,” said Singh.`                     | The US’ actions in Iran,
            `"Canada is concerned by the Corps' Qods Force," he said.`   | Canada is concerned by the Corps' Qods Force,
            `“We call on all sides to show restraint."`                  | We call on all sides to show restraint.
            `He called it “a turning point” and ‘historic’.`             | a turning point;historic
            `“First,” he said, “second.”`                                | First,;second.
            `''A museum alone will not do it,'' he said. ''It won't.''`  | A museum alone will not do it,;It won't.
            `one of ''suffering and delight'' in the story`              | suffering and delight
            `The players'' union said so.`                               |
            `She said: “This goes on into the next paragraph`            | This goes on into the next paragraph
            `It's the players’ union's view, not a quote.`               |
            `A 5" screen is no quote.`                                   |
            `An opening “ with nothing after it`                         |
            """)
    void findsQuotesAndTheirWords(String text, String expected) {
        List<String> quoted = QuoteScanner.scan(text, 0, text.length()).stream()
                .map(q -> text.substring(q.innerStart(), q.innerEnd())).toList();
        assertThat(quoted).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(";")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            `“Closed,” he said.`        | true
            `“Left open at the end`     | false
            """)
    void tellsClosedFromOpenQuotes(String text, boolean closed) {
        List<Quote> quotes = QuoteScanner.scan(text, 0, text.length());
        assertThat(quotes).singleElement().extracting(Quote::closed).isEqualTo(closed);
    }
}
