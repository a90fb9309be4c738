package io.newswire.enrich.nlp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Cross-article entity keys: type prefix and an ASCII slug of the canonical name ({@code person:justin-trudeau}).
 * The prefix is the broad type (person, organization, location): a place keeps one key, {@code location:canada},
 * whether or not the gazetteer gives it a finer type such as COUNTRY or CITY.
 */
final class EntityKeys {

    private EntityKeys() {
    }

    static String key(String type, String name) {
        String prefix = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return (prefix.isEmpty() ? "entity" : prefix) + ":" + slug(name);
    }

    static String slug(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .replace("ß", "ss").replace("æ", "ae").replace("Æ", "ae").replace("ø", "o").replace("Ø", "o")
                .replace("đ", "d").replace("Đ", "d").replace("ł", "l").replace("Ł", "l").replace("ı", "i")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['’.]", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() * 2 >= letters(name)) {
            return slug;
        }
        // names in other scripts get a stable digest instead of a lossy transliteration
        return (slug.isEmpty() ? "" : slug + "-") + "x" + digest(name);
    }

    private static int letters(String name) {
        return (int) name.codePoints().filter(Character::isLetterOrDigit).count();
    }

    private static String digest(String name) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
