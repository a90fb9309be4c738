package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.QuoteScanner.Quote;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Cuts a field into paragraphs at blank lines, each with its quotes and its sentence units. */
final class Paragraphs {

    /** A blank line between paragraphs. */
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");

    private Paragraphs() {
    }

    /** The paragraphs of a field, in order; blank ones left out. */
    static List<Paragraph> of(AnalyzedText text) {
        List<Paragraph> paragraphs = new ArrayList<>();
        String s = text.text();
        Matcher breaks = PARAGRAPH_BREAK.matcher(s);
        int start = 0;
        while (true) {
            boolean more = breaks.find();
            int end = more ? breaks.start() : s.length();
            if (end > start) {
                List<Quote> quotes = QuoteScanner.scan(s, start, end);
                paragraphs.add(new Paragraph(text.field(), s, start, end, quotes, units(text, start, end, quotes)));
            }
            if (!more) {
                break;
            }
            start = breaks.end();
        }
        return paragraphs;
    }

    /** The sentences of a paragraph, joined where a sentence break falls inside a quote. */
    private static List<TextRange> units(AnalyzedText text, int start, int end, List<Quote> quotes) {
        String s = text.text();
        List<TextRange> units = new ArrayList<>();
        for (AnalyzedText.Sentence sentence : text.sentences()) {
            if (sentence.end() <= start || sentence.start() >= end) {
                continue;
            }
            TextRange unit = new TextRange(Math.max(start, sentence.start()), Math.min(end, sentence.end()));
            if (!units.isEmpty()) {
                TextRange last = units.get(units.size() - 1);
                Quote across = quotes.stream().filter(q -> q.open() < unit.start() && q.end() > last.end())
                        .findFirst().orElse(null);
                if (across != null && opensSentence(s, across, last)) {
                    // "Why? ''They pay us,'' he said.": the tagger left the opening mark on the sentence before
                    units.set(units.size() - 1, new TextRange(last.start(), Texts.skipSpacesBack(s, across.open(),
                            last.start())));
                    units.add(new TextRange(across.open(), unit.end()));
                    continue;
                }
                if (across != null) {
                    units.set(units.size() - 1, new TextRange(last.start(), unit.end()));
                    continue;
                }
            }
            units.add(unit);
        }
        if (units.isEmpty()) {
            units.add(new TextRange(start, end));
        }
        return units;
    }

    /** Whether a quote that opens inside the sentence {@code last} starts a sentence of its own after a full stop. */
    private static boolean opensSentence(String s, Quote quote, TextRange last) {
        int before = Texts.skipSpacesBack(s, quote.open(), last.start());
        return before > last.start() && before < quote.open() && ".?!".indexOf(s.charAt(before - 1)) >= 0
                && Character.isUpperCase(s.codePointAt(quote.innerStart()));
    }
}
