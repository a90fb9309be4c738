package io.newswire.formats.feeds;

import io.newswire.events.SourceKind;

/** The syndication format a feed was written in, mapped onto the article source kind. */
public enum FeedFormat {
    RSS(SourceKind.RSS), ATOM(SourceKind.ATOM), JSON_FEED(SourceKind.JSONFEED);

    private final SourceKind sourceKind;

    FeedFormat(SourceKind sourceKind) {
        this.sourceKind = sourceKind;
    }

    /** The source kind articles from a feed in this format carry. */
    public SourceKind sourceKind() {
        return sourceKind;
    }
}
