package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.FalseFriends.Reading;
import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Exact matching of taxonomy names and synonyms over normalised tokens, longest phrase first, so "Microsoft
 * Excel" wins over "Excel" and "machine learning engineering" over "machine learning".
 * <p>
 * A one-word hit on an ordinary word ({@link OrdinaryWords}: "projects", "reports", "team", "sounds") is a skill
 * only when the text says so beyond the word itself:
 * <ul>
 *   <li>an ordinary word that is only an alternative label of a common-noun skill ("sounds" for acoustics,
 *   "transport" for logistics) never counts alone: the skill's own longer labels are the evidence;</li>
 *   <li>a name ("Go", "Excel" for Microsoft Excel, "Teams" for Microsoft Teams) counts when it is written as one
 *   ({@link FalseFriends}); when it is capitalised but grammar or a Title Case phrase may be why ("Key
 *   Projects"), only beside another tool's name within {@value #NEIGHBOURHOOD} words ("Word, Excel and
 *   PowerPoint") or when the full name appears elsewhere in the text;</li>
 *   <li>an acronym that is also a word ("LED", "ACT") counts only written in capitals ("Led a team" is not LED).</li>
 *   <li>a two-letter synonym ("AR" for augmented reality) counts only beside another tool's name or where the text
 *   names the skill in full; a letter written against another ("A/R", "R&D") or tied to a word by an ampersand
 *   ("VMLY&R") is never the R or C language.</li>
 *   <li>an acronym the taxonomy spells out as something else elsewhere ({@link AcronymSenses}: "POS" is proof of stake
 *   and point of sale) counts only where the text names the skill in full.</li>
 *   <li>an acronym the text itself spells out as something else ({@link DefinedAcronyms}: "Government Purchase Card
 *   (GPC)") is that thing wherever the text uses it, never the skill.</li>
 * </ul>
 * Synonyms of a skill named by a verb of making or judging must name the act ({@link ActionSkills}): "GUI" is no
 * evidence of "design user interface". A capitalised word that is no tool right before an unconfirmed name makes it
 * a word of another name ("Crystal Reports"); a field's one-word name after an article is a thing ("the database");
 * a skill followed by people or a unit is theirs, not the writer's ({@link PeopleNouns}: "ETL developers").
 */
public final class SkillDictionary {

    static final double NAME_CONFIDENCE = 0.95;
    static final double SYNONYM_CONFIDENCE = 0.9;
    static final double VENDORLESS_CONFIDENCE = 0.85;
    static final double AMBIGUOUS_CONFIDENCE = 0.75;
    static final int NEIGHBOURHOOD = 6;
    static final int MAX_SHORT_SYNONYM = 2;

    /** Words that say how well, not which product: "Advanced Excel" is Excel. */
    private static final Set<String> LEVELS = Set.of("advanced", "basic", "intermediate", "expert", "proficient",
            "beginner", "strong", "excellent", "good", "solid", "working");

    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "our", "their", "its",
            "his", "her", "my", "your");

    /**
     * Vendors people leave out: "Excel" for "Microsoft Excel", "Kafka" for "Apache Kafka". These seven are written in
     * lower case inside ESCO's own labels ("use microsoft office"), which hides them from {@link Vendors}' reading of
     * the taxonomy; the rest ("Atlassian" of Atlassian JIRA, "ESRI", "Autodesk") are found there.
     */
    private static final Set<String> KNOWN_VENDORS = Set.of("microsoft", "apache", "google", "amazon", "adobe", "oracle", "ibm");

    /**
     * {@code named}: the words name the skill (its name, one of its own synonyms, a product's name as written); else
     * they only come near it ({@link RelatedLabels}, a product's generic words in lower case).
     */
    public record Hit(TaxonomySkill skill, int firstToken, int lastToken, double confidence, boolean named) {
    }

    /**
     * How an entry names its skill: the skill's name, one of its synonyms, a product's name without vendor, or a
     * product's name without the kind word O*NET adds ("Salesforce" for "Salesforce software"), or, {@code ACTED_ON}, a
     * synonym of a skill named by its act that names only the thing acted on ("engineering team" of coordinate
     * engineering teams), read only right after the act ({@link #actedOn}).
     */
    private enum Kind { NAME, SYNONYM, VENDORLESS, WITHOUT_KIND, INITIALISM, ACTED_ON }

    /** The kind word O*NET ends product entries with when the product's name alone says no kind ("Shopify software"). */
    private static final String KIND_WORD = " software";

    /**
     * {@code properName}: the label is written with a capital ("Excel", "Teams"), so it names a product or tool;
     * {@code acronym}: it is one word in capitals ("LED", "ACT"), so only capitals in the text name it;
     * {@code related}: the label only comes near the skill ({@link RelatedLabels}).
     */
    private record Entry(TaxonomySkill skill, double confidence, Kind kind, boolean properName, boolean acronym,
                         String written, boolean related, String vendor) {
    }

    /**
     * A hit on its way out: kept, or waiting for a neighbouring tool's name to confirm it. {@code vendorless}: one
     * word of a product's name with its vendor left out ("Reports" for Oracle Reports). {@code maker}: the vendor
     * the words leave out, when the text has to name it elsewhere ({@link #vendorToBeNamed}: "Project", "Analytics",
     * "Relational Database", "ERP").
     */
    private record Candidate(Hit hit, boolean confirmed, boolean confirms, boolean vendorless, MakerToName maker,
                             boolean senseInDoubt) {

        Candidate(Hit hit, boolean confirmed, boolean confirms) {
            this(hit, confirmed, confirms, false, null, false);
        }

        Candidate(Hit hit, boolean confirmed, boolean confirms, boolean vendorless, MakerToName maker) {
            this(hit, confirmed, confirms, vendorless, maker, false);
        }
    }

    private final Map<String, Entry> entries = new HashMap<>();
    /**
     * Labels whose key a name written in capitals holds ("spark", ESCO's language SPARK), for the word written as a word:
     * an ordinary word is read as such a name only in capitals, so "Spark" is Apache Spark's. A name that is no ordinary
     * word keeps its reading in any case ("ASP.Net" is ESCO's ASP.NET, not O*NET's Microsoft ASP.NET).
     */
    private final Map<String, Entry> asWords = new HashMap<>();
    private final Set<String> vendors;
    /**
     * Products' names of several words, their vendor left out, that are also words of a generic label (one written in
     * lower case): "relational database" is in "relational database management system", a kind of thing, while
     * "visual studio" and "crystal reports" are in no such label and name their product alone.
     */
    private final Set<String> genericPhrases = new HashSet<>();
    /** Products by the last word of their names: "erp" ends NetSuite ERP, Sage 100 ERP, Epicor Vantage ERP, SAP ERP. */
    private final Map<String, Set<String>> productsEndingWith = new HashMap<>();
    /** Keys of acronym labels the taxonomy spells out as something else elsewhere ({@link AcronymSenses}: "POS"). */
    private final Set<String> acronymsInDoubt = new HashSet<>();
    private final OrdinaryWords ordinary;
    /** One-word product names (their maker left out) that other skills' labels use as nouns ({@link LabelNouns}). */
    private final Set<String> productWordsUsedAsNouns;
    private final RelatedLabels labels;
    /** Every word (key) of the labels: where a glued word may be parted ({@link #tokens}). */
    private final Set<String> labelWords = new HashSet<>();
    private int longestPhrase = 1;

    public SkillDictionary(List<TaxonomySkill> skills) {
        ordinary = new OrdinaryWords(skills);
        labels = new RelatedLabels(skills);
        vendors = Vendors.of(skills, KNOWN_VENDORS);
        // Names first: a label that is one skill's name never stands for another skill, whichever comes first in
        // the taxonomy (ESCO lists "project management" among the labels of "project commissioning").
        skills.forEach(skill -> add(skill.name(), skill, NAME_CONFIDENCE, Kind.NAME, false));
        // A label several skills claim goes to the one whose name holds it, whichever the taxonomy lists first.
        List<ThingActedOn> thingsActedOn = new ArrayList<>();
        for (TaxonomySkill skill : skills) {
            Set<String> clipped = ClippedLabels.of(skill);
            for (String synonym : skill.synonyms()) {
                if (ClippedLabels.isOneOf(clipped, synonym)) {
                    continue; // "retrieval" of "retrieval of goods" is a wider act than repossession
                }
                TaxonomySkill owner = labels.owner(synonym, skill);
                if (ActionSkills.mayName(synonym, owner)) {
                    add(synonym, owner, SYNONYM_CONFIDENCE, Kind.SYNONYM, labels.isRelated(synonym, owner));
                } else {
                    thingsActedOn.add(new ThingActedOn(synonym, owner));
                }
            }
        }
        for (TaxonomySkill skill : skills) {
            addWithoutVendor(skill.name(), skill);
            skill.synonyms().forEach(synonym -> addWithoutVendor(synonym, skill));
        }
        skills.forEach(this::addWithoutKindWord);
        // Last: a word a name, a synonym or a product's name without its maker already is ("ERP" of SAP ERP) keeps that.
        addInitialisms(skills);
        addThingsActedOn(thingsActedOn);
        readGenericPhrases(skills);
        productWordsUsedAsNouns = LabelNouns.of(oneWordProductNames(skills), skills, OrdinaryWords.MIN_OTHER_LABELS);
        entries.keySet().forEach(key -> labelWords.addAll(Arrays.asList(key.split(" "))));
        AcronymSenses senses = new AcronymSenses(skills);
        entries.forEach((key, entry) -> {
            if ((entry.kind() == Kind.SYNONYM || entry.kind() == Kind.INITIALISM) && entry.acronym()
                    && senses.inDoubt(key.toUpperCase(Locale.ROOT), entry.skill())) {
                acronymsInDoubt.add(key);
            }
        });
    }

    /**
     * Each product's name of one word without its maker, with the product: the dictionary's own ("excel" for Microsoft
     * Excel) and the word after the maker in a name of two ("analytics" of Google Analytics, read by similarity).
     */
    private Map<String, String> oneWordProductNames(List<TaxonomySkill> skills) {
        Map<String, String> words = new HashMap<>();
        entries.forEach((key, entry) -> {
            if (entry.kind() == Kind.VENDORLESS && key.indexOf(' ') < 0) {
                words.put(key, entry.skill().skillId());
            }
        });
        for (TaxonomySkill skill : skills) {
            List<Token> name = SkillText.tokens(skill.name());
            if (name.size() == 2 && Vendors.of(skill, vendors).isPresent()) {
                words.putIfAbsent(name.get(1).key(), skill.skillId());
            }
        }
        return words;
    }

    /** Finds which vendorless names of several words occur inside a generic label ({@link #genericPhrases}). */
    private void readGenericPhrases(List<TaxonomySkill> skills) {
        Map<String, List<String[]>> byFirstWord = new HashMap<>();
        entries.forEach((key, entry) -> {
            if (entry.kind() == Kind.VENDORLESS && key.indexOf(' ') > 0) {
                String[] words = key.split(" ");
                byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
            }
        });
        for (TaxonomySkill skill : skills) {
            List<String> labels = new ArrayList<>(skill.synonyms());
            labels.add(skill.name());
            for (String label : labels) {
                if (isProperName(label)) {
                    continue;
                }
                String[] words = SkillText.key(label).split(" ");
                for (int i = 0; i < words.length; i++) {
                    for (String[] phrase : byFirstWord.getOrDefault(words[i], List.of())) {
                        if (i + phrase.length <= words.length
                                && Arrays.equals(phrase, 0, phrase.length, words, i, i + phrase.length)) {
                            genericPhrases.add(String.join(" ", phrase));
                        }
                    }
                }
            }
        }
    }

    public int size() {
        return entries.size();
    }

    /** The skill whose name or synonym is exactly this phrase, after normalisation. */
    public Optional<TaxonomySkill> lookup(String phrase) {
        return Optional.ofNullable(entries.get(SkillText.key(phrase))).map(Entry::skill);
    }

    /**
     * The skill an item of a skills list names with a label of its own: the item's words exactly (a product without its
     * vendor, "Excel", included: the list says the word is a skill), or a maker's name alone with O*NET's kind word
     * ("SAP" for SAP software; "Budgeting" is no budgeting software); none when the item is no label.
     */
    public Optional<Hit> listed(String item) {
        Entry entry = entries.get(SkillText.key(item));
        if (entry == null && namesOnlyMakers(item)) {
            entry = entries.get(SkillText.key(item.strip() + KIND_WORD));
        }
        // A label lent from a neighbouring concept ("estimating" under industrial software) names no skill here either.
        return Optional.ofNullable(entry).filter(found -> !found.related())
                .map(found -> new Hit(found.skill(), 0, 0, found.confidence(), true));
    }

    /**
     * Whether a phrase is only makers' names ("SAP", "Microsoft"): it says whose tools the writer used, not which, so
     * no product of the maker is linked to it by similarity either (SAP is no evidence of SAP Concur,
     * bench/evidence-audit-session15h.jsonl).
     */
    public boolean namesOnlyMakers(String phrase) {
        List<Token> words = SkillText.tokens(phrase);
        return !words.isEmpty() && words.stream().allMatch(word -> vendors.contains(word.key()));
    }

    /**
     * Whether a phrase of the text (its characters {@code start} to {@code end}) linked to a maker's product by
     * similarity names another thing with the product's words: the words without the maker are generic (a common noun
     * of the taxonomy's labels, "Analytics" of Google Analytics, "Sites" of Google Sites, or a generic phrase), the
     * maker's name is not within {@value #NEIGHBOURHOOD} words, and the phrase writes them as the dictionary reads a
     * generic word: in lower case ("internet sites"), or right after a word capitalised mid-clause, which opens another
     * name ("a degree in Business Analytics", as "Crystal Reports" is not Oracle Reports). A capital that opens a
     * clause says nothing, so "Used Excel" and "into Outlook" still name their products.
     */
    public boolean leavesItsMakerUnnamed(List<Token> tokens, int start, int end, TaxonomySkill skill) {
        Optional<String> vendor = Vendors.of(skill, vendors);
        List<Token> name = SkillText.tokens(skill.name());
        if (vendor.isEmpty() || name.size() < 2) {
            return false;
        }
        List<Token> own = name.subList(1, name.size());
        String ownKey = SkillText.key(skill.name().substring(own.getFirst().start()));
        Entry label = entries.get(ownKey);
        if (label != null && label.skill().equals(skill) && label.kind() != Kind.VENDORLESS) {
            return false; // the taxonomy names the product by these words alone
        }
        if (!isGeneric(own, skill)) {
            return false;
        }
        int first = -1;
        int last = -1;
        int at = -1;
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            if (token.start() >= start && token.end() <= end) {
                first = first < 0 ? i : first;
                last = i;
                at = at < 0 && token.key().equals(own.getFirst().key()) ? i : at;
            }
        }
        if (at < 0) {
            return false;
        }
        for (int i = Math.max(0, first - NEIGHBOURHOOD); i <= Math.min(tokens.size() - 1, last + NEIGHBOURHOOD); i++) {
            if (tokens.get(i).key().equals(vendor.get())) {
                return false;
            }
        }
        String written = tokens.get(at).surface();
        boolean lowerCase = written.equals(written.toLowerCase(Locale.ROOT));
        boolean afterAnotherName = at > first && !tokens.get(at - 1).opensClause()
                && Character.isUpperCase(tokens.get(at - 1).surface().charAt(0));
        return lowerCase || afterAnotherName;
    }

    /** Whether a phrase linked to the skill by similarity holds the words of its name ({@link RelatedLabels#holdsName}). */
    public boolean holdsName(String phrase, TaxonomySkill skill) {
        return labels.holdsName(phrase, skill);
    }

    /** Whether a one-word mention of the skill is also an ordinary word ({@link OrdinaryWords}). */
    public boolean isOrdinary(Token word, TaxonomySkill skill) {
        return ordinary.isOrdinary(word, skill);
    }

    /**
     * A text's words as the dictionary reads them ({@link #find}): its tokens, with flattened list items parted again
     * by the words the labels use ({@link SkillText#unglued}).
     */
    public List<Token> tokens(String text) {
        return SkillText.unglued(SkillText.tokens(text), labelWords::contains);
    }

    public List<Hit> find(List<Token> tokens) {
        List<Candidate> candidates = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Candidate candidate = longestAt(tokens, i);
            if (candidate == null) {
                i++;
            } else {
                candidates.add(candidate);
                i = candidate.hit().lastToken() + 1;
            }
        }
        Set<String> namedInFull = new HashSet<>();
        for (Candidate candidate : candidates) {
            if (candidate.hit().lastToken() > candidate.hit().firstToken()) {
                namedInFull.add(candidate.hit().skill().skillId());
            }
        }
        DefinedAcronyms defined = DefinedAcronyms.in(tokens);
        List<Hit> hits = new ArrayList<>();
        for (Candidate candidate : candidates) {
            Hit hit = candidate.hit();
            if (hit.firstToken() == hit.lastToken() && defined.spelledOtherwise(tokens.get(hit.firstToken()), hit.skill())) {
                continue; // "Government Purchase Card (GPC)": every GPC of this text is that card
            }
            MakerToName maker = candidate.maker();
            if (maker != null && hit.named() && !makerNamedNear(tokens, candidates, hit, maker)) {
                // Ordinary words stand for a product only where the text names its maker beside them: "Business
                // Analytics" is a degree, not Google Analytics; "Project lead" a role, not Microsoft Project; "the
                // schedule in Project" is not Microsoft's because the resume lists Microsoft Excel elsewhere. (In lower
                // case they only come near it, "relational databases", and stay related evidence.) The name of a kind
                // of product needs the maker's own name: "Crystal Reports, ERP" does not say whose ERP.
                continue;
            }
            // An acronym the taxonomy spells out as something else counts only where the text names the skill in
            // full: a neighbouring tool does not say which sense "POS" has.
            boolean kept = candidate.confirmed() || namedInFull.contains(hit.skill().skillId())
                    || (!candidate.senseInDoubt() && hasConfirmingNeighbour(candidates, hit)
                        && !isPartOfAnotherName(tokens, candidates, hit));
            // One word of a product's name, its vendor left out, after a capitalised word mid-clause is a word of
            // another name, confirmed or not: "Web Analytics" is not Adobe Analytics, "Crystal Reports" not Oracle's.
            // A capital that opens the clause says nothing ("Using Excel").
            kept = kept && !(candidate.vendorless() && !namedInFull.contains(hit.skill().skillId())
                    && hit.firstToken() > 0 && !tokens.get(hit.firstToken() - 1).opensClause()
                    && isPartOfAnotherName(tokens, candidates, hit));
            kept = kept && !continuesAName(tokens, candidates, hit);
            if (kept && !PeopleNouns.follow(tokens, hit.lastToken())
                    && !PeopleNouns.nameAnOrganisation(tokens, hit.firstToken())
                    && !PeopleNouns.openAnOrganisationsName(tokens, hit.firstToken(), hit.lastToken())
                    && !Negations.negated(tokens, hit.firstToken())
                    && !WantedJob.named(tokens, hit.firstToken(), hit.lastToken())
                    && !WorkedWith.named(tokens, hit.firstToken(), hit.lastToken())
                    && !Channels.named(tokens, hit.firstToken(), hit.lastToken(), hit.skill())
                    && !isAThingNotTheField(tokens, hit) && !framesADuty(tokens, hit)
                    && !opensADatabasesName(tokens, hit)) {
                hits.add(hit);
            }
        }
        return hits;
    }

    /**
     * Whether the text names the maker an ordinary word leaves to it within {@value #NEIGHBOURHOOD} words of the word:
     * by the maker's own name ("Microsoft"), or, unless only that will do, by one of its products whose name is no
     * ordinary word ("Excel" names Microsoft, so "Word" beside it is Microsoft Word), or by another product of the
     * same O*NET kind ("Windows, Linux, Solaris" lists operating systems, so Windows is Microsoft's: 44 of the 138
     * fit-pairs resumes that write "Windows" had no Windows). The neighbourhood, not the whole text: a resume that
     * lists Microsoft Excel among its tools has not made every "Project" in it Microsoft's.
     */
    private boolean makerNamedNear(List<Token> tokens, List<Candidate> candidates, Hit hit, MakerToName maker) {
        int from = Math.max(0, hit.firstToken() - NEIGHBOURHOOD);
        int to = Math.min(tokens.size() - 1, hit.lastToken() + NEIGHBOURHOOD);
        for (int i = from; i <= to; i++) {
            if (tokens.get(i).key().equals(maker.vendor())) {
                return true;
            }
        }
        if (maker.byOwnName()) {
            return false;
        }
        for (Candidate candidate : candidates) {
            Hit near = candidate.hit();
            if (candidate.maker() == null && near.lastToken() >= from && near.firstToken() <= to
                    && (Vendors.of(near.skill(), vendors).filter(maker.vendor()::equals).isPresent()
                        || sameKind(near.skill(), hit.skill()))) {
                return true;
            }
        }
        return false;
    }

    /** Two products O*NET files under one commodity ("operating system software": Linux, UNIX, Microsoft Windows). */
    private static boolean sameKind(TaxonomySkill one, TaxonomySkill other) {
        return !one.skillId().equals(other.skillId()) && one.onetCode() != null && !one.onetCode().isBlank()
                && one.onetCode().equals(other.onetCode());
    }

    /**
     * A skill named in common nouns, written in lower case right after a capitalised word mid-clause that is no skill
     * of its own, is the tail of another term that word opens: "Version control systems" is not control systems,
     * "designing Business logic" not logic (bench/evidence-audit-session12.jsonl). A level ("Advanced accounting")
     * opens no term, and a capital that opens the clause or an acronym ("SQL queries") says nothing.
     */
    private static boolean continuesAName(List<Token> tokens, List<Candidate> candidates, Hit hit) {
        int index = hit.firstToken();
        if (index == 0 || !tokens.get(index).joined() || hit.skill().name().chars().anyMatch(Character::isUpperCase)
                || !Character.isLowerCase(tokens.get(index).surface().charAt(0))) {
            return false;
        }
        Token before = tokens.get(index - 1);
        String word = before.surface();
        return !before.opensClause() && Character.isUpperCase(word.charAt(0)) && !FalseFriends.isAllCapitals(word)
                && !LEVELS.contains(before.key())
                && candidates.stream().noneMatch(other -> other.hit().firstToken() <= index - 1 && index - 1 <= other.hit().lastToken());
    }

    /**
     * An unconfirmed one-word name right after a capitalised word that is no skill of its own is a word of another
     * product's or a title's name: "Crystal Reports" is not Oracle Reports, "Corel Word perfect" not Microsoft Word,
     * "QA Project Lead" not Microsoft Project, however many tools stand beside it. A level ("Advanced Excel") is no
     * name.
     */
    private static boolean isPartOfAnotherName(List<Token> tokens, List<Candidate> candidates, Hit hit) {
        int index = hit.firstToken();
        if (index == 0 || !tokens.get(index).joined()) {
            return false;
        }
        Token before = tokens.get(index - 1);
        return startsWithCapital(lastWordOf(before.surface())) && !LEVELS.contains(before.key())
                && candidates.stream().noneMatch(other -> other.hit().firstToken() <= index - 1 && index - 1 <= other.hit().lastToken());
    }

    /** The last of words run together without a space ("managementWeb" in a pasted list): "Web". */
    private static String lastWordOf(String surface) {
        for (int i = surface.length() - 1; i > 0; i--) {
            if (Character.isUpperCase(surface.charAt(i)) && Character.isLowerCase(surface.charAt(i - 1))) {
                return surface.substring(i);
            }
        }
        return surface;
    }

    private static boolean startsWithCapital(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    /**
     * A skill named in common nouns right before "DB" is a word of a database's name: "Dynamo DB" is Amazon's database,
     * not electric generators (bench/evidence-audit-session16l.jsonl). A product's name is left alone ("Oracle DB").
     */
    private static boolean opensADatabasesName(List<Token> tokens, Hit hit) {
        int next = hit.lastToken() + 1;
        return next < tokens.size() && tokens.get(next).joined() && tokens.get(next).key().equals("db")
                && hit.skill().name().chars().noneMatch(Character::isUpperCase);
    }

    /**
     * A label "be" + adjective followed by "for" frames the duty that follows, not the attitude: "you will be responsible
     * for the monthly close" asks for the monthly close, not for ESCO's assume responsibility (its label "be
     * responsible"). 39 of the 40 "be responsible" in the fit-pairs postings were followed by "for", and no resume
     * says it, so every candidate was told the posting's "assume responsibility" was missing.
     */
    private static boolean framesADuty(List<Token> tokens, Hit hit) {
        int next = hit.lastToken() + 1;
        return hit.lastToken() == hit.firstToken() + 1 && tokens.get(hit.firstToken()).key().equals("be")
                && next < tokens.size() && tokens.get(next).joined() && tokens.get(next).key().equals("for");
    }

    /**
     * A field named by one common word after an article or a possessive, or before "of", is a thing, not the field:
     * "a history of meeting targets", "Proven history of error detection", "entered data into the database", "our
     * accounting" (bench/evidence-audit-session10.jsonl, -session10b.jsonl).
     */
    private static boolean isAThingNotTheField(List<Token> tokens, Hit hit) {
        int index = hit.firstToken();
        if (index != hit.lastToken() || index == 0 || !tokens.get(index).joined()
                || hit.skill().name().chars().anyMatch(Character::isUpperCase)
                || !SkillText.key(hit.skill().name()).equals(tokens.get(index).key())) {
            return false;
        }
        boolean ofSomething = index + 1 < tokens.size() && tokens.get(index + 1).joined()
                && tokens.get(index + 1).key().equals("of");
        return DETERMINERS.contains(tokens.get(index - 1).key()) || ofSomething;
    }

    private static boolean hasConfirmingNeighbour(List<Candidate> candidates, Hit hit) {
        for (Candidate other : candidates) {
            Hit near = other.hit();
            if (other.confirms() && near != hit && near.lastToken() >= hit.firstToken() - NEIGHBOURHOOD
                    && near.firstToken() <= hit.lastToken() + NEIGHBOURHOOD) {
                return true;
            }
        }
        return false;
    }

    /** What ends one item of a list or one clause: the words on either side belong to different things. */
    private static final String ITEM_BREAKS = ",;|•()[]:.!?";

    /**
     * Whether the words {@code first..last} run across a comma, a bracket or a clause's end that the label does not
     * write: "Others: JQuery, CSS" are two items, not Stack Overflow's tag "jquery-css" (which took CSS with it), and
     * "Skills: Shell, scripts", "Microsoft Office (Excel" name no "Shell script" or "Microsoft Office Excel". A line
     * break alone does not part them: pasted and extracted text breaks lines inside phrases; nor does the bracket
     * before an acronym that ends the name, as a name is defined: "Amazon Simple Storage Service (S3)".
     */
    private static boolean runsAcrossItems(List<Token> tokens, int first, int last, String written) {
        for (int i = first + 1; i <= last; i++) {
            String gap = tokens.get(i).gapBefore();
            if (SkillText.gluedToTheOneBefore(tokens.get(i))) {
                return true;
            }
            if (i == last && gap.strip().equals("(") && FalseFriends.isAllCapitals(tokens.get(i).surface())) {
                continue; // the acronym in brackets after its words: "SQL Server Integration Services (SSIS)"
            }
            for (int c = 0; c < gap.length(); c++) {
                if (ITEM_BREAKS.indexOf(gap.charAt(c)) >= 0 && written.indexOf(gap.charAt(c)) < 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private Candidate longestAt(List<Token> tokens, int start) {
        if (isAbbreviationLetter(tokens, start)) {
            return null;
        }
        for (int length = Math.min(longestPhrase, tokens.size() - start); length >= 1; length--) {
            StringBuilder key = new StringBuilder(tokens.get(start).key());
            for (int j = start + 1; j < start + length; j++) {
                key.append(' ').append(tokens.get(j).key());
            }
            Entry entry = entries.get(key.toString());
            if (length == 1) {
                entry = asWrittenWord(entry, key.toString(), tokens.get(start));
            }
            if (entry == null || runsAcrossItems(tokens, start, start + length - 1, entry.written())
                    || (entry.kind() == Kind.ACTED_ON && !actedOn(tokens, start, entry.skill()))) {
                continue;
            }
            if (length == 1 && acronymsInDoubt.contains(key.toString())) {
                return new Candidate(new Hit(entry.skill(), start, start, AMBIGUOUS_CONFIDENCE,
                        named(entry, tokens, start, start)), false, false, false, null, true);
            }
            if (length == 1 && entry.kind() == Kind.INITIALISM) {
                if (!FalseFriends.isAllCapitals(tokens.get(start).surface())) {
                    continue;
                }
                return new Candidate(new Hit(entry.skill(), start, start, AMBIGUOUS_CONFIDENCE, true), false, false);
            }
            if (length == 1 && entry.kind() == Kind.SYNONYM && tokens.get(start).surface().length() <= MAX_SHORT_SYNONYM) {
                // "AR" is accounts receivable or Arkansas as often as augmented reality: a two-letter synonym counts
                // where the text also names the skill in full or beside another tool's name.
                return new Candidate(new Hit(entry.skill(), start, start, AMBIGUOUS_CONFIDENCE,
                        named(entry, tokens, start, start)), false, false);
            }
            if (entry.kind() == Kind.WITHOUT_KIND && tokens.get(start).surface().chars().noneMatch(Character::isUpperCase)) {
                // A product's one-word name is written as a name: "our salesforce" is a sales team, "an 8-hour workday"
                // a day's work; "Salesforce" and "Workday" are the products.
                continue;
            }
            if (length > 1 || !ordinary.isOrdinary(tokens.get(start), entry.skill())) {
                Hit hit = new Hit(entry.skill(), start, start + length - 1, entry.confidence(),
                        named(entry, tokens, start, start + length - 1));
                boolean vendorless = length == 1 && entry.kind() == Kind.VENDORLESS;
                return new Candidate(hit, true, entry.properName(), vendorless,
                        vendorToBeNamed(entry, tokens, start, start + length - 1));
            }
            Candidate word = oneOrdinaryWord(tokens, start, entry);
            if (word != null) {
                return word;
            }
        }
        return null;
    }

    /**
     * A letter written against another letter ("A/R", "A/P", "R&D", "P&L") is a piece of an abbreviation, not the R
     * or C language; so is a letter tied to a word by an ampersand without spaces, a piece of a name ("AT&T", "B&Q",
     * the agency "VMLY&R"). A slash between a letter and a word lists languages ("C/C++", "R/Python").
     */
    private static boolean isAbbreviationLetter(List<Token> tokens, int index) {
        Token token = tokens.get(index);
        if (token.surface().length() != 1) {
            return false;
        }
        boolean before = index > 0 && (isLetterAgainst(tokens.get(index - 1), token) || token.gapBefore().equals("&"));
        boolean after = index + 1 < tokens.size()
                && (isLetterAgainst(token, tokens.get(index + 1)) || tokens.get(index + 1).gapBefore().equals("&"));
        return before || after;
    }

    private static boolean isLetterAgainst(Token first, Token second) {
        return first.surface().length() == 1 && second.surface().length() == 1 && second.start() - first.end() == 1
                && !second.joined() && Character.isLetter(first.surface().charAt(0))
                && Character.isLetter(second.surface().charAt(0));
    }

    /** A one-word hit on an ordinary word, or null when the text does not say it is the skill. */
    private Candidate oneOrdinaryWord(List<Token> tokens, int index, Entry entry) {
        if (!entry.properName()) {
            // A common-noun skill's own name ("logistics") is what the text says; its one-word synonyms are not.
            return entry.kind() == Kind.NAME ? new Candidate(new Hit(entry.skill(), index, index,
                    entry.confidence(), true), true, false) : null;
        }
        if (entry.acronym()) {
            // "Led a team" is not LED, "the act of" not ACT: an acronym that is also a word is named in capitals.
            return FalseFriends.isAllCapitals(tokens.get(index).surface()) ? new Candidate(new Hit(entry.skill(),
                    index, index, entry.confidence(), named(entry, tokens, index, index)), true, true) : null;
        }
        if (!tokens.get(index).surface().toLowerCase(Locale.ROOT).equals(entry.written())) {
            // A product's name does not inflect: "Team" is not Microsoft Teams, "Projects" not Microsoft Project.
            return null;
        }
        Reading reading = FalseFriends.reading(tokens, index, entry.kind() == Kind.NAME);
        if (reading == Reading.WORD) {
            return null;
        }
        Hit hit = new Hit(entry.skill(), index, index, Math.min(entry.confidence(), AMBIGUOUS_CONFIDENCE),
                named(entry, tokens, index, index));
        return new Candidate(hit, reading == Reading.NAME, false, entry.kind() == Kind.VENDORLESS,
                vendorToBeNamed(entry, tokens, index, index));
    }

    /**
     * The maker a product's name without it leaves to the rest of the text to name ({@code byOwnName}: only its own
     * name will do).
     */
    private record MakerToName(String vendor, boolean byOwnName) {
    }

    /**
     * The maker a product's name without it leaves to the rest of the text: for several words, when they are also
     * words of a generic label ({@link #genericPhrases}: "Relational Database" is a kind of thing, "Visual Studio"
     * and "Crystal Reports" are products); for one word, when it is a common noun of the taxonomy's labels
     * ({@link LabelNouns}: "Project", "Analytics"; the maker named by its name or by another of
     * its products, "Office, Excel" is Microsoft's), or else the name of a kind of product ({@link #namesAKindOfProduct}:
     * "ERP", named by the maker's own name only, since another of its products, "Crystal Reports", says whose tools the
     * writer used, not whose ERP); null when the words name the product on their own ("Excel", "Kafka").
     */
    private MakerToName vendorToBeNamed(Entry entry, List<Token> tokens, int first, int last) {
        if (entry.kind() != Kind.VENDORLESS) {
            return null;
        }
        if (isGeneric(tokens.subList(first, last + 1), entry.skill())) {
            return new MakerToName(entry.vendor(), false);
        }
        if (last > first) {
            return null;
        }
        return namesAKindOfProduct(SkillText.key(entry.written()), entry.skill()) ? new MakerToName(entry.vendor(), true) : null;
    }

    /**
     * Whether a product's words without its maker are generic: several words that are also words of a generic label
     * ({@link #genericPhrases}), or one word that other skills' labels use as a noun ({@link LabelNouns}: "project",
     * "analytics"; not "excel", which they use only as a verb).
     */
    private boolean isGeneric(List<Token> words, TaxonomySkill product) {
        return words.size() > 1 ? genericPhrases.contains(String.join(" ", words.stream().map(Token::key).toList()))
                : productWordsUsedAsNouns.contains(words.getFirst().key());
    }

    /** Other makers' products a word must end the names of to be the name of their kind ("ERP", "Edge"). */
    static final int KIND_PRODUCTS = 3;

    /**
     * Whether a word left of a product's name without its vendor is the name of a kind of product: it ends the names of
     * at least {@link #KIND_PRODUCTS} other products ("ERP": NetSuite ERP, Sage 100 ERP, Epicor Vantage ERP), so
     * written alone it says which kind of system, not whose.
     */
    private boolean namesAKindOfProduct(String word, TaxonomySkill product) {
        Set<String> products = productsEndingWith.getOrDefault(word, Set.of());
        return products.size() - (products.contains(product.skillId()) ? 1 : 0) >= KIND_PRODUCTS;
    }

    /**
     * Whether the words of a hit name its skill: not when the label only comes near it, nor when a product's name
     * of several words with its vendor left out is written in lower case: "relational databases" is the generic thing, not Oracle
     * Relational Database, "web analytics" not Adobe Analytics (a product's name is written as a name).
     */
    private static boolean named(Entry entry, List<Token> tokens, int first, int last) {
        if (entry.related()) {
            return false;
        }
        if (entry.kind() != Kind.VENDORLESS || first == last) {
            return true;
        }
        for (int i = first; i <= last; i++) {
            if (tokens.get(i).surface().chars().anyMatch(Character::isUpperCase)) {
                return true;
            }
        }
        return false;
    }

    private void add(String label, TaxonomySkill skill, double confidence, Kind kind, boolean related) {
        String key = SkillText.key(label);
        if (key.isEmpty()) {
            return;
        }
        Entry entry = new Entry(skill, confidence, kind, isProperName(label), isAcronym(label),
                label.strip().toLowerCase(Locale.ROOT), related, null);
        if (entries.containsKey(key)) {
            keepAsWord(key, entry);
            return;
        }
        entries.put(key, entry);
        longestPhrase = Math.max(longestPhrase, key.split(" ").length);
        int lastSpace = key.lastIndexOf(' ');
        if (lastSpace > 0 && skill.isTechnology() && isProperName(label)) {
            productsEndingWith.computeIfAbsent(key.substring(lastSpace + 1), word -> new HashSet<>()).add(skill.skillId());
        }
    }

    /**
     * The synonyms of skills named by their act that name only the thing acted on ({@link ActionSkills}: "engineering
     * team", "quality control"), where no other label is the same words: the thing is evidence of the act only where the
     * text states the act right before it ("Led the engineering team", "Oversaw quality control"), not where it only
     * names it ("worked closely with the engineering team", "supported quality control efforts").
     */
    private void addThingsActedOn(List<ThingActedOn> things) {
        for (ThingActedOn thing : things) {
            if (!entries.containsKey(SkillText.key(thing.label())) && !labels.isRelated(thing.label(), thing.skill())) {
                add(thing.label(), thing.skill(), SYNONYM_CONFIDENCE, Kind.ACTED_ON, false);
            }
        }
    }

    /** A synonym {@link ActionSkills} refuses as a name of its act-named skill: only the thing acted on. */
    private record ThingActedOn(String label, TaxonomySkill skill) {
    }

    /** Words between a verb and the thing it acts on: "Led [the] engineering team", "leading [an] engineering team". */
    static final int ACT_REACH = 2;

    /**
     * Whether the thing named at token {@code start} is acted on by a verb of the skill's act at most {@value #ACT_REACH}
     * words before it, in the same phrase ({@link ActionSkills#actsAs}).
     */
    private static boolean actedOn(List<Token> tokens, int start, TaxonomySkill skill) {
        for (int verb = start - 1; verb >= 0 && verb >= start - 1 - ACT_REACH; verb--) {
            if (!tokens.get(verb + 1).joined()) {
                return false; // a separator between them: another phrase
            }
            if (ActionSkills.actsAs(tokens.get(verb), skill)) {
                return true;
            }
        }
        return false;
    }

    /**
     * "AWS" for O*NET's "Amazon Web Services AWS software": O*NET writes a technology's acronym right after the words it
     * abbreviates, and postings and resumes write the acronym alone ("AWS", "SCADA", "LMS"). It becomes the skill's
     * synonym where no other technology's name abbreviates to it ("PMS" is practice and property management software)
     * and no label of the taxonomy is already that word. In running text it is read only written in capitals and beside
     * another tool's name or where the text names the skill in full: alone it is as often a company ("AWS wireless
     * product lines"), an agency ("CMS data and insurance claims") or another sense; in a skills list it is the skill.
     */
    private void addInitialisms(List<TaxonomySkill> skills) {
        Map<String, Set<TaxonomySkill>> byAcronym = new HashMap<>();
        Map<String, Set<TaxonomySkill>> byLetters = new HashMap<>();
        for (TaxonomySkill skill : skills) {
            if (skill.isTechnology()) {
                initialismsOf(skill.name()).forEach(acronym ->
                        byAcronym.computeIfAbsent(acronym, a -> new HashSet<>()).add(skill));
                spelledOutAcronymOf(skill.name()).ifPresent(acronym ->
                        byLetters.computeIfAbsent(acronym, a -> new HashSet<>()).add(skill));
            }
        }
        // An acronym of initials is the surer reading: a name whose words only hold its letters yields to it.
        byLetters.forEach((acronym, owners) -> {
            if (!byAcronym.containsKey(acronym)) {
                byAcronym.put(acronym, owners);
            }
        });
        byAcronym.forEach((acronym, owners) -> {
            // "AWS" is also written in "Amazon Web Services AWS SageMaker": the name that ends with it is the one it names.
            List<TaxonomySkill> endingWithIt = owners.stream().filter(skill -> endsWithAcronym(skill.name(), acronym)).toList();
            TaxonomySkill owner = owners.size() == 1 ? owners.iterator().next()
                    : endingWithIt.size() == 1 ? endingWithIt.getFirst() : null;
            if (owner != null) {
                add(acronym, owner, SYNONYM_CONFIDENCE, Kind.INITIALISM, false);
            }
        });
    }

    private static boolean endsWithAcronym(String name, String acronym) {
        return withoutKindWord(name).endsWith(" " + acronym);
    }

    /** A technology's name without the kind word O*NET closes many with ("Amazon Web Services AWS software"). */
    private static String withoutKindWord(String name) {
        String stripped = name.strip();
        return stripped.endsWith(KIND_WORD) ? stripped.substring(0, stripped.length() - KIND_WORD.length()).strip() : stripped;
    }

    /** The acronyms a name writes right after the words they abbreviate ("AWS" in "Amazon Web Services AWS software"). */
    static List<String> initialismsOf(String name) {
        String[] words = name.strip().split("\\s+");
        List<String> found = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            if (word.length() < 2 || i < word.length() || !word.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
                continue;
            }
            StringBuilder initials = new StringBuilder();
            for (int k = i - word.length(); k < i; k++) {
                initials.append(Character.toUpperCase(words[k].charAt(0)));
            }
            if (initials.toString().equals(word)) {
                found.add(word);
            }
        }
        return found;
    }

    /** Words an acronym's letters may skip ("Visual Basic for Applications" is VBA). */
    private static final Set<String> SKIPPED_WORDS = Set.of("and", "for", "in", "of", "on", "the", "to", "with");

    /**
     * The acronym that ends a name whose words before it hold its letters in order without being its initials:
     * "Hypertext markup language HTML", "Extensible markup language XML", "JavaScript Object Notation JSON", "Apache
     * Subversion SVN", "Oracle Java 2 Platform Enterprise Edition J2EE". {@link #initialismsOf} misses them, and resumes
     * write "HTML" and "XML" far more often than the words. Schwartz and Hearst's test for an abbreviation's long form
     * (PSB 2003): its letters appear in order in the words before it, the first one opening a word; or, where the first
     * one does not ("eXtensible"), every one of those words gives a letter. The word right before the acronym gives
     * one either way, so that "Exact Software Macola ES" (Macola's edition) spells nothing. Only an acronym that ends
     * the name (or precedes the kind word) counts: "Screaming Frog SEO Spider" is no SEO.
     */
    static Optional<String> spelledOutAcronymOf(String name) {
        String[] words = withoutKindWord(name).split("\\s+");
        int last = words.length - 1;
        String acronym = words[last];
        if (last < 1 || acronym.length() < 2 || !Character.isUpperCase(acronym.charAt(0))
                || !acronym.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
            return Optional.empty();
        }
        String letters = acronym.toLowerCase(Locale.ROOT);
        int longest = Math.min(last, Math.min(letters.length() + 5, 2 * letters.length()));
        for (int count = 1; count <= longest; count++) {
            List<String> before = Arrays.stream(words, last - count, last).map(w -> w.toLowerCase(Locale.ROOT)).toList();
            if (spells(letters, 0, before, 0, false) || spells(letters, 0, before, 0, true)) {
                return Optional.of(acronym);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code words} from {@code word} on hold {@code letters} from {@code at} on, in order: each word gives a run
     * of them found in it in order, the last word at least one; the first word opens with the first letter, or, with
     * {@code everyWord}, every word but a skipped one gives at least one.
     */
    private static boolean spells(String letters, int at, List<String> words, int word, boolean everyWord) {
        if (word == words.size()) {
            return at == letters.length();
        }
        String current = words.get(word);
        boolean first = word == 0;
        if (first && !everyWord && current.charAt(0) != letters.charAt(0)) {
            return false;
        }
        boolean lastWord = word == words.size() - 1;
        int fewest = first || lastWord || (everyWord && !SKIPPED_WORDS.contains(current)) ? 1 : 0;
        for (int take = fewest; at + take <= letters.length(); take++) {
            if (inOrder(letters.substring(at, at + take), current) && spells(letters, at + take, words, word + 1, everyWord)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inOrder(String run, String word) {
        int from = 0;
        for (int i = 0; i < run.length(); i++) {
            from = word.indexOf(run.charAt(i), from) + 1;
            if (from == 0) {
                return false;
            }
        }
        return true;
    }

    private void addWithoutVendor(String label, TaxonomySkill skill) {
        String key = SkillText.key(label);
        int space = key.indexOf(' ');
        if (space > 0 && vendors.contains(key.substring(0, space))) {
            String rest = key.substring(space + 1);
            String written = label.strip().substring(label.strip().indexOf(' ') + 1).toLowerCase(Locale.ROOT);
            Entry entry = new Entry(skill, VENDORLESS_CONFIDENCE, Kind.VENDORLESS, true, false, written, false,
                    key.substring(0, space));
            if (entries.putIfAbsent(rest, entry) != null) {
                keepAsWord(rest, entry);
            }
        }
    }

    /**
     * The entry a one-word hit reads: a name in capitals that is an ordinary word yields, where the word is not written
     * in capitals, to the label another skill gives it ({@link #asWords}: "Spark" is no SPARK).
     */
    private Entry asWrittenWord(Entry entry, String key, Token word) {
        Entry otherwise = asWords.get(key);
        if (entry == null || otherwise == null || !entry.acronym() || FalseFriends.isAllCapitals(word.surface())
                || !ordinary.isOrdinary(word, entry.skill())) {
            return entry;
        }
        return otherwise;
    }

    /**
     * A label whose key a name written in capitals already holds ({@link #asWords}), kept for the word written as a
     * word; a product's name (Apache Spark's "Spark") before a common noun's.
     */
    private void keepAsWord(String key, Entry entry) {
        Entry held = entries.get(key);
        if (held.acronym() && !entry.acronym() && !held.skill().skillId().equals(entry.skill().skillId())) {
            asWords.merge(key, entry, (kept, other) -> !kept.properName() && other.properName() ? other : kept);
        }
    }

    /**
     * "Salesforce" for O*NET's "Salesforce software": a technology named by one capitalised word and the kind word, where
     * no multi-word label of the taxonomy writes the word in lower case (so not "Email software", "Debugging software")
     * and the word is no maker's name ("SAP software": the maker says whose tools, not which, see {@link #namesOnlyMakers}).
     * Without it, "Salesforce", "Shopify", "Workday" and "Alteryx" in a resume or a posting were no skill at all.
     */
    private void addWithoutKindWord(TaxonomySkill skill) {
        String name = skill.name().strip();
        if (!skill.isTechnology() || !name.endsWith(KIND_WORD)) {
            return;
        }
        String product = name.substring(0, name.length() - KIND_WORD.length());
        if (product.indexOf(' ') >= 0 || product.isEmpty() || !Character.isUpperCase(product.charAt(0))
                || ordinary.writtenInLowerCase(product) || vendors.contains(SkillText.key(product))) {
            return;
        }
        entries.putIfAbsent(SkillText.key(product), new Entry(skill, VENDORLESS_CONFIDENCE, Kind.WITHOUT_KIND, true, false,
                product.toLowerCase(Locale.ROOT), false, null));
    }

    private static boolean isProperName(String label) {
        return label.chars().anyMatch(Character::isUpperCase);
    }

    private static boolean isAcronym(String label) {
        String word = label.strip();
        return word.length() > 1 && word.indexOf(' ') < 0 && word.chars().anyMatch(Character::isLetter)
                && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }
}
