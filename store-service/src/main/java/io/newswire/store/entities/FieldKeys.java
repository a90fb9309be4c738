package io.newswire.store.entities;

/**
 * Makes any string usable as a field name inside a document, where {@code .} separates path segments and a
 * leading {@code $} names an operator: {@code %}, {@code .} and {@code $} are written as {@code %25}, {@code %2E}
 * and {@code %24}.
 */
final class FieldKeys {

    private FieldKeys() {
    }

    static String encode(String value) {
        return value.replace("%", "%25").replace(".", "%2E").replace("$", "%24");
    }

    static String decode(String field) {
        return field.replace("%2E", ".").replace("%24", "$").replace("%25", "%");
    }
}
