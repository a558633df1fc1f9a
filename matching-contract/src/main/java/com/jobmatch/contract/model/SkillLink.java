package com.jobmatch.contract.model;

/**
 * How a text's words were linked to a taxonomy skill. NAMED: the words are the skill's name, one of its own
 * synonyms or a product's name, so the text states the skill itself. RELATED: the words only come near it, by
 * embedding similarity or through a label the taxonomy lends from a broader or neighbouring concept ("system
 * integration" for ICT system integration, "relational databases" for Oracle Relational Database), so the text
 * states something related, and matching credits it as related (SIMILAR), never as the skill itself.
 */
public final class SkillLink {

    public static final String NAMED = "NAMED";
    public static final String RELATED = "RELATED";

    private SkillLink() {
    }

    /** Whether a link states the skill itself; a link not given (data extracted before links were kept) does. */
    public static boolean named(String link) {
        return !RELATED.equals(link);
    }
}
