package io.newswire.formats.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Extraction quality as defined by the Scrapinghub/Zyte article-extraction-benchmark: true and false positives and
 * false negatives over word 4-shingles (tokens are runs of Unicode word characters, case kept, shingles counted
 * with multiplicity), normalised per document so that long articles weigh no more than short ones; the overall
 * figure sums the normalised counts of all documents.
 */
record ShingleScore(double tp, double fp, double fn) {

    private static final Pattern TOKEN = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final int N = 4;

    static ShingleScore of(String expected, String extracted) {
        Map<List<String>, Integer> truth = shingles(expected);
        Map<List<String>, Integer> predicted = shingles(extracted);
        Set<List<String>> keys = new HashSet<>(truth.keySet());
        keys.addAll(predicted.keySet());
        double tp = 0;
        double fp = 0;
        double fn = 0;
        for (List<String> key : keys) {
            int t = truth.getOrDefault(key, 0);
            int p = predicted.getOrDefault(key, 0);
            tp += Math.min(t, p);
            fp += Math.max(0, p - t);
            fn += Math.max(0, t - p);
        }
        double sum = tp + fp + fn;
        return sum == 0 ? new ShingleScore(0, 0, 0) : new ShingleScore(tp / sum, fp / sum, fn / sum);
    }

    static ShingleScore overall(List<ShingleScore> scores) {
        return new ShingleScore(scores.stream().mapToDouble(ShingleScore::tp).sum(),
                scores.stream().mapToDouble(ShingleScore::fp).sum(), scores.stream().mapToDouble(ShingleScore::fn).sum());
    }

    double precision() {
        return tp + fp == 0 ? 0 : tp / (tp + fp);
    }

    double recall() {
        return tp + fn == 0 ? 0 : tp / (tp + fn);
    }

    double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static Map<List<String>, Integer> shingles(String text) {
        List<String> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        Map<List<String>, Integer> shingles = new HashMap<>();
        for (int i = 0; i < Math.max(1, tokens.size() - N + 1); i++) {
            List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
            if (!shingle.isEmpty()) {
                shingles.merge(List.copyOf(shingle), 1, Integer::sum);
            }
        }
        return shingles;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "precision %.3f  recall %.3f  F1 %.3f", precision(), recall(), f1());
    }
}
