package io.newswire.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newswire.events.Article;
import io.newswire.events.SourceKind;
import io.newswire.ingest.feeds.FeedImport;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP answers that need a failing publisher, which a real broker cannot be made to be on demand, and the
 * content types read by adapters of sub-packages, with the publisher stood in for. */
@WebMvcTest(ArticlesController.class)
@Import(ArticlesControllerTests.Readers.class)
class ArticlesControllerTests {

    private static final JsonSchema ARTICLE_INGESTED = JsonSchemaFactory
            .getInstance(SpecVersion.VersionFlag.V202012,
                    builder -> builder.schemaMappers(m -> m.mapPrefix("https://newswire.io/schemas/", "classpath:schemas/")))
            .getSchema(URI.create("https://newswire.io/schemas/article-ingested.schema.json"));

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticlePublisher publisher;

    /** Dry runs show what the publisher would publish; the stand-in shows the articles as read. */
    @org.junit.jupiter.api.BeforeEach
    void previewAsRead() {
        given(publisher.preview(any())).willAnswer(call -> call.getArgument(0));
    }

    /** Feed bodies are read by the feeds package; FeedIngestIntegrationTests posts them to the real service. */
    @MockitoBean
    FeedImport feedImport;

    @Test
    void answers503WithAProblemDetailWhenKafkaDoesNotAcknowledge() throws Exception {
        given(publisher.publish(any())).willThrow(new PublishFailedException("Kafka did not acknowledge within PT15S",
                new java.util.concurrent.TimeoutException()));

        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"T\"}"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Retry-After", "5"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("none was accepted")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("did not acknowledge within PT15S")));
    }

