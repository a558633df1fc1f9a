package com.jobmatch.resume.profiles;

import com.jobmatch.contract.model.ExtractedSkill;
import com.jobmatch.contract.model.SkillLink;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which of a skill's mentions a match cites as its evidence. A resume often names a skill more than once: in its
 * skills list ("Java, Linux, Mac OS") and in passing ("tested a Java based utility", "seeking a position in
 * database administration"). A recruiter reads the list entry as the claim and the passing mention as context, so
 * the mention that stands as an item of a list is cited before one inside a sentence, the earliest of equals first.
 */
final class SkillMentions {

    /** Characters that end a list item: separators, bullets, brackets, a colon after a heading, a line break. */
    private static final String ITEM_EDGES = ",;|•·▪●■◦\n\r\t():";

    /** Words of a list item beside the skill's own ("Advanced Excel", "Strong SQL skills"): more make a sentence. */
    static final int LISTED_MAX_OTHER_WORDS = 3;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private SkillMentions() {
    }

    /**
     * Whether {@code candidate} is better evidence of its skill than {@code current}: words that name the skill before
     * words that only come near it, however sure the nearer link is (matching credits the skill itself only on named
     * evidence); then the surer link; then the mention that stands as a list item ({@link #otherWordsOfItem}).
     */
    static boolean proves(ExtractedSkill candidate, ExtractedSkill current, String text) {
        boolean named = SkillLink.named(candidate.link());
        boolean currentNamed = SkillLink.named(current.link());
        if (named != currentNamed) {
            return named;
        }
        if (candidate.confidence() != current.confidence()) {
            return candidate.confidence() > current.confidence();
        }
        return otherWordsOfItem(text, candidate) < otherWordsOfItem(text, current);
    }

    /**
     * How many words the mention's list item holds besides the mention, capped just above what a list item holds, so
     * that all mentions in sentences are equal. The item runs between the nearest item edges ({@link #ITEM_EDGES}, or a
     * full stop before a space) on either side. Mentions without a place in the text count as in a sentence.
     */
    static int otherWordsOfItem(String text, ExtractedSkill mention) {
        int start = mention.start();
        int end = mention.end();
        if (text == null || start < 0 || end > text.length() || start >= end) {
            return LISTED_MAX_OTHER_WORDS + 1;
        }
        int from = start;
        while (from > 0 && !endsItem(text, from - 1)) {
            from--;
        }
        int to = end;
        while (to < text.length() && !endsItem(text, to)) {
            to++;
        }
        int words = count(text.substring(from, start)) + count(text.substring(end, to));
        return Math.min(words, LISTED_MAX_OTHER_WORDS + 1);
    }

    private static boolean endsItem(String text, int at) {
        char c = text.charAt(at);
        return ITEM_EDGES.indexOf(c) >= 0 || (c == '.' && (at + 1 == text.length() || Character.isWhitespace(text.charAt(at + 1))));
    }

    private static int count(String words) {
        Matcher matcher = WORD.matcher(words);
        int n = 0;
        while (matcher.find()) {
            n++;
        }
        return n;
    }
}
