package io.newswire.enrich;

import java.io.PrintStream;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The enrich service: consumes ingested articles, finds their entities and statements, publishes them enriched;
 * {@code analyze FILE...} runs the same enrichment on files and prints JSON Lines, without Spring or Kafka.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class EnrichApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("analyze")) {
            // stdout carries the JSON Lines only: logging and anything a library prints go to stderr
            System.setProperty("logback.configurationFile", "io/newswire/enrich/analyze-logback.xml");
            PrintStream stdout = System.out;
            System.setOut(System.err);
            System.exit(AnalyzeCommand.standard(stdout, System.err).run(Arrays.copyOfRange(args, 1, args.length)));
        }
        SpringApplication.run(EnrichApplication.class, args);
    }
}
