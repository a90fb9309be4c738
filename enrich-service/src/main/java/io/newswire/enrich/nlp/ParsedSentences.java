package io.newswire.enrich.nlp;

import io.newswire.enrich.nlp.SentenceParser.Parse;
import java.util.HashMap;
import java.util.Map;

/** The dependency parses of one paragraph's sentence units, each parsed once, when a rule first asks for it. */
final class ParsedSentences {

    private final String text;
    private final SentenceParser parser;
    private final Map<TextRange, Parse> parses = new HashMap<>();

    ParsedSentences(String text, SentenceParser parser) {
        this.text = text;
        this.parser = parser;
    }

    Parse of(TextRange unit) {
        return parses.computeIfAbsent(unit, u -> parser.parse(text, u.start(), u.end()));
    }
}
