package io.newswire.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The source of a statement.
 *
 * @param name the speaker's canonical name, or the description of an anonymous source
 * @param entityId the {@link Entity#id()} of the speaker, when it is an entity of the article
 * @param role the speaker's role or title, if given
 * @param kind what sort of speaker this is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Speaker(String name, String entityId, String role, SpeakerKind kind) {
}
