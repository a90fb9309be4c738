package io.newswire.formats;

import com.optimaize.langdetect.DetectedLanguage;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Tells the language of an article's text when its source names none, as a BCP 47 tag, and only when confident:
 * character n-gram profiles of the {@link #LANGUAGES 38 main news languages} (optimaize language-detector, a fork of Nakatani Shuyo's
 * language-detection).
 *
 * <p>Only the first {@value #MAX_CHARS} characters are looked at: more does not change the answer for news text but
 * costs time. The profiles take about a second to load, so publishers share {@link #shared() one instance}.
 * Thread-safe.
 */
public final class LanguageDetector {

    /** Least probability of the best language for an answer. */
    static final double MIN_PROBABILITY = 0.95;
    /** Fewer letters in words than this and the text is too short to tell. */
    static final int MIN_LETTERS = 40;
    static final int MAX_CHARS = 2000;
    /**
     * The languages told apart: those of most of the world's news output. Leaving out minor languages close to a
     * major one (Afrikaans, Maltese, Galician...) keeps their profiles from winning on Dutch, Italian or junk.
     */
    public static final List<String> LANGUAGES = List.of("ar", "bg", "cs", "da", "de", "el", "en", "es", "et", "fa", "fi",
            "fr", "he", "hi", "hr", "hu", "id", "it", "ja", "ko", "lt", "lv", "nl", "no", "pl", "pt", "ro", "ru", "sk",
            "sl", "sr", "sv", "th", "tr", "uk", "vi", "zh-CN", "zh-TW");

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^\\p{P}+|\\p{P}+$");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(['’-]\\p{L}+)*");

    private final com.optimaize.langdetect.LanguageDetector detector;
    private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

    private LanguageDetector() {
        try {
            this.detector = LanguageDetectorBuilder.create(NgramExtractors.standard())
                    .withProfiles(new LanguageProfileReader().read(LANGUAGES))
                    .seed(20_240_601L)
                    .build();
        } catch (IOException e) {
            throw new UncheckedIOException("the language profiles ship in the detector's jar", e);
        }
    }

    /** The instance publishers share, loaded on first use. */
    public static LanguageDetector shared() {
        return Shared.INSTANCE;
    }

    /** The BCP 47 tag of the text's language, or {@code null} when the text is too short or no language is likely. */
    public String detect(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        if (wordLetters(sample) < MIN_LETTERS) {
            return null;
        }
        List<DetectedLanguage> languages = detector.getProbabilities(texts.forText(sample));
        if (languages.isEmpty() || languages.get(0).getProbability() < MIN_PROBABILITY) {
            return null;
        }
        return Locale.forLanguageTag(languages.get(0).getLocale().toString()).toLanguageTag();
    }

    /** Letters in the words of the text, a word being letters only (web addresses, codes and numbers are not). */
    private static int wordLetters(String text) {
        int letters = 0;
        for (String token : WHITESPACE.split(text)) {
            String word = EDGE_PUNCTUATION.matcher(token).replaceAll("");
            if (WORD.matcher(word).matches()) {
                letters += word.length();
            }
        }
        return letters;
    }

    private static final class Shared {
        static final LanguageDetector INSTANCE = new LanguageDetector();
    }
}
