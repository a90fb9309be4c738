package io.newswire.formats;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text the same way in every reader, in ingest and in {@code analyze}: a byte order mark (UTF-8, UTF-16,
 * UTF-32) decides, else the charset the sender declared, else UTF-8 when the bytes are valid UTF-8, else
 * windows-1252 (what undeclared single-byte news text is written in; a superset of Latin-1). A declared UTF-8 that
 * the bytes are not is taken for the same mislabelled windows-1252. And text that is not text (binary data, text
 * in an encoding nothing declared) is refused with the reason.
 */
public final class TextDecoding {

    /** windows-1252, present in every JDK. */
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** More than this share of control or undecodable characters and the input is not text. */
    private static final double MAX_NOT_TEXT_SHARE = 0.05;

    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoding() {
    }

    /**
     * The text of the bytes.
     *
     * @param declared the charset the sender declared (HTTP Content-Type, HTML meta), or {@code null}
     */
    public static String decode(byte[] bytes, Charset declared) {
        String marked = decodeMarked(bytes);
        if (marked != null) {
            return marked;
        }
        if (declared != null && !declared.equals(StandardCharsets.UTF_8) && !declared.equals(StandardCharsets.US_ASCII)) {
            return new String(bytes, declared);
        }
        return isUtf8(bytes) ? new String(bytes, StandardCharsets.UTF_8) : new String(bytes, WINDOWS_1252);
    }

    /** Whether the bytes are valid UTF-8. */
    public static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    /** The text after a byte order mark (UTF-8, UTF-16, UTF-32), decoded by it; {@code null} without one. */
    public static String decodeMarked(byte[] bytes) {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new String(bytes, 4, bytes.length - 4, UTF_32BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new String(bytes, 4, bytes.length - 4, UTF_32LE);
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        return null;
    }

    /**
     * The text, unless it is not text: more than 5 % control or undecodable characters (tabs and line breaks are
     * text). A few stray control characters in real text pass; the readers drop them.
     *
     * @throws InvalidArticleException 422 naming how much of it is not text
     */
    public static String requireText(String text, String location) {
        long notText = text.chars().filter(c -> isNotText((char) c)).count();
        if (notText > MAX_NOT_TEXT_SHARE * text.length()) {
            throw InvalidArticleException.invalid(location, "not text: " + notText + " of " + text.length()
                    + " characters are control characters or undecodable bytes (binary data, or text in an "
                    + "encoding that was not declared?)");
        }
        return text;
    }

    private static boolean isNotText(char c) {
        return c == '\uFFFD' || Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
