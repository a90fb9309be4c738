package io.newswire.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class NinjsArticleTests {

    private final ArticleEnriched singh = Fixtures.jagmeetSinghEnriched();

    @Test
    void mapsTheArticleToNinjs() {
        JsonNode ninjs = Fixtures.JSON.valueToTree(NinjsArticle.of(DocumentMapper.articleOf(singh)));

        assertThat(ninjs.get("uri").asString())
                .isEqualTo("https://www.cbc.ca/news/politics/singh-pharmacare-budget-1.7151234");
        assertThat(ninjs.get("type").asString()).isEqualTo("text");
        assertThat(ninjs.get("headline").asString())
                .isEqualTo("Singh says NDP will vote against budget without pharmacare plan");
        assertThat(ninjs.get("body_text").asString()).startsWith("OTTAWA — NDP Leader Jagmeet Singh said Tuesday");
        assertThat(ninjs.get("description_text").asString())
                .isEqualTo("The New Democrat leader told reporters in Ottawa that his caucus wants a firm timeline.");
        assertThat(ninjs.get("firstcreated").asString()).isEqualTo("2024-03-05T15:42:00Z");
        assertThat(ninjs.get("versioncreated").asString()).isEqualTo("2024-03-05T16:10:00Z");
        assertThat(ninjs.get("byline").asString()).isEqualTo("Catharine Tunney");
        assertThat(ninjs.get("language").asString()).isEqualTo("en");
        JsonNode picture = ninjs.get("associations").get("picture1");
        assertThat(picture.get("type").asString()).isEqualTo("picture");
        assertThat(picture.get("uri").asString()).isEqualTo("https://i.cbc.ca/1.7151240.jpg");
        assertThat(picture.get("description_text").asString())
                .isEqualTo("NDP Leader Jagmeet Singh speaks to reporters on Parliament Hill.");
        assertThat(picture.get("byline").asString()).isEqualTo("Adrian Wyld/The Canadian Press");
        assertThat(ninjs.get("people")).hasSize(2);
        JsonNode singhPerson = ninjs.get("people").get(0);
        assertThat(singhPerson.get("name").asString()).isEqualTo("Jagmeet Singh");
        assertThat(singhPerson.get("uri").asString()).isEqualTo("person:jagmeet-singh");
        assertThat(singhPerson.get("rel").asString()).isEqualTo("mentioned");
        assertThat(singhPerson.get("role").asString()).isEqualTo("NDP Leader");
        assertThat(ninjs.get("organisations")).hasSize(1);
        assertThat(ninjs.get("organisations").get(0).get("uri").asString()).isEqualTo("organization:ndp");
        assertThat(ninjs.get("places")).hasSize(1);
        assertThat(ninjs.get("places").get(0).get("name").asString()).isEqualTo("Ottawa");
        assertThat(ninjs.get("places").get(0).get("uri").asString()).isEqualTo("location:ottawa");
        assertThat(ninjs.has("article")).isFalse();
    }

    @Test
    void leavesOutWhatAnUnenrichedArticleLacks() {
        ArticleIngested ingested = Fixtures.ingestedOf(singh);
        JsonNode ninjs = Fixtures.JSON.valueToTree(NinjsArticle.of(DocumentMapper.articleOf(ingested)));

        assertThat(ninjs.has("people")).isFalse();
        assertThat(ninjs.has("organisations")).isFalse();
        assertThat(ninjs.has("places")).isFalse();
        assertThat(ninjs.has("embargoed")).isFalse();
        assertThat(ninjs.get("headline").asString()).isNotBlank();
    }
}
