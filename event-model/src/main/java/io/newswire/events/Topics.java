package io.newswire.events;

/** The Kafka topic names of the contract; no other place spells them. */
public final class Topics {

    /** Raw articles from ingest, keyed by article id, value {@link ArticleIngested}. */
    public static final String ARTICLES_INGESTED = "articles-ingested";

    /** Enriched articles from enrich, keyed by article id, value {@link ArticleEnriched}. */
    public static final String ARTICLES_ENRICHED = "articles-enriched";

    /** Dead letters of {@link #ARTICLES_INGESTED}: original bytes plus exception headers. */
    public static final String ARTICLES_INGESTED_DLT = ARTICLES_INGESTED + "-dlt";

    /** Dead letters of {@link #ARTICLES_ENRICHED}: original bytes plus exception headers. */
    public static final String ARTICLES_ENRICHED_DLT = ARTICLES_ENRICHED + "-dlt";

    private Topics() {
    }
}
