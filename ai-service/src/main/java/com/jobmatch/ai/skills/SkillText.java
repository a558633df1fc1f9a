package com.jobmatch.ai.skills;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tokenisation and normalisation shared by the taxonomy side and the text side, so both reduce to the same keys:
 * lower case, hyphens and slashes split words ("c-sharp" = "c sharp"), "c sharp" joins to "c#", common vendor
 * abbreviations are expanded ("MS Excel" = "Microsoft Excel") and plurals are stemmed ("databases" = "database").
 */
public final class SkillText {

    /**
     * A word of the text with its character span. {@code opensClause}: the first word of the text, of a line or of
     * a sentence, where a capital letter says nothing about the word being a name. {@code joined}: only spaces
     * separate it from the word before (no comma, bracket or line break), so the two may be one phrase.
     * {@code gapBefore}: the characters between the word before and this one ("&" in "AT&T", "/" in "C/C++").
     */
    public record Token(String surface, String key, int start, int end, boolean opensClause, boolean joined,
                        String gapBefore) {
    }

    /**
     * Keeps ".NET", "ASP.Net", "node.js", "c++" and "c#" whole; a trailing full stop is not part of a word, and neither
     * is one glued to the capitalised word of the next sentence: flattened resumes run sentences together ("... CSS,
     * and SQL.Worked on", "from Teradata, SQL Server.Good working"), 11,272 times in 435 of the 453 fit-pairs resumes,
     * and the word before the stop was read as one with the next (no SQL, or SQL for SQL Server). A next word in
     * camel case is a new sentence too, however short its first part ("Unix Bash.DevOps experience",
     * "Databases.PostgreSQL"; 69 times in the fit-pairs resumes, none of them one name).
     */
    private static final Pattern WORD = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}])\\.)?[\\p{L}\\p{N}](?:[\\p{L}\\p{N}]|'(?=[\\p{L}\\p{N}])|\\.(?=[\\p{L}\\p{N}])(?!\\p{Lu}\\p{Ll}{3})(?!\\p{Lu}\\p{Ll}+\\p{Lu}))*[+#]*");

    /** What separates two words across a line or sentence boundary, or a list bullet. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[\\n\\r.!?:;•|]");

    private static final Map<String, String> ABBREVIATIONS = Map.of(
            "ms", "microsoft",
            "js", "javascript",
            "ts", "typescript",
            "k8s", "kubernetes",
            "golang", "go",
            "postgres", "postgresql");

    /**
     * Plurals that name something else than their singular (financial securities are not IT security; account and
     * patient histories are records, not the subject history, bench/evidence-audit-session15.jsonl).
     */
    private static final Set<String> PLURAL_SENSES = Set.of(
            "securities", "customs", "goods", "arms", "damages", "futures", "minutes", "savings", "earnings",
            "humanities", "premises", "spirits", "quarters", "manners", "histories");

    private static final int MAX_ACRONYM = 5;

    /**
     * Where a glued word's next word starts: a capitalised word of three letters or more, or "MS", right after a
     * lower-case letter or a digit ("analysisVariance", "HadoopMicrosoft", "backgroundMS", "2020Microsoft"), or a
     * capitalised word of four letters or more right after an acronym ("SQLPython", "MSOffice"; a shorter one is more
     * often the rest of one name: "CSPro" is a survey tool, not CS).
     */
    private static final Pattern GLUED_WORD = Pattern.compile(
            "(?<=[\\p{Ll}\\p{N}])(?:\\p{Lu}\\p{Ll}{2,}|MS(?!\\p{L}))|(?<=\\p{Lu}{2})\\p{Lu}\\p{Ll}{3,}");

    private SkillText() {
    }

    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = WORD.matcher(text);
        int previousEnd = 0;
        while (matcher.find()) {
            String surface = matcher.group();
            String gap = text.substring(previousEnd, matcher.start());
            boolean opensClause = tokens.isEmpty() || CLAUSE_BREAK.matcher(gap).find();
            boolean joined = !tokens.isEmpty() && gap.chars().allMatch(c -> c == ' ' || c == '\t');
            tokens.add(new Token(surface, keyOf(surface), matcher.start(), matcher.end(), opensClause, joined, gap));
            previousEnd = matcher.end();
        }
        return joinSharp(tokens);
    }

    /**
     * The words with flattened list items parted again. Exported and pasted resumes lose the line breaks between the
     * items of a list and run them together ("Cash flow analysisVariance analysis", "SparkHive", "HadoopMicrosoft
     * Excel", "backgroundMS Excel expert", "2020Microsoft Excel 2016"): the glued word was read as one unknown word, and
     * both items were lost. A word is parted where a capitalised word that labels use ({@code isLabelWord}, by key)
     * follows a lower-case letter or a digit, unless the whole word is one labels use ("JavaScript", "PowerPoint",
     * "QuickBooks" are names, not items) or the part before and the capitalised word make one ("JavaScriptSelf-starter"
     * is JavaScript, then Self). Each part after the first opens an item: its capital says nothing about a
     * name, and no name of several words runs across it ({@link #gluedToTheOneBefore}). After an acronym the labels
     * use ("SQLPython", "MSOffice", "SQLServer"), a capitalised word is parted too, but may continue the acronym's name.
     */
    public static List<Token> unglued(List<Token> tokens, Predicate<String> isLabelWord) {
        List<Token> parted = new ArrayList<>(tokens.size());
        for (Token token : tokens) {
            String surface = token.surface();
            if (isLabelWord.test(token.key())) {
                parted.add(token);
                continue;
            }
            int from = 0;
            boolean opensAnItem = false;
            Matcher next = GLUED_WORD.matcher(surface);
            while (next.find()) {
                String before = surface.substring(from, next.start());
                // "JavaScriptSelf-starter" parts after JavaScript, not inside it
                boolean insideAName = isLabelWord.test(keyOf(surface.substring(from, next.end())));
                boolean afterAcronym = Character.isUpperCase(surface.charAt(next.start() - 1));
                if (before.length() >= 2 && !insideAName && isLabelWord.test(keyOf(next.group()))
                        && (!afterAcronym || isLabelWord.test(keyOf(before)))) {
                    parted.add(part(token, from, next.start(), opensAnItem));
                    from = next.start();
                    opensAnItem = !afterAcronym;
                }
            }
            parted.add(from == 0 ? token : part(token, from, surface.length(), opensAnItem));
        }
        return parted;
    }

    /**
     * {@code opensAnItem}: the part starts the next item of a flattened list; else (a capitalised word after an
     * acronym) it may as well be the next word of one name ("SQLServer"), and the dictionary's longest match decides.
     */
    private static Token part(Token token, int from, int to, boolean opensAnItem) {
        String surface = token.surface().substring(from, to);
        if (from == 0) {
            return new Token(surface, keyOf(surface), token.start(), token.start() + to, token.opensClause(),
                    token.joined(), token.gapBefore());
        }
        return new Token(surface, keyOf(surface), token.start() + from, token.start() + to, opensAnItem, !opensAnItem, "");
    }

    /** Whether the word is the second part of a glued word: nothing, not even a space, came between the two items. */
    static boolean gluedToTheOneBefore(Token token) {
        return !token.joined() && token.gapBefore().isEmpty();
    }

    /**
     * The first and last of the tokens that lie within characters {@code start} to {@code end} (a phrase read from the
     * text the tokens were read from), or null when none does.
     */
    static int[] within(List<Token> tokens, int start, int end) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < tokens.size() && tokens.get(i).start() < end; i++) {
            if (tokens.get(i).start() >= start && tokens.get(i).end() <= end) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        return first < 0 ? null : new int[] {first, last};
    }

    /**
     * Whether one of the words from token {@code from} back to {@code reach} words before it, in the clause of the word
     * after {@code from}, passes {@code test}: what a rule looks for right before a phrase ("collaborated" before
     * "with", "follow" before "on").
     */
    static boolean inClauseBefore(List<Token> tokens, int from, int reach, Predicate<Token> test) {
        for (int i = from; i >= 0 && i >= from - reach; i--) {
            if (tokens.get(i + 1).opensClause()) {
                return false;
            }
            if (test.test(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a word is written in lower case: none of its letters is a capital ("c++" is, "Excel" and "SQL" are not). */
    static boolean isLowerCase(String word) {
        return word.chars().allMatch(c -> !Character.isLetter(c) || Character.isLowerCase(c));
    }

    /** The normalised key of a label: its tokens' keys joined by single spaces. */
    public static String key(String label) {
        return String.join(" ", tokens(label).stream().map(Token::key).toList());
    }

    private static String keyOf(String surface) {
        String lower = surface.toLowerCase(Locale.ROOT);
        String expanded = ABBREVIATIONS.getOrDefault(lower, lower);
        // An acronym has no plural "s" of its own: IFRS is not a plural of IFR (instrument flight rules).
        return isAcronym(surface) ? expanded : stem(expanded);
    }

    /** A short word in capitals ("IFRS", "GAAP"); longer ones are more often headings written in capitals. */
    private static boolean isAcronym(String surface) {
        return surface.length() >= 2 && surface.length() <= MAX_ACRONYM
                && surface.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /**
     * Light plural stemming; short words and technology names ending in symbols are left alone, and so are names of
     * fields ending in "-ics" (electronics, economics, logistics, analytics), which are no plurals: "electronic
     * billing" is no evidence of electronics (bench/evidence-audit-session8.jsonl). Nor are plurals whose sense
     * is not their singular's ({@link #PLURAL_SENSES}): "web security" is no evidence of securities.
     */
    static String stem(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(Character::isLetter) || word.endsWith("ics")
                || PLURAL_SENSES.contains(word)) {
            return word;
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static List<Token> joinSharp(List<Token> tokens) {
        List<Token> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token token = tokens.get(i);
            boolean sharpFollows = i + 1 < tokens.size() && tokens.get(i + 1).key().equals("sharp")
                    && token.surface().length() == 1 && tokens.get(i + 1).start() - token.end() <= 1;
            if (sharpFollows) {
                Token sharp = tokens.get(++i);
                joined.add(new Token(token.surface() + "#", token.key() + "#", token.start(), sharp.end(),
                        token.opensClause(), token.joined(), token.gapBefore()));
            } else {
                joined.add(token);
            }
        }
        return joined;
    }
}
