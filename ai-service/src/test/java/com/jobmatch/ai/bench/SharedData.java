package com.jobmatch.ai.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The evaluation data outside the repository (../shared/data); benchmarks skip when it is absent. */
final class SharedData {

    /** One SkillSpan sentence: its tokens and, per token, whether it is inside a gold span (B/I of skill or knowledge). */
    record Sentence(List<String> tokens, List<int[]> goldSpans) {
        String text() {
            return String.join(" ", tokens);
        }
    }

    private SharedData() {
    }

    static Path root() {
        return Path.of(System.getenv().getOrDefault("SHARED_DATA", "/work/main/../shared/data"));
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

    private static List<int[]> spans(List<String[]> tags) {
        List<int[]> spans = new ArrayList<>();
        for (int column = 0; column < 2; column++) {
            int start = -1;
            for (int i = 0; i <= tags.size(); i++) {
                String tag = i < tags.size() ? tags.get(i)[column] : "O";
                if (tag.startsWith("B") || tag.equals("O")) {
                    if (start >= 0) {
                        spans.add(new int[] {start, i});
                    }
                    start = tag.startsWith("B") ? i : -1;
                }
            }
        }
        return spans;
    }
}
