package com.jobmatch.ai.skills;

import com.jobmatch.ai.skills.SkillText.Token;
import com.jobmatch.contract.model.TaxonomySkill;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which one-word product names the taxonomy's own labels use as common nouns, read with OpenNLP's English
 * part-of-speech model (UD English EWT, Maven Central's opennlp-models-pos-en). A product named by one word with its
 * maker left out ("Project", "Word", "Sites") needs the maker named beside it when the labels of other skills write
 * the word as a noun ("manage project", "word processing"): written alone it may be the thing, not the product. A
 * word the labels write in lower case only as a verb ("develop physical strength to excel in sports", "demand
 * performers excel") is no such noun, and the product's name alone names it: "advanced Excel skills", "Word and
 * Excel". Without the part of speech, both were counted as common nouns, and a bare "Excel" was read nowhere.
 */
final class LabelNouns {

    /** The model file inside opennlp-models-pos-en. */
    static final String POS_MODEL = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String NOUN = "NOUN";

    private LabelNouns() {
    }

    /**
     * Of the {@code words} (keys of one-word product names, each with the product it names), those that the labels of
     * at least {@code minOtherSkills} other skills write in lower case as a noun.
     */
    static Set<String> of(Map<String, String> words, List<TaxonomySkill> skills, int minOtherSkills) {
        if (words.isEmpty()) {
            return Set.of();
        }
        POSTaggerME tagger = new POSTaggerME(model());
        Map<String, Set<String>> nounIn = new HashMap<>();
        for (TaxonomySkill skill : skills) {
            List<String> labels = new ArrayList<>(skill.synonyms());
            labels.add(skill.name());
            for (String label : labels) {
                List<Token> tokens = SkillText.tokens(label);
                if (tokens.size() < 2 || tokens.stream().noneMatch(token -> isLowerCaseUse(token, words, skill))) {
                    continue;
                }
                String[] tags = tagger.tag(tokens.stream().map(Token::surface).toArray(String[]::new));
                for (int i = 0; i < tokens.size(); i++) {
                    if (NOUN.equals(tags[i]) && isLowerCaseUse(tokens.get(i), words, skill)) {
                        nounIn.computeIfAbsent(tokens.get(i).key(), key -> new HashSet<>()).add(skill.skillId());
                    }
                }
            }
        }
        Set<String> nouns = new HashSet<>();
        nounIn.forEach((word, users) -> {
            if (users.size() >= minOtherSkills) {
                nouns.add(word);
            }
        });
        return Set.copyOf(nouns);
    }

    /** The word of a label is one of the product words, in lower case, in a label of another skill than the product. */
    private static boolean isLowerCaseUse(Token token, Map<String, String> words, TaxonomySkill skill) {
        String product = words.get(token.key());
        return product != null && !product.equals(skill.skillId())
                && SkillText.isLowerCase(token.surface());
    }

    private static POSModel model() {
        try (InputStream in = LabelNouns.class.getClassLoader().getResourceAsStream(POS_MODEL)) {
            if (in == null) {
                throw new IllegalStateException(POS_MODEL + " is missing from the classpath (opennlp-models-pos-en)");
            }
            return new POSModel(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
