package io.newswire.store;

import io.newswire.events.Article;
import io.newswire.events.ArticleEnriched;
import io.newswire.events.ArticleIngested;
import io.newswire.events.Enrichment;
import io.newswire.events.Entity;
import io.newswire.events.Media;
import io.newswire.events.Mention;
import io.newswire.events.PubStatus;
import io.newswire.events.Source;
import io.newswire.events.SourceKind;
import io.newswire.events.Span;
import io.newswire.events.Speaker;
import io.newswire.events.SpeakerKind;
import io.newswire.events.Statement;
import io.newswire.events.StatementType;
import io.newswire.events.TextField;
import io.newswire.store.entities.EntityLookup;
import io.newswire.store.entities.EntityStatistics;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Maps events to the store's documents and documents back to the wire records the query API returns.
 * Enums are stored in their wire spelling: lower case for source kind, pub status and text field, upper case for
 * speaker kind and statement type.
 */
final class DocumentMapper {

    private static final DateTimeFormatter SORTABLE_INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    private static final int HASH_PREFIX_LENGTH = 12;

    private DocumentMapper() {
    }

    /** The document of an ingested article: the article without enrichment. */
    static ArticleDocument articleOf(ArticleIngested event) {
        Article article = requireUsable(event).article();
        return new ArticleDocument(article.id(), versionOf(article), article.contentHash(), sortAtOf(article),
                contentOf(article), null, null, List.of(), isHidden(article));
    }

    /** The document of an enriched article: the article with its enrichment. */
    static ArticleDocument articleOf(ArticleEnriched event) {
        Article article = requireUsable(event).article();
        Enrichment enrichment = event.enrichment();
        return new ArticleDocument(article.id(), versionOf(article), article.contentHash(), sortAtOf(article),
                contentOf(article), enrichmentOf(enrichment), enrichmentVersionOf(enrichment),
                entityNamesOf(enrichment.entities()), isHidden(article));
    }

    /** A withheld or canceled article is taken off the wire: it must disappear from every result. */
    static boolean isHidden(Article article) {
        return article.pubStatus() == PubStatus.WITHHELD || article.pubStatus() == PubStatus.CANCELED;
    }