    @Test
    void answers500WithoutTheExceptionWhenSomethingUnexpectedFails() throws Exception {
        given(publisher.publish(any())).willThrow(new IllegalStateException("secret internals"));

        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_JSON).content("{\"title\": \"T\"}"))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().string(Matchers.not(Matchers.containsString("secret internals"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("IllegalStateException"))));
    }

    @Test
    void acceptsAnArrayOfNinjsDocumentsUnderBothMediaTypes() throws Exception {
        given(publisher.publish(any())).willAnswer(call -> accepted(call.getArgument(0)));
        String dpa = Files.readString(Path.of("../formats/src/test/resources/ninjs/3.0/dpa_text.json"));
        String ntb = Files.readString(Path.of("../formats/src/test/resources/ninjs/2.1/ntb_text.json"));

        for (String type : List.of("application/ninjs+json", "application/vnd.iptc.ninjs+json")) {
            mvc.perform(post("/api/articles").contentType(type).content("[" + dpa + "," + ntb + "]"))
                    .andExpect(status().isAccepted())
                    .andExpect(jsonPath("$.articles.length()").value(2))
                    .andExpect(jsonPath("$.articles[0].status").value("accepted"));
        }

        ArgumentCaptor<List<Article>> published = ArgumentCaptor.captor();
        verify(publisher, times(2)).publish(published.capture());
        assertThat(published.getValue()).extracting(Article::title).containsExactly(
                "Faktencheck Derby-Elfmeter: Hat Schiedsrichter Zwayer recht?", "Google har kjøpt giganttomt i Skien");
        assertThat(published.getValue()).allSatisfy(article -> assertThat(article.source().kind())
                .isEqualTo(SourceKind.NINJS));
    }

    @Test
    void answers422NamingTheFieldOfABadNinjsDocument() throws Exception {
        mvc.perform(post("/api/articles").contentType("application/ninjs+json")
                        .content("{\"uri\": \"urn:x\", \"headline\": \"H\", \"pubStatus\": \"deleted\"}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.location").value("pubStatus"))
                .andExpect(jsonPath("$.detail", Matchers.containsString("usable, withheld, canceled")));
        verify(publisher, never()).publish(any());
    }

    @Test
    void namesNinjsAndFeedsAmongTheAcceptedTypesOf415() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.APPLICATION_PDF).content("%PDF-1.4"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail", Matchers.containsString("application/vnd.iptc.ninjs+json")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("application/rss+xml")));
    }

    @Test
    void decodesBodiesAsEveryReaderDoes() throws Exception {
        String text = "Café owners fear rent rise\n\nOwners of the café on Rue Sainte-Catherine said the rent would "
                + "double next year.";
        String json = "\uFEFF{\"title\": \"Café owners fear rent rise\", \"body\": \"The rent would double.\"}";
        Object[][] bodies = {
                {"undeclared windows-1252", MediaType.TEXT_PLAIN, text.getBytes(java.nio.charset.Charset.forName("windows-1252"))},
                {"UTF-16 with a byte order mark", MediaType.TEXT_PLAIN,
                        ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_16LE)},
                {"JSON with a UTF-8 byte order mark", MediaType.APPLICATION_JSON,
                        json.getBytes(java.nio.charset.StandardCharsets.UTF_8)}};
        for (Object[] body : bodies) {
            String events = mvc.perform(post("/api/articles?dryRun=true").contentType((MediaType) body[1])
                            .content((byte[]) body[2]))
                    .andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            assertThat(events).as((String) body[0]).contains("\"title\":\"Café owners fear rent rise\"");
        }
    }

    @Test
    void refusesBinaryDataPostedAsText() throws Exception {
        byte[] noise = new byte[2000];
        new java.util.Random(11).nextBytes(noise);
        for (MediaType type : List.of(MediaType.TEXT_PLAIN, MediaType.TEXT_HTML)) {
            mvc.perform(post("/api/articles").contentType(type).content(noise))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.detail", Matchers.startsWith("body: not text: ")));
        }
    }

    @Test
    void extractsTheArticleOfAnHtmlPage() throws Exception {
        given(publisher.publish(any())).willAnswer(call -> accepted(call.getArgument(0)));
        String page = Files.readString(Path.of("../formats/src/test/resources/pages/lyon-greve-transports-fr.html"));

        mvc.perform(post("/api/articles").param("url", "https://example.org/lyon/greve?utm_source=rss")
                        .param("source", "progres").contentType("text/html; charset=UTF-8").content(page))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.articles[0].status").value("accepted"));

        ArgumentCaptor<List<Article>> published = ArgumentCaptor.captor();
        verify(publisher).publish(published.capture());
        Article article = published.getValue().get(0);
        assertThat(article.title()).isEqualTo("Grève : trafic très perturbé dans les transports lyonnais");
        assertThat(article.canonicalUrl())
                .isEqualTo("https://www.leprogres-lyonnais.example/lyon/2025/12/02/greve-tcl-trafic-perturbe");
        assertThat(article.source().id()).isEqualTo("progres");
        assertThat(article.source().kind()).isEqualTo(SourceKind.HTTP);
        assertThat(article.language()).isEqualTo("fr");
        assertThat(article.body()).startsWith("La circulation du métro").doesNotContain("Publicité");
    }

    @Test
    void answers422ForAnHtmlPageWithoutTextOrWithABadUrl() throws Exception {
        mvc.perform(post("/api/articles").contentType(MediaType.TEXT_HTML)
                        .content("<html><body><nav><a href='/'>Home</a></nav></body></html>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", Matchers.containsString("non-blank title or body")));
        mvc.perform(post("/api/articles").param("url", "/relative").contentType(MediaType.TEXT_HTML)
                        .content("<html><body><p>Some words of a story that is long enough.</p></body></html>"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.location").value("url"));
        verify(publisher, never()).publish(any());
    }

    @Test
    void dryRunAnswersTheWouldBeEventsAsJsonLinesAndPublishesNothing() throws Exception {
        String json = "[{\"title\": \"One\", \"body\": \"First.\"}, {\"title\": \"Two\", \"url\": \"https://example.org/2\"}]";
        String ninjs = Files.readString(Path.of("../formats/src/test/resources/ninjs/1.5/withheld-embargoed.json"));
        String html = Files.readString(Path.of("../formats/src/test/resources/pages/northfield-derby-report.html"));
        List<String[]> requests = List.of(new String[] {MediaType.APPLICATION_JSON_VALUE, json, "2"},
                new String[] {"application/x-ndjson", "{\"title\": \"Line\"}\n", "1"},
                new String[] {MediaType.TEXT_PLAIN_VALUE, "A headline\n\nA body paragraph.", "1"},
                new String[] {"application/ninjs+json", ninjs, "1"},
                new String[] {MediaType.TEXT_HTML_VALUE, html, "1"});
        ObjectMapper jackson2 = new ObjectMapper();

        for (String[] request : requests) {
            String answer = mvc.perform(post("/api/articles").param("dryRun", "true").contentType(request[0])
                            .content(request[1]))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("application/x-ndjson"))
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

            List<String> lines = answer.lines().toList();
            assertThat(lines).as(request[0]).hasSize(Integer.parseInt(request[2]));
            for (String line : lines) {
                assertThat(ARTICLE_INGESTED.validate(jackson2.readTree(line))).as(line).isEmpty();
            }
        }
        verify(publisher, never()).publish(any());
    }

    @Test
    void dryRunShowsWireFieldsOfTheNormalisedArticle() throws Exception {
        String ninjs = Files.readString(Path.of("../formats/src/test/resources/ninjs/1.5/withheld-embargoed.json"));

        mvc.perform(post("/api/articles?dryRun=true").contentType("application/vnd.iptc.ninjs+json").content(ninjs))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.schemaVersion").value(1))
                .andExpect(jsonPath("$.article.source.kind").value("ninjs"))
                .andExpect(jsonPath("$.article.pubStatus").value("withheld"))
                .andExpect(jsonPath("$.article.embargoedUntil").value("2025-11-24T07:00:00Z"))
                .andExpect(jsonPath("$.article.contentHash", Matchers.startsWith("sha256:")));
        verify(publisher, never()).publish(any());
    }

    @Test
    void dryRunStillRejectsBadInput() throws Exception {
        mvc.perform(post("/api/articles").param("dryRun", "true").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"T\", \"urgency\": 12}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.location").value("urgency"));
        mvc.perform(post("/api/articles").param("dryRun", "maybe").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\": \"T\"}"))
                .andExpect(status().isBadRequest());
        verify(publisher, never()).publish(any());
    }

    static List<PublishedArticle> accepted(List<Article> articles) {
        return articles.stream()
                .map(a -> new PublishedArticle(a.id(), a.contentHash(), PublishedArticle.Status.ACCEPTED)).toList();
    }

    @TestConfiguration(proxyBeanMethods = false)
    @Import(IngestConfiguration.class)
    @EnableConfigurationProperties({IngestProperties.class, TopicProperties.class})
    static class Readers {

        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
