package com.jobmatch.matching.sources;

/**
 * One kind of job source (a provider's API, a page format): reads one page and maps its postings onto the job schema
 * with the source, an external id unique to the provider and the posting's URL. Adapters are stateless beans; what a
 * run needs to remember between pages lives in the {@link SourceContext}.
 */
public interface SourceAdapter {

    /** The {@code kind} sources name in their configuration. */
    String kind();

    /**
     * True when reading every page lists every open posting of the source (a company's board), so a posting a complete
     * run did not see is gone and is closed. False for incremental feeds ("the last hour").
     */
    boolean listsWholeSource();

    /** The page after {@code cursor} (null: the first page). Throws {@link SourceProblem} when the source gives none. */
    SourcePage fetch(SourceContext source, String cursor);
}