    /** The statement documents of an article document's enrichment; none when it is not enriched or hidden. */
    static List<StatementDocument> statementsOf(ArticleDocument document) {
        if (document.enrichment() == null || document.hidden()) {
            return List.of();
        }
        Map<String, ArticleDocument.Entity> entitiesById = document.enrichment().entities().stream()
                .filter(entity -> entity.id() != null)
                .collect(Collectors.toMap(ArticleDocument.Entity::id, Function.identity(), (first, other) -> first));
        String hashPrefix = document.contentHash().substring(0,
                Math.min(HASH_PREFIX_LENGTH, document.contentHash().length()));
        List<ArticleDocument.Statement> statements = document.enrichment().statements();
        List<StatementDocument> result = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            ArticleDocument.Statement statement = statements.get(i);
            String statementId = statement.id() != null ? statement.id() : "s" + (i + 1);
            ArticleDocument.Speaker speaker = statement.speaker();
            String speakerName = speaker == null || speaker.name() == null ? null : EntityLookup.of(speaker.name());
            ArticleDocument.Entity speakerEntity = speaker == null || speaker.entityId() == null
                    ? null : entitiesById.get(speaker.entityId());
            Set<String> speakerNames = new LinkedHashSet<>();
            if (speakerName != null && !speakerName.isEmpty()) {
                speakerNames.add(speakerName);
            }
            if (speakerEntity != null) {
                speakerNames.addAll(namesOf(speakerEntity.name(), speakerEntity.aliases(), speakerEntity.key()));
            }
            ArticleDocument.Content article = document.article();
            result.add(new StatementDocument(document.id() + ":" + hashPrefix + ":" + statementId, document.id(),
                    document.contentHash(), statementId, speaker, speakerName, List.copyOf(speakerNames),
                    statement.quote(), statement.type(), statement.cue(), statement.span(), statement.confidence(),
                    article.title(), article.source(), article.publishedAt(), document.sortAt()));
        }
        return result;
    }

    /** The {@code entityContributions} buckets a stored version contributes to; none when hidden or not enriched. */
    static Set<String> contributionBucketsOf(ArticleDocument document) {
        if (document.enrichment() == null || document.hidden()) {
            return Set.of();
        }
        return EntityStatistics.bucketsOf(document.id(), ArticleWriter.versionOf(document),
                articleOf(document.article()), enrichmentOf(document.enrichment()));
    }

    /** The article as the wire has it. */
    static Article articleOf(ArticleDocument.Content content) {
        return new Article(content.id(), content.url(), content.canonicalUrl(), sourceOf(content.source()),
                content.title(), content.standfirst(), content.byline(), content.section(), content.language(),
                content.publishedAt(), content.updatedAt(), content.ingestedAt(), content.body(),
                content.contentHash(), mapList(content.media(), m -> new Media(m.id(), m.caption(), m.credit(), m.url())),
                content.tags(), content.urgency(), fromWire(PubStatus.class, content.pubStatus()),
                content.embargoedUntil(), content.duplicateOf());
    }

    /** The enrichment as the wire has it, or {@code null}. */
    static Enrichment enrichmentOf(ArticleDocument.Enrichment enrichment) {
        if (enrichment == null) {
            return null;
        }
        return new Enrichment(enrichment.engine(), enrichment.engineVersion(), enrichment.enrichedAt(),
                mapList(enrichment.entities(), e -> new Entity(e.id(), e.name(), e.type(), e.aliases(), e.roles(),
                        mapList(e.mentions(), m -> new Mention(fromWire(TextField.class, m.field()), m.start(),
                                m.end(), m.text())),
                        e.salience(), e.key())),
                mapList(enrichment.statements(), s -> new Statement(s.id(), speakerOf(s.speaker()), s.quote(),
                        fromWire(StatementType.class, s.type()), s.cue(), spanOf(s.span()), s.confidence())));
    }

    static Source sourceOf(ArticleDocument.Source source) {
        return source == null ? null
                : new Source(source.id(), source.name(), fromWire(SourceKind.class, source.kind()), source.feedUrl());
    }

    static Speaker speakerOf(ArticleDocument.Speaker speaker) {
        return speaker == null ? null : new Speaker(speaker.name(), speaker.entityId(), speaker.role(),
                fromWire(SpeakerKind.class, speaker.kind()));
    }

    static Span spanOf(ArticleDocument.Span span) {
        return span == null ? null : new Span(fromWire(TextField.class, span.field()), span.start(), span.end());
    }

    /** {@code ingestedAt} with nine fraction digits, a bar, the content hash: string order is version order. */
    static String versionOf(Article article) {
        return SORTABLE_INSTANT.format(article.ingestedAt()) + "|" + article.contentHash();
    }

    private static String enrichmentVersionOf(Enrichment enrichment) {
        return enrichment.enrichedAt() == null ? "" : SORTABLE_INSTANT.format(enrichment.enrichedAt());
    }

    /** The event when the store can use it: with an article that has what identifies and orders its versions. */
    static ArticleIngested requireUsable(ArticleIngested event) {
        if (event.article() == null) {
            throw new UnusableEventException("ArticleIngested " + event.id() + " has no article");
        }
        requireIdentified(event.article());
        return event;
    }

    /** The event when the store can use it: with its enrichment and an identified article. */
    static ArticleEnriched requireUsable(ArticleEnriched event) {
        if (event.article() == null || event.enrichment() == null) {
            throw new UnusableEventException("ArticleEnriched " + event.id() + " lacks its article or enrichment");
        }
        requireIdentified(event.article());
        return event;
    }

    private static Article requireIdentified(Article article) {
        if (isBlank(article.id()) || isBlank(article.contentHash()) || article.ingestedAt() == null) {
            throw new UnusableEventException("Article " + article.id()
                    + " lacks its id, contentHash or ingestedAt, which identify and order its versions");
        }
        return article;
    }

    private static Instant sortAtOf(Article article) {
        return article.publishedAt() != null ? article.publishedAt() : article.ingestedAt();
    }

    private static ArticleDocument.Content contentOf(Article a) {
        Source source = a.source();
        return new ArticleDocument.Content(a.id(), a.url(), a.canonicalUrl(),
                source == null ? null : new ArticleDocument.Source(source.id(), source.name(),
                        toWire(source.kind()), source.feedUrl()),
                a.title(), a.standfirst(), a.byline(), a.section(), a.language(), a.publishedAt(), a.updatedAt(),
                a.ingestedAt(), a.body(), a.contentHash(),
                mapList(a.media(), m -> new ArticleDocument.Media(m.id(), m.caption(), m.credit(), m.url())),
                a.tags(), a.urgency(), toWire(a.pubStatus()), a.embargoedUntil(), a.duplicateOf());
    }

    private static ArticleDocument.Enrichment enrichmentOf(Enrichment enrichment) {
        return new ArticleDocument.Enrichment(enrichment.engine(), enrichment.engineVersion(),
                enrichment.enrichedAt(),
                mapList(enrichment.entities(), e -> new ArticleDocument.Entity(e.id(), e.name(), e.type(),
                        e.aliases(), e.roles(),
                        mapList(e.mentions(), m -> new ArticleDocument.Mention(toWire(m.field()), m.start(), m.end(),
                                m.text())),
                        e.salience(), e.key())),
                mapList(enrichment.statements(), s -> new ArticleDocument.Statement(s.id(),
                        s.speaker() == null ? null : new ArticleDocument.Speaker(s.speaker().name(),
                                s.speaker().entityId(), s.speaker().role(), toWire(s.speaker().kind())),
                        s.quote(), toWire(s.type()), s.cue(),
                        s.span() == null ? null : new ArticleDocument.Span(toWire(s.span().field()),
                                s.span().start(), s.span().end()),
                        s.confidence())));
    }

    private static List<String> entityNamesOf(List<Entity> entities) {
        Set<String> names = new LinkedHashSet<>();
        for (Entity entity : entities) {
            names.addAll(namesOf(entity.name(), entity.aliases(), entity.key()));
        }
        return List.copyOf(names);
    }

    private static Set<String> namesOf(String name, List<String> aliases, String key) {
        Set<String> names = new LinkedHashSet<>();
        List<String> all = new ArrayList<>();
        all.add(name);
        if (aliases != null) {
            all.addAll(aliases);
        }
        all.add(key);
        for (String each : all) {
            if (each != null && !each.isBlank()) {
                names.add(EntityLookup.of(each));
            }
        }
        return names;
    }

    /** Wire spelling: the lower-case enums of the contract are lower case, the others keep their names. */
    private static String toWire(Enum<?> value) {
        if (value == null) {
            return null;
        }
        boolean lowerCaseOnWire = value instanceof SourceKind || value instanceof PubStatus
                || value instanceof TextField;
        return lowerCaseOnWire ? value.name().toLowerCase(Locale.ROOT) : value.name();
    }

    private static <E extends Enum<E>> E fromWire(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }

    private static <T, R> List<R> mapList(List<T> list, Function<T, R> mapping) {
        return list == null ? List.of() : list.stream().map(mapping).toList();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
