package com.jobmatch.ai.skills;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.jobmatch.ai.config.AiConfig;
import com.jobmatch.ai.embeddings.Embedder;
import com.jobmatch.ai.skills.SkillDictionary.Hit;
import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.SkillLink;
import com.jobmatch.contract.model.TaxonomySkill;
import com.jobmatch.contract.model.Vectors;
import jakarta.enterprise.context.ApplicationScoped;
import opennlp.tools.stemmer.PorterStemmer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds taxonomy skills in a text in two passes. The dictionary pass matches names and synonyms exactly (after
 * normalisation) and is precise and explainable. The embedding pass only looks at phrases the dictionary left
 * untouched and maps a phrase to the nearest taxonomy label when the cosine similarity clears a threshold: it
 * catches competences and paraphrases no synonym list has ("provide patient care", "managing projects") without
 * overriding a dictionary hit. Its phrases are the spans of a tagger trained on SkillSpan (SkillSpanTagger), then
 * list items and clause fragments in what is still untouched; a phrase no label comes near is dropped, so every
 * skill found carries a taxonomy id. A phrase that names only the thing an action skill acts on ("GUI" near "design
 * user interface") is not linked to it ({@link ActionSkills}), and a phrase that names people or a unit ("internal
 * auditors", "ETL developers") is not the writer's skill ({@link PeopleNouns}). One word links only to a name that
 * writes it ({@link #sharesItsWord}: "Energetic" is no evidence of energy), and a maker's product whose own words are
 * generic only when its maker is named ({@link SkillDictionary#leavesItsMakerUnnamed}: "Business Analytics" is no
 * evidence of Google Analytics), as the dictionary reads them.
 */
@ApplicationScoped
public class SkillExtractor {

    public static final String DICTIONARY = "DICTIONARY";
    public static final String EMBEDDING = "EMBEDDING";
    public static final String TAGGER = "TAGGER";

    /** Where the embedding pass takes its phrases from (see AiConfig.Extraction#phrases). */
    public enum Phrases { TAGGER, FRAGMENTS }

    /** List items and clause fragments: text between punctuation and the words that join list items. */
    private static final Pattern FRAGMENT = Pattern.compile(
            "[^,;:.!?()\\[\\]\\n\\r•|&/]+?(?=\\s+(?:and|or|with|using|including|such as|like)\\s|[,;:.!?()\\[\\]\\n\\r•|&/]|$)",
            Pattern.CASE_INSENSITIVE);

    /** Words that frame a skill without being part of it ("strong knowledge of ..."). */
    private static final Set<String> FRAMING = Set.of(
            "a", "an", "the", "of", "in", "on", "for", "to", "with", "and", "or", "at", "as", "by", "is", "are", "be",
            "experience", "experienced", "knowledge", "strong", "solid", "good", "excellent", "proven", "ability",
            "able", "skills", "skill", "proficient", "proficiency", "familiarity", "familiar", "understanding",
            "working", "hands", "years", "year", "plus", "including", "etc", "we", "you", "our", "your", "must",
            "should", "have", "has", "will", "required", "preferred", "nice", "least", "deep", "advanced", "basic",
            "expert", "expertise", "background", "i", "my", "me", "very", "highly", "using", "use", "such", "like",
            "other", "related", "relevant", "professional", "previous", "demonstrated");

    private final Embedder embedder;
    private final SkillSpanTagger tagger;
    private final AiConfig.Extraction config;

    /**
     * Vectors of phrases already read (short phrases: a tagged span, a list item). Resumes and postings repeat the same
     * phrases ("customer service", "Microsoft Office"), and the model call is most of an extraction's time.
     */
    private final Cache<String, float[]> phraseVectors;

    public SkillExtractor(Embedder embedder, SkillSpanTagger tagger, AiConfig config) {
        this.embedder = embedder;
        this.tagger = tagger;
        this.config = config.extraction();
        this.phraseVectors = Caffeine.newBuilder().maximumSize(this.config.phraseCacheSize()).build();
    }

    /** Drops the phrase vectors kept so far, so a benchmark can time a text read for the first time. */
    public void forgetPhraseVectors() {
        phraseVectors.invalidateAll();
    }

    public List<ExtractedSkill> extract(String text, TaxonomyIndex taxonomy) {
        return extract(text, taxonomy, config.phrases());
    }

    /** As {@link #extract(String, TaxonomyIndex)} with the phrases taken from the given source (evaluations compare them). */
    public List<ExtractedSkill> extract(String text, TaxonomyIndex taxonomy, Phrases phrases) {
        return extractAll(List.of(text), taxonomy, phrases).getFirst();
    }

    /**
     * The skills of each text, in order, as {@link #extract(String, TaxonomyIndex)} finds them one by one. The
     * phrases the embedding pass links are embedded for all texts at once (one model call for the tagger's spans, one
     * for the fragments), which is where a batch of postings saves time over extracting them one request at a time.
     */
    public List<List<ExtractedSkill>> extractAll(List<String> texts, TaxonomyIndex taxonomy) {
        return extractAll(texts, taxonomy, config.phrases());
    }

    private List<List<ExtractedSkill>> extractAll(List<String> texts, TaxonomyIndex taxonomy, Phrases phrases) {
        List<Reading> readings = texts.stream().map(text -> new Reading(text, taxonomy, phrases)).toList();
        if (config.semanticEnabled()) {
            dropFarRelatedLabels(readings);
        }
        if (config.semanticEnabled() && taxonomy.hasVectors()) {
            if (phrases == Phrases.TAGGER) {
                List<List<SkillSpanTagger.TaggedSpan>> spans = readings.stream().map(Reading::untouchedTagged).toList();
                embedPhrases(readings, spans.stream().map(list -> list.stream().map(s -> new int[] {s.start(), s.end()}).toList()).toList());
                for (int i = 0; i < readings.size(); i++) {
                    readings.get(i).found.addAll(byTagger(readings.get(i), spans.get(i), taxonomy));
                }
            }
            // Fragments are what the dictionary and the tagger left untouched, so they are read after both.
            List<List<int[]>> fragments = readings.stream().map(r -> candidatePhrases(r.text, r.covered)).toList();
            embedPhrases(readings, fragments);
            for (int i = 0; i < readings.size(); i++) {
                readings.get(i).found.addAll(bySimilarity(readings.get(i), fragments.get(i), taxonomy));
            }
        }
        readings.forEach(r -> r.found.sort(Comparator.comparingInt(ExtractedSkill::start)));
        return readings.stream().map(r -> r.found).toList();
    }

    /** The separator of the items of a skills list ({@link #readLists}). */
    public static final String LIST_ITEM_SEPARATOR = "\n";

    /**
     * The skills of each list, in order: a list's items (one per line) are the skills a posting lists itself, in a
     * field of their own. Each was put there as a skill, so, as a tagged span, it only has to be named, not shown to
     * be a skill: by a dictionary label of the whole item (a product's name without its maker, "Excel", included),
     * else by its nearest label at the threshold a phrase of a resume needs ({@link AiConfig.Extraction#semanticThreshold}),
     * so that a skill a posting lists is read as the same words are in a resume and the two meet (a lower bar for lists
     * alone would make requirements the resume that writes the same words misses; both read a phrase made only of the
     * name's words at the tagger's bar, {@link #nearEnough}), with the rules every similarity link follows (an acronym or a maker's
     * name alone, people, or the thing an act of making or judging acts on name no skill; one word needs a word of the
     * name, {@link #sharesItsWord}; a product's generic words need its maker, {@link SkillDictionary#leavesItsMakerUnnamed}).
     * An item nothing names is left out: the caller counts it as a listed skill no taxonomy skill reads. Each skill's
     * span is its item's place in the list.
     */
    public List<List<ExtractedSkill>> readLists(List<String> lists, TaxonomyIndex taxonomy) {
        List<List<int[]>> items = lists.stream().map(SkillExtractor::itemsOf).toList();
        Map<String, Optional<Hit>> labelled = new HashMap<>();
        for (int i = 0; i < lists.size(); i++) {
            for (int[] item : items.get(i)) {
                labelled.computeIfAbsent(lists.get(i).substring(item[0], item[1]), taxonomy.dictionary()::listed);
            }
        }
        List<String> distinct = labelled.entrySet().stream().filter(entry -> entry.getValue().isEmpty())
                .map(Map.Entry::getKey).toList();
        Map<String, TaxonomyIndex.Scored> nearest = new HashMap<>();
        if (config.semanticEnabled() && taxonomy.hasVectors() && !distinct.isEmpty()) {
            List<TaxonomyIndex.Scored> best = nearestOf(distinct, taxonomy);
            for (int i = 0; i < distinct.size(); i++) {
                if (best.get(i) != null) {
                    nearest.put(distinct.get(i), best.get(i));
                }
            }
        }
        List<List<ExtractedSkill>> read = new ArrayList<>();
        for (int i = 0; i < lists.size(); i++) {
            String list = lists.get(i);
            List<Token> tokens = SkillText.tokens(list);
            List<ExtractedSkill> found = new ArrayList<>();
            for (int[] item : items.get(i)) {
                String words = list.substring(item[0], item[1]);
                Optional<Hit> named = labelled.get(words);
                if (named.isPresent()) {
                    found.add(toExtracted(named.get().skill(), list, item[0], item[1], named.get().confidence(), DICTIONARY,
                            SkillLink.NAMED));
                    continue;
                }
                Optional.ofNullable(nearest.get(words)).filter(link -> nearEnough(words, link, config.semanticThreshold()))
                        .filter(link -> mayLink(list, tokens, item[0], item[1], link, taxonomy))
                        .ifPresent(link -> found.add(toExtracted(link.skill(), list, item[0], item[1],
                                round(link.similarity()), EMBEDDING, similarityLink(words, link, taxonomy))));
            }
            read.add(found);
        }
        return read;
    }

    /**
     * Whether a one-word phrase is a word of the skill's name, give or take its ending (the same Porter stem, OpenNLP's:
     * "Soldering", soldering techniques; "Packing", pack goods), run into the next word as pasted text runs words
     * together ("AngularJS", "Excell", "teambuilding"), or the opening of a name written short ("Korn" for KornShell);
     * {@value #RUN_TOGETHER} letters at least. One word gives the model too little to read: a word it does not know is
     * read by its letters ("Quarkus" comes near QuarkXPress at 0.75, "Lenovo" near Grovo) and a word of another form
     * by its sound ("Energetic" near energy, "immunization" near immunology, "conveyer" near conveyancing), so one word
     * alone links only to a name that writes it. Phrases of several words need not.
     */
    static boolean sharesItsWord(String phrase, TaxonomySkill skill) {
        List<Token> words = SkillText.tokens(phrase);
        if (words.size() != 1) {
            return true;
        }
        PorterStemmer stemmer = new PorterStemmer();
        String word = words.getFirst().surface().toLowerCase(Locale.ROOT);
        String stem = stemmer.stem(word);
        return SkillText.tokens(skill.name()).stream().map(named -> named.surface().toLowerCase(Locale.ROOT))
                .anyMatch(named -> stemmer.stem(named).equals(stem)
                        || (named.length() >= RUN_TOGETHER && word.startsWith(named))
                        || (word.length() >= RUN_TOGETHER && named.startsWith(word)));
    }

    /**
     * Whether a phrase comes near enough to its nearest skill: at the path's bar, or at the tagger's lower one
     * ({@link AiConfig.Extraction#taggerThreshold}) when the phrase says only words of the skill's name
     * ({@link #wordsOfTheName}). Such a name says what the phrase says and adds only the act or what it applies to,
     * which the model weighs as a difference: "Customer Service" comes 0.77 near maintain customer service, "Medication
     * Administration" 0.79 near administer prescribed medication, "Tax Preparation" 0.74 near prepare tax returns
     * forms. A posting's list and running text are read alike, so that the same words meet.
     */
    private boolean nearEnough(String phrase, TaxonomyIndex.Scored link, double bar) {
        return link.similarity() >= bar
                || (link.similarity() >= config.taggerThreshold() && wordsOfTheName(phrase, link.skill()));
    }

    /** Words after which a name says what its head noun applies to: "maintain relationship with customers". */
    private static final Set<String> PREPOSITIONS = Set.of("of", "in", "for", "to", "on", "at", "with");

    /**
     * Whether a phrase of two or more words (framing words aside) says only words of the skill's name, its head noun
     * among them, give or take their endings: the same Porter stem, or one stem the start of the other ("Leadership",
     * lead a team; "Administration", administer). The head noun (the name's last word, or its last before a
     * preposition) says what kind of thing the skill is: "accounts payable" is work, Accounts payable software a
     * product; "Web services" are not Web service definition language WSDL. One word gives the model too little to
     * read ({@link #sharesItsWord}).
     */
    static boolean wordsOfTheName(String phrase, TaxonomySkill skill) {
        PorterStemmer stemmer = new PorterStemmer();
        List<String> said = SkillText.tokens(phrase).stream().map(word -> word.surface().toLowerCase(Locale.ROOT))
                .filter(word -> !FRAMING.contains(word) && word.chars().anyMatch(Character::isLetter))
                .map(stemmer::stem).toList();
        if (said.size() < 2) {
            return false;
        }
        List<String> words = SkillText.tokens(skill.name()).stream().map(word -> word.surface().toLowerCase(Locale.ROOT)).toList();
        int head = words.size() - 1;
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                head = i - 1;
                break;
            }
        }
        List<String> named = words.stream().map(stemmer::stem).toList();
        String headStem = named.get(head);
        return said.stream().allMatch(stem -> named.stream().anyMatch(name -> sameWord(name, stem)))
                && said.stream().anyMatch(stem -> sameWord(headStem, stem));
    }

    private static boolean sameWord(String stem, String other) {
        return stem.equals(other) || (Math.min(stem.length(), other.length()) >= RUN_TOGETHER
                && (stem.startsWith(other) || other.startsWith(stem)));
    }

    /** Letters a word of a name, or a phrase's one word, needs before a word run into it or cut short counts. */
    static final int RUN_TOGETHER = 4;

    /** The items of a skills list: its lines, trimmed, the blank ones left out. */
    private static List<int[]> itemsOf(String list) {
        List<int[]> items = new ArrayList<>();
        int start = 0;
        while (start <= list.length()) {
            int end = list.indexOf(LIST_ITEM_SEPARATOR, start);
            end = end < 0 ? list.length() : end;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(list.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(list.charAt(to - 1))) {
                to--;
            }
            if (to > from) {
                items.add(new int[] {from, to});
            }
            start = end + 1;
        }
        return items;
    }

    /**
     * A label the taxonomy lends a skill from a broader or neighbouring concept ({@link RelatedLabels}) is related
     * evidence only when it means nearly what the skill's name means: its embedding at least as close to the name's
     * as three in four of ESCO's own alternative labels are to their skill's name (the lower quartile,
     * {@value #RELATED_LABEL_MIN_SIMILARITY}; bench/related-label-similarity.py). ESCO lists "work environment" under
     * monitor work site and "revenue recognition" under perform asset recognition (0.44 each): such a label says the
     * text is about something else. A label dropped here leaves its words to the embedding pass.
     */
    static final double RELATED_LABEL_MIN_SIMILARITY = 0.74;

    private void dropFarRelatedLabels(List<Reading> readings) {
        // The skills' names are embedded here too, not read from the index: its label vectors are built in the
        // background after a start, and the rule must hold from the first text on.
        List<String> phrases = new ArrayList<>();
        for (Reading reading : readings) {
            reading.found.stream().filter(skill -> SkillLink.RELATED.equals(skill.link())).forEach(skill -> {
                phrases.add(skill.matchedText());
                phrases.add(skill.name());
            });
        }
        if (phrases.isEmpty()) {
            return;
        }
        Map<String, float[]> vectors = vectorsOf(phrases.stream().distinct().toList());
        for (Reading reading : readings) {
            reading.found.removeIf(skill -> {
                if (!SkillLink.RELATED.equals(skill.link())) {
                    return false;
                }
                float[] name = vectors.get(skill.name());
                float[] phrase = vectors.get(skill.matchedText());
                boolean far = Vectors.cosine(name, phrase) < RELATED_LABEL_MIN_SIMILARITY;
                if (far) {
                    Arrays.fill(reading.covered, skill.start(), skill.end(), false);
                }
                return far;
            });
        }
    }

    /** One text being read: its dictionary hits (found, and covering their range) and the tagger's spans. */
    private final class Reading {
        final String text;
        final List<SkillSpanTagger.TaggedSpan> tagged;
        final List<Token> tokens;
        final boolean[] covered;
        final List<ExtractedSkill> found = new ArrayList<>();

        Reading(String text, TaxonomyIndex taxonomy, Phrases phrases) {
            this.text = text;
            this.tokens = taxonomy.dictionary().tokens(text);
            List<Hit> hits = taxonomy.dictionary().find(tokens);
            this.tagged = phrases == Phrases.TAGGER ? tagger.tag(text) : List.of();
            List<int[]> hitRanges = hits.stream()
                    .map(hit -> new int[] {tokens.get(hit.firstToken()).start(), tokens.get(hit.lastToken()).end()}).toList();
            this.covered = new boolean[text.length() + 1];
            for (int h = 0; h < hits.size(); h++) {
                int[] range = widened(hitRanges.get(h), hitRanges, tagged);
                found.add(toExtracted(hits.get(h).skill(), text, range[0], range[1], hits.get(h).confidence(), DICTIONARY,
                        hits.get(h).named() ? SkillLink.NAMED : SkillLink.RELATED));
                Arrays.fill(covered, range[0], range[1], true);
            }
        }

        /** The tagger's spans the dictionary left untouched. */
        List<SkillSpanTagger.TaggedSpan> untouchedTagged() {
            return tagged.stream().filter(span -> !touches(covered, span.start(), span.end())).toList();
        }
    }

    /** Embeds the phrases of all readings not embedded before, in one model call (they are then read from the cache). */
    private void embedPhrases(List<Reading> readings, List<List<int[]>> spans) {
        List<String> phrases = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            String text = readings.get(i).text;
            spans.get(i).forEach(span -> phrases.add(text.substring(span[0], span[1])));
        }
        if (!phrases.isEmpty()) {
            vectorsOf(phrases.stream().distinct().toList());
        }
    }

    /**
     * A dictionary hit's range, or the tagged phrase around it when that phrase holds no other hit: the dictionary
     * names the skill, the tagger says where its phrase starts and ends ("Java development", "experience in SQL
     * Server databases" tagged as "SQL Server databases"), so the evidence quoted is the phrase the text wrote.
     */
    private static int[] widened(int[] hit, List<int[]> hits, List<SkillSpanTagger.TaggedSpan> tagged) {
        for (SkillSpanTagger.TaggedSpan span : tagged) {
            if (span.start() <= hit[0] && hit[1] <= span.end()
                    && hits.stream().filter(other -> other[0] < span.end() && span.start() < other[1]).count() == 1) {
                return new int[] {span.start(), span.end()};
            }
        }
        return hit;
    }

    /**
     * The {@code k} taxonomy skills a phrase most likely means: an exact dictionary entry first, then the nearest
     * labels by embedding similarity.
     */
    public List<TaxonomySkill> link(String phrase, TaxonomyIndex taxonomy, int k) {
        List<TaxonomySkill> linked = new ArrayList<>();
        taxonomy.dictionary().lookup(phrase).ifPresent(linked::add);
        if (taxonomy.hasVectors()) {
            for (TaxonomyIndex.Scored scored : taxonomy.nearest(embedder.embed(phrase), k)) {
                if (linked.size() < k && !linked.contains(scored.skill())) {
                    linked.add(scored.skill());
                }
            }
        }
        return linked;
    }

    /** The tagger's spans the dictionary left untouched, each linked to its nearest label; marks what it kept as covered. */
    private List<ExtractedSkill> byTagger(Reading reading, List<SkillSpanTagger.TaggedSpan> spans, TaxonomyIndex taxonomy) {
        String text = reading.text;
        List<Token> tokens = reading.tokens;
        boolean[] covered = reading.covered;
        if (spans.isEmpty()) {
            return List.of();
        }
        List<TaxonomyIndex.Scored> best = nearestOf(spans.stream().map(span -> text.substring(span.start(), span.end())).toList(), taxonomy);
        List<ExtractedSkill> found = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            SkillSpanTagger.TaggedSpan span = spans.get(i);
            Optional.ofNullable(best.get(i)).filter(link -> link.similarity() >= config.taggerThreshold())
                    .filter(link -> mayLinkInText(text, tokens, span.start(), span.end(), link, taxonomy)).ifPresent(link -> {
                found.add(toExtracted(link.skill(), text, span.start(), span.end(), round(link.similarity()), TAGGER,
                        similarityLink(text.substring(span.start(), span.end()), link, taxonomy)));
                Arrays.fill(covered, span.start(), span.end(), true);
            });
        }
        return found;
    }

    private List<ExtractedSkill> bySimilarity(Reading reading, List<int[]> spans, TaxonomyIndex taxonomy) {
        String text = reading.text;
        List<Token> tokens = reading.tokens;
        if (spans.isEmpty()) {
            return List.of();
        }
        List<TaxonomyIndex.Scored> best = nearestOf(spans.stream().map(span -> text.substring(span[0], span[1])).toList(), taxonomy);
        List<ExtractedSkill> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < spans.size(); i++) {
            int[] span = spans.get(i);
            Optional.ofNullable(best.get(i))
                    .filter(link -> nearEnough(text.substring(span[0], span[1]), link, config.semanticThreshold()))
                    .filter(link -> mayLinkInText(text, tokens, span[0], span[1], link, taxonomy))
                    .filter(link -> seen.add(link.skill().skillId() + "@" + span[0]))
                    .ifPresent(link -> found.add(toExtracted(link.skill(), text, span[0], span[1], round(link.similarity()),
                            EMBEDDING, similarityLink(text.substring(span[0], span[1]), link, taxonomy))));
        }
        return found;
    }

    /**
     * The rules every similarity link follows, whatever path its phrase came by (a list item, a tagged span, a
     * fragment): an acronym or makers' names alone, people or a unit (or a role the writer worked with), a channel
     * ("follow us on LinkedIn"), or the thing an act of making or judging acts on name no skill; one word needs a word
     * of the name ({@link #sharesItsWord}); a product's generic words need its maker
     * ({@link SkillDictionary#leavesItsMakerUnnamed}).
     */
    private static boolean mayLink(String text, List<Token> tokens, int start, int end, TaxonomyIndex.Scored link,
                                   TaxonomyIndex taxonomy) {
        String phrase = text.substring(start, end);
        TaxonomySkill skill = link.skill();
        return !isOneAcronym(tokens, start, end) && !taxonomy.dictionary().namesOnlyMakers(phrase)
                && !PeopleNouns.name(tokens, start, end, skill.name()) && !WorkedWith.namedAt(tokens, start, end)
                && !Channels.namedAt(tokens, start, end, skill)
                && ActionSkills.mayName(phrase, skill)
                && sharesItsWord(phrase, skill) && !taxonomy.dictionary().leavesItsMakerUnnamed(tokens, start, end, skill);
    }

    /**
     * {@link #mayLink} for a phrase of running text, which may also name a job wanted, a skill negated, or one
     * ordinary word; a list item says it is a skill.
     */
    private static boolean mayLinkInText(String text, List<Token> tokens, int start, int end, TaxonomyIndex.Scored link,
                                         TaxonomyIndex taxonomy) {
        return mayLink(text, tokens, start, end, link, taxonomy) && !WantedJob.namedAt(tokens, start, end)
                && !Negations.negatedAt(tokens, start, end) && !isOneOrdinaryWord(text, start, end, link, taxonomy);
    }

    /**
     * The nearest skill of each phrase (null where none), with each distinct phrase embedded once and all of them in
     * one model call and one pass over the labels: a resume repeats its phrases, and a model call or a label scan per
     * phrase is what made a long resume take many seconds.
     */
    private List<TaxonomyIndex.Scored> nearestOf(List<String> phrases, TaxonomyIndex taxonomy) {
        List<String> distinct = phrases.stream().distinct().toList();
        Map<String, float[]> vectors = vectorsOf(distinct);
        List<List<TaxonomyIndex.Scored>> nearest = taxonomy.nearestAll(distinct.stream().map(vectors::get).toList(), 1);
        Map<String, TaxonomyIndex.Scored> byPhrase = new HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            if (!nearest.get(i).isEmpty()) {
                byPhrase.put(distinct.get(i), nearest.get(i).getFirst());
            }
        }
        return phrases.stream().map(byPhrase::get).toList();
    }

    /** The vectors of distinct phrases: from the cache, the missing ones embedded in one model call. */
    private Map<String, float[]> vectorsOf(List<String> distinct) {
        return phraseVectors.getAll(distinct, missing -> {
            List<String> texts = List.copyOf(missing);
            List<float[]> embedded = embedder.embedAll(texts);
            Map<String, float[]> byText = new HashMap<>();
            for (int i = 0; i < texts.size(); i++) {
                byText.put(texts.get(i), embedded.get(i));
            }
            return byText;
        });
    }

    /**
     * Whether the phrase is one ordinary word ("religion", "logs", "sound"): the dictionary needs more than the word
     * itself to read it as a skill, so a similarity to a skill's name is not enough either.
     */
    private static boolean isOneOrdinaryWord(String text, int start, int end, TaxonomyIndex.Scored best,
                                             TaxonomyIndex taxonomy) {
        List<Token> words = SkillText.tokens(text.substring(start, end));
        return words.size() == 1 && taxonomy.dictionary().isOrdinary(words.getFirst(), best.skill());
    }

    /** Spans of short fragments with their framing words trimmed, skipping anything already read (dictionary, tagger). */
    List<int[]> candidatePhrases(String text, boolean[] covered) {
        List<int[]> spans = new ArrayList<>();
        Matcher matcher = FRAGMENT.matcher(text);
        while (matcher.find()) {
            List<Token> words = new ArrayList<>(SkillText.tokens(matcher.group()));
            while (!words.isEmpty() && isFraming(words.getFirst())) {
                words.removeFirst();
            }
            while (!words.isEmpty() && isFraming(words.getLast())) {
                words.removeLast();
            }
            if (words.isEmpty() || words.size() > config.semanticMaxWords()) {
                continue;
            }
            int start = matcher.start() + words.getFirst().start();
            int end = matcher.start() + words.getLast().end();
            if (!touches(covered, start, end) && words.stream().anyMatch(word -> word.surface().chars().anyMatch(Character::isLetter))) {
                spans.add(new int[] {start, end});
            }
        }
        return spans;
    }

    private static boolean touches(boolean[] covered, int start, int end) {
        for (int i = start; i < end; i++) {
            if (covered[i]) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFraming(Token token) {
        return FRAMING.contains(token.surface().toLowerCase()) || token.surface().chars().allMatch(Character::isDigit);
    }

    /**
     * Whether the phrase at {@code start}-{@code end} is one acronym ("SME", "POS"): its embedding reads its letters, not its sense, so it lies near
     * acronyms spelt alike ("SME", subject matter expert, near SMED, quick changeover; bench/evidence-audit-session16m.jsonl)
     * and is linked only by the dictionary's exact labels.
     */
    static boolean isOneAcronym(List<Token> tokens, int start, int end) {
        int[] words = SkillText.within(tokens, start, end);
        return words != null && words[0] == words[1] && FalseFriends.isAllCapitals(tokens.get(words[0]).surface());
    }

    /**
     * A phrase linked by embedding similarity (tagger, fragments) names the skill only when it holds the words of the
     * skill's name that say which ("Performed data analysis", "managing projects"); else it comes near the skill
     * without being it ("bank statements" near financial statements, "project plans" near evaluate project plans),
     * and matching credits it as a related skill, never as the skill itself.
     */
    private static String similarityLink(String phrase, TaxonomyIndex.Scored link, TaxonomyIndex taxonomy) {
        return taxonomy.dictionary().holdsName(phrase, link.skill()) ? SkillLink.NAMED : SkillLink.RELATED;
    }

    private static ExtractedSkill toExtracted(TaxonomySkill skill, String text, int start, int end, double confidence,
                                              String method, String link) {
        return new ExtractedSkill(skill.skillId(), skill.name(), skill.category(), skill.escoUri(),
                text.substring(start, end), start, end, confidence, method, link, skill.onetCode());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
