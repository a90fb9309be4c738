package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.enrich.nlp.AnalyzedText.Sentence;
import io.newswire.enrich.nlp.AnalyzedText.Token;
import io.newswire.events.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RolesTests {

    private final Roles roles = new Roles();

    @Test
    void findsATitleBeforeAName() {
        FoundEntity person = person("Senate Majority Leader John Thune did not comment.", "John Thune");
        assertThat(person.roles()).containsExactly("Senate Majority Leader");
    }

    @Test
    void findsATitleInAppositionAfterAName() {
        FoundEntity person = person("Jagmeet Singh, the NDP leader, said on Monday.", "Jagmeet Singh");
        assertThat(person.roles()).containsExactly("NDP leader");
    }

    @Test
    void givesNoRoleOfSomeoneTheySpeakFor() {
        FoundEntity person = person("A spokesman for Thune declined to comment.", "Thune");
        assertThat(person.roles()).isEmpty();
    }

    @Test
    void leavesTheCourtesyTitleOutOfTheRole() {
        FoundEntity person = person("Political analyst Dr Fiona Leckie disagreed.", "Fiona Leckie");
        assertThat(person.roles()).containsExactly("Political analyst");
    }

    @Test
    void completesAFirstNameTheTaggerLeftOutBetweenTitleAndSurname() {
        // tagged by hand: the tagger of the day may well find the whole name itself
        String body = "Quebec Health Minister Christian Dubé said";
        String[] tags = {"LOCATION", "O", "O", "O", "PERSON", "O"};
        List<Token> tokens = new ArrayList<>();
        int start = 0;
        for (String word : body.split(" ")) {
            tokens.add(new Token(start, start + word.length(), tags[tokens.size()]));
            start += word.length() + 1;
        }
        AnalyzedText text = new AnalyzedText(TextField.BODY, body, tokens, List.of(new Sentence(0, body.length())));
        FoundEntity person = person(text, "Dubé");
        assertThat(person.name()).isEqualTo("Christian Dubé");
        assertThat(person.roles()).containsExactly("Quebec Health Minister");
    }

    private FoundEntity person(String body, String name) {
        return person(TestPipeline.ANALYZER.analyze(TextField.BODY, body), name);
    }

    private FoundEntity person(AnalyzedText text, String name) {
        String body = text.text();
        FoundEntity person = new FoundEntity(FoundEntity.PERSON, name, false);
        int start = body.indexOf(name);
        person.add(TextField.BODY, start, start + name.length(), name);
        roles.addTo(List.of(person), Map.of(TextField.BODY, text), Map.of(TextField.BODY, UntrustedRanges.of(text)));
        return person;
    }
}
