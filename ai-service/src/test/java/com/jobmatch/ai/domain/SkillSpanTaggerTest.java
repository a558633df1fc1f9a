package com.jobmatch.ai.domain;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped tagger model, without Quarkus or the shared data. */
class SkillSpanTaggerTest {

    private static final SkillSpanTagger TAGGER = new SkillSpanTagger();

    @Test
    void competencesAreTaggedAsPhrases() {
        String text = "Provide patient care to residents. You will manage a team and communicate with customers.";
        List<String> spans = spans(text);
        assertTrue(spans.stream().anyMatch(span -> covers(span, "Provide patient care")), spans.toString());
        assertTrue(spans.stream().anyMatch(span -> covers(span, "manage a team")), spans.toString());
        assertTrue(spans.stream().anyMatch(span -> covers(span, "communicate with customers")), spans.toString());
    }

    @Test
    @Disabled("the shipped model misses competences worded with words SkillSpan TRAIN never has in a skill (it tags"
            + " only 'provide' here and nothing of 'operate a forklift'); see ai-service/README.md, Skill tagger")
    void competencesOutsideTheTrainingDomainAreTagged() {
        String text = "You will provide patient care and operate a forklift safely.";
        List<String> spans = spans(text);
        assertTrue(spans.stream().anyMatch(span -> covers(span, "provide patient care")), spans.toString());
        assertTrue(spans.stream().anyMatch(span -> covers(span, "operate a forklift")), spans.toString());
    }

    @Test
    void spansPointIntoTheTextAndStayWithinASentence() {
        String text = "Requirements:\n• 3+ years of Java development\n• Manage a team of five. Communicate with customers!";
        for (SkillSpanTagger.TaggedSpan span : TAGGER.tag(text)) {
            String phrase = text.substring(span.start(), span.end());
            assertTrue(phrase.equals(phrase.strip()) && !phrase.contains("\n") && !phrase.contains(". "), phrase);
            assertTrue(span.probability() > 0 && span.probability() <= 1, span.toString());
        }
        List<String> spans = spans(text);
        assertTrue(spans.stream().anyMatch(span -> covers(span, "Manage a team")), spans.toString());
    }

    private static List<String> spans(String text) {
        return TAGGER.tag(text).stream().map(span -> text.substring(span.start(), span.end())).toList();
    }

    /** The span holds the phrase and little else (at most one more word on either side). */
    private static boolean covers(String span, String phrase) {
        return span.contains(phrase) && span.split("\\s+").length <= phrase.split("\\s+").length + 2;
    }
}
