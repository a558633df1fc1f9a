package com.jobmatch.ai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluation data outside the repository (../shared/data); benchmarks skip when it is absent. */
final class SharedData {

    /** One SkillSpan sentence: its tokens and its gold spans from both tag columns. */
    record Sentence(List<String> tokens, List<GoldSpan> typedSpans) {
        String text() {
            return String.join(" ", tokens);
        }

        /** Character ranges of text() as the token ranges [from, to) they touch. */
        List<int[]> tokenRanges(List<int[]> characterRanges) {
            List<int[]> offsets = new ArrayList<>();
            int position = 0;
            for (String token : tokens) {
                offsets.add(new int[] {position, position + token.length()});
                position += token.length() + 1;
            }
            return characterRanges.stream().map(range -> toTokens(range[0], range[1], offsets)).toList();
        }

        private static int[] toTokens(int start, int end, List<int[]> offsets) {
            int first = 0;
            int last = offsets.size() - 1;
            for (int i = 0; i < offsets.size(); i++) {
                if (offsets.get(i)[1] > start) {
                    first = i;
                    break;
                }
            }
            for (int i = offsets.size() - 1; i >= 0; i--) {
                if (offsets.get(i)[0] < end) {
                    last = i;
                    break;
                }
            }
            return new int[] {first, last + 1};
        }

        /** Gold token ranges [from, to) of either column. */
        List<int[]> goldSpans() {
            return typedSpans.stream().map(span -> new int[] {span.start(), span.end()}).toList();
        }
    }

    /** A gold token range [start, end) and the column it came from: "skill" or "knowledge". */
    record GoldSpan(int start, int end, String type) {
    }

    private static final List<String> COLUMN_TYPES = List.of("skill", "knowledge");

    private SharedData() {
    }

    static Path root() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"));
    }

    static Path file(String relative) {
        return root().resolve(relative);
    }

    /** Sentences of a SkillSpan CoNLL file (token, skill tag, knowledge tag); gold spans are token ranges [from, to). */
    static List<Sentence> skillSpan(Path conll) {
        List<Sentence> sentences = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        List<String[]> tags = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(conll)) {
                if (line.isBlank()) {
                    if (!tokens.isEmpty()) {
                        sentences.add(new Sentence(List.copyOf(tokens), spans(tags)));
                    }
                    tokens.clear();
                    tags.clear();
                    continue;
                }
                String[] columns = line.split("\t");
                tokens.add(columns[0]);
                tags.add(new String[] {columns.length > 1 ? columns[1] : "O", columns.length > 2 ? columns[2] : "O"});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!tokens.isEmpty()) {
            sentences.add(new Sentence(List.copyOf(tokens), spans(tags)));
        }
        return sentences;
    }

    private static List<GoldSpan> spans(List<String[]> tags) {
        List<GoldSpan> spans = new ArrayList<>();
        for (int column = 0; column < 2; column++) {
            int start = -1;
            for (int i = 0; i <= tags.size(); i++) {
                String tag = i < tags.size() ? tags.get(i)[column] : "O";
                if (tag.startsWith("B") || tag.equals("O")) {
                    if (start >= 0) {
                        spans.add(new GoldSpan(start, i, COLUMN_TYPES.get(column)));
                    }
                    start = tag.startsWith("B") ? i : -1;
                }
            }
        }
        return spans;
    }
}
