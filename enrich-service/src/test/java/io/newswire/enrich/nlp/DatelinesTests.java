package io.newswire.enrich.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newswire.events.TextField;
import org.junit.jupiter.api.Test;

class DatelinesTests {

    private final Datelines datelines = new Datelines();

    @Test
    void findsTheCityTheRegionAndTheAgencyOfADateline() {
        AnalyzedText text = TestPipeline.ANALYZER.analyze(TextField.BODY,
                "ROTTERDAM, Netherlands (Reuters) — The port reopened on Monday.");
        assertThat(datelines.names(text)).extracting(Run::text, Run::type, Run::fixed).containsExactly(
                tuple("ROTTERDAM", FoundEntity.LOCATION, true),
                tuple("Netherlands", FoundEntity.LOCATION, true),
                tuple("Reuters", FoundEntity.ORGANIZATION, true));
    }

    @Test
    void findsTheAgencyOfADatelineWithoutACity() {
        AnalyzedText text = TestPipeline.ANALYZER.analyze(TextField.BODY, "(CNN) — The storm moved north.");
        assertThat(datelines.names(text)).extracting(Run::text, Run::type)
                .containsExactly(tuple("CNN", FoundEntity.ORGANIZATION));
    }

    @Test
    void takesNoSectionLabelForACity() {
        AnalyzedText text = TestPipeline.ANALYZER.analyze(TextField.BODY, "SOCCER - LATE GOAL SINKS ROVERS");
        assertThat(datelines.names(text)).isEmpty();
    }

    @Test
    void looksForNoDatelineInAHeadline() {
        AnalyzedText text = TestPipeline.ANALYZER.analyze(TextField.TITLE, "PARIS — Talks resume");
        assertThat(datelines.names(text)).isEmpty();
    }
}
