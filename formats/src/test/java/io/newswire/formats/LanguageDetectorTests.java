package io.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LanguageDetectorTests {

    private final LanguageDetector detector = LanguageDetector.shared();

    static Stream<Arguments> paragraphs() throws IOException {
        try (InputStream in = LanguageDetectorTests.class.getResourceAsStream("/languages/paragraphs.tsv")) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank()).toList();
            return lines.stream().map(line -> line.split("\t", 2))
                    .map(cells -> Arguments.of("none".equals(cells[0]) ? null : cells[0], cells[1]));
        }
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("paragraphs")
    void tellsTheLanguageOfAShortNewsParagraphAndNoneOfJunk(String expected, String paragraph) {
        assertThat(detector.detect(paragraph)).isEqualTo(expected);
    }

    @Test
    void costsWellUnderAMillisecondPerArticle() throws IOException {
        List<String> texts = paragraphs().map(arguments -> (String) arguments.get()[1]).toList();
        for (int warmUp = 0; warmUp < 20; warmUp++) {
            texts.forEach(detector::detect);
        }
        int rounds = 50;
        long start = System.nanoTime();
        for (int round = 0; round < rounds; round++) {
            texts.forEach(detector::detect);
        }
        double millisPerText = (System.nanoTime() - start) / 1e6 / (rounds * texts.size());
        System.out.printf("language detection: %.3f ms per paragraph%n", millisPerText);
        assertThat(millisPerText).isLessThan(5);
    }
}
