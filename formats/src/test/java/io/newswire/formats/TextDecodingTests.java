package io.newswire.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecodingTests {

    private static final String TEXT = "Café crème in Zürich — “so good”, she said.";

    @Test
    void aByteOrderMarkDecidesAndIsDropped() {
        assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8), null))
                .isEqualTo(TEXT);
        assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xFE, (byte) 0xFF}, StandardCharsets.UTF_16BE), null))
                .isEqualTo(TEXT);
        assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, StandardCharsets.UTF_16LE), null))
                .isEqualTo(TEXT);
        assertThat(TextDecoding.decode(withBom(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, Charset.forName("UTF-32BE")),
                null)).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, Charset.forName("UTF-32LE")),
                null)).isEqualTo(TEXT);
        assertThat(TextDecoding.decode(withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1)).as("the mark wins over a wrong declaration").isEqualTo(TEXT);
    }

    @Test
    void undeclaredTextIsUtf8WhenItIsValidElseWindows1252() {
        assertThat(TextDecoding.decode(TEXT.getBytes(StandardCharsets.UTF_8), null)).isEqualTo(TEXT);
        assertThat(TextDecoding.decode("Café crème, 5 €".getBytes(TextDecoding.WINDOWS_1252), null))
                .isEqualTo("Café crème, 5 €");
        assertThat(TextDecoding.decode("Café crème, 5 €".getBytes(TextDecoding.WINDOWS_1252), StandardCharsets.UTF_8))
                .as("declared UTF-8 that is not: mislabelled windows-1252").isEqualTo("Café crème, 5 €");
    }

    @Test
    void aDeclaredCharsetIsFollowed() {
        assertThat(TextDecoding.decode("Zürich".getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.ISO_8859_1))
                .isEqualTo("Zürich");
        assertThat(TextDecoding.decode("Zürich".getBytes(StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE))
                .isEqualTo("Zürich");
    }

    @Test
    void binaryDataIsRefusedWithTheReason() {
        byte[] noise = new byte[4000];
        new Random(7).nextBytes(noise);
        String decoded = TextDecoding.decode(noise, null);
        assertThatThrownBy(() -> TextDecoding.requireText(decoded, "body"))
                .isInstanceOf(InvalidArticleException.class)
                .hasMessageStartingWith("body: not text: ")
                .hasMessageContaining("characters are control characters or undecodable bytes");
        assertThatThrownBy(() -> TextDecoding.requireText("ab\u0000\u0001\u0002", "body"))
                .hasMessage("body: not text: 3 of 5 characters are control characters or undecodable bytes (binary "
                        + "data, or text in an encoding that was not declared?)");
    }

    @Test
    void textWithAStrayControlCharacterIsText() {
        String text = "Council approves budget\n\nThe council voted 7-2\u0007 on Tuesday\tto approve the budget.\r\n";
        assertThat(TextDecoding.requireText(text, "body")).isSameAs(text);
    }

    private static byte[] withBom(byte[] bom, Charset charset) {
        ByteBuffer text = charset.encode(TEXT);
        byte[] bytes = new byte[bom.length + text.remaining()];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        text.get(bytes, bom.length, text.remaining());
        return bytes;
    }
}
