package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.nlp.AnalyzedText.Sentence;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTests {

    /** The text as analysed, one sentence for each of the given sentences in order. */
    private static AnalyzedText analyzed(String text, String... sentences) {
        List<Sentence> spans = new ArrayList<>();
        int from = 0;
        for (String sentence : sentences) {
            int start = text.indexOf(sentence, from);
            spans.add(new Sentence(start, start + sentence.length()));
            from = start + sentence.length();
        }
        return new AnalyzedText(TextField.BODY, text, List.of(), spans);
    }

    private static List<String> units(String text, Paragraph paragraph) {
        return paragraph.units().stream().map(unit -> unit.in(text)).toList();
    }

    @Test
    void cutsAFieldAtBlankLinesAndLeavesBlankParagraphsOut() {
        String text = "The vote was fair. Berg said so.\n\nThe count broke the rules.\n \n\n";

        List<Paragraph> paragraphs = Paragraphs.of(analyzed(text, "The vote was fair.", "Berg said so.",
                "The count broke the rules."));

        assertThat(paragraphs).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("The vote was fair. Berg said so.", "The count broke the rules.");
        assertThat(units(text, paragraphs.get(0))).containsExactly("The vote was fair.", "Berg said so.");
    }

    @Test
    void joinsSentencesThatAQuoteSpans() {
        String text = "He said: “We will win. We always do.” Then he left.";

        Paragraph paragraph = Paragraphs.of(analyzed(text, "He said: “We will win.", "We always do.”",
                "Then he left.")).get(0);

        assertThat(units(text, paragraph)).containsExactly("He said: “We will win. We always do.”", "Then he left.");
        assertThat(paragraph.quotes()).hasSize(1);
        assertThat(paragraph.unitOf(text.indexOf("always"))).isEqualTo(paragraph.units().get(0));
    }

    @Test
    void takesAParagraphWithoutSentencesAsOneUnit() {
        String text = "A line the tagger cut no sentence from";

        Paragraph paragraph = Paragraphs.of(analyzed(text)).get(0);

        assertThat(paragraph.units()).containsExactly(new TextRange(0, text.length()));
    }

    @Test
    void tellsAQuotedSentenceFromAQuotedPhrase() {
        String text = "“We are ready.” He called it “a turning point”.";

        Paragraph paragraph = Paragraphs.of(analyzed(text, "“We are ready.”", "He called it “a turning point”."))
                .get(0);

        assertThat(paragraph.quotes()).extracting(paragraph::isUtterance).containsExactly(true, false);
    }
}
