package io.newswire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class ApiKeyPropertiesTests {

    @Test
    void aShortKeyIsRefusedWithHowToMakeAGoodOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeyProperties(List.of("secret"), false))
                .withMessage("newswire.security.api-keys: every key needs at least 16 characters and no spaces (one has 6);"
                        + " make one with: openssl rand -hex 24");
    }

    @Test
    void protectingQueriesWithoutAKeyIsRefused() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ApiKeyProperties(List.of(), true))
                .withMessageContaining("protect-queries is true but newswire.security.api-keys is empty");
    }

    @Test
    void blankEntriesOfAListAreNoKeys() {
        var properties = new ApiKeyProperties(List.of(" ", " 0123456789abcdef0123 "), false);

        assertThat(properties.apiKeys()).containsExactly("0123456789abcdef0123");
        assertThat(properties.enabled()).isTrue();
        assertThat(new ApiKeyProperties(List.of(""), false).enabled()).isFalse();
    }

    @Test
    void onlyAConfiguredKeyIsAccepted() {
        var keys = new ApiKeys(List.of("0123456789abcdef0123", "fedcba98765432100000"));

        assertThat(keys.accepts("fedcba98765432100000")).isTrue();
        assertThat(keys.accepts("0123456789abcdef012")).isFalse();
        assertThat(keys.accepts("")).isFalse();
    }

    @Test
    void theKeyComesFromItsHeaderOrABearerToken() {
        var header = new MockHttpServletRequest();
        header.addHeader("X-API-Key", " 0123456789abcdef0123 ");
        var bearer = new MockHttpServletRequest();
        bearer.addHeader("Authorization", "bearer 0123456789abcdef0123");
        var basic = new MockHttpServletRequest();
        basic.addHeader("Authorization", "Basic dXNlcjpwYXNz");

        assertThat(ApiKeys.of(header)).isEqualTo("0123456789abcdef0123");
        assertThat(ApiKeys.of(bearer)).isEqualTo("0123456789abcdef0123");
        assertThat(ApiKeys.of(basic)).isNull();
        assertThat(ApiKeys.of(new MockHttpServletRequest())).isNull();
    }
}
