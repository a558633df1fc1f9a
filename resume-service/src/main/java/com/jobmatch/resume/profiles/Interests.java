package com.jobmatch.resume.profiles;

import com.jobmatch.resume.parsing.ResumeSections;
import com.jobmatch.resume.parsing.ResumeSections.Block;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a resume lists what its writer is interested in rather than what they have done: an "Interests" or
 * "Hobbies" section, or a list a label of that kind opens inside a line ("Recent Interests: Python, Docker &
 * Kubernetes", bench/evidence-audit-session16k.jsonl). A skill named there is a wish to learn, not a skill: a match
 * may not cite it as evidence.
 */
final class Interests {

    /** A label of interests inside a line, up to the line's end: "Recent Interests:", "Hobbies -". */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)\\b(?:(?:recent|current|personal|other|professional)\\s+)?(?:interests|hobbies)\\s*[:\\-–]");

    private Interests() {
    }

    /** The character ranges [start, end) of the text that list interests. */
    static List<int[]> ranges(String text) {
        List<int[]> ranges = new ArrayList<>();
        if (text == null) {
            return ranges;
        }
        for (Block block : ResumeSections.blocks(text)) {
            if (block.heading() != null && names(block.heading())) {
                ranges.add(new int[] {block.start(), block.start() + block.text().length()});
            }
        }
        Matcher label = LABEL.matcher(text);
        while (label.find()) {
            int end = text.indexOf('\n', label.end());
            ranges.add(new int[] {label.end(), end < 0 ? text.length() : end});
        }
        return ranges;
    }

    private static boolean names(String heading) {
        String key = heading.toLowerCase(Locale.ROOT);
        return key.contains("interest") || key.contains("hobbies");
    }
}
