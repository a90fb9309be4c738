package io.newswire.ingest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The HTTP answers that need a failing publisher, which a real broker cannot be made to be on demand. */
@WebMvcTest(ArticlesController.class)
@Import(ArticlesControllerTests.Readers.class)
class ArticlesControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ArticlePublisher publisher;

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
