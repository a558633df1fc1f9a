package com.jobmatch.ai.skills;

import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.SerializableArtifact;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The skill tagger's word-cluster feature: the cluster of the lower-cased word (clusters of the words' embeddings,
 * built by SkillTaggerTraining and stored inside the tagger's model). OpenNLP has a word-cluster feature of its own,
 * but its table closes the model's zip stream when written, so the model cannot be saved with it; this one is read
 * and written line by line without closing the stream. Referenced by class name from the model's feature descriptor.
 */
public final class WordClusterFeatures implements AdaptiveFeatureGenerator {

    private final Table table;
    private final String prefix;

    public WordClusterFeatures(Table table, String prefix) {
        this.table = table;
        this.prefix = prefix;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String cluster = table.clusters().get(tokens[index].toLowerCase(Locale.ROOT));
        if (cluster != null) {
            features.add(prefix + "=" + cluster);
        }
    }

    /** Word -> cluster id, as "word cluster" lines. */
    public record Table(Map<String, String> clusters) implements SerializableArtifact {

        @Override
        public Class<?> getArtifactSerializerClass() {
            return Serializer.class;
        }
    }

    /** Reads and writes a Table inside a model's zip without closing the zip stream. */
    public static final class Serializer implements ArtifactSerializer<Table> {

        @Override
        public Table create(InputStream in) throws IOException {
            Map<String, String> clusters = new HashMap<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                int space = line.indexOf(' ');
                if (space > 0) {
                    clusters.put(line.substring(0, space), line.substring(space + 1).strip());
                }
            }
            return new Table(Map.copyOf(clusters));
        }

        @Override
        public void serialize(Table table, OutputStream out) throws IOException {
            StringBuilder lines = new StringBuilder();
            table.clusters().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(entry -> lines.append(entry.getKey()).append(' ').append(entry.getValue()).append('\n'));
            out.write(lines.toString().getBytes(StandardCharsets.UTF_8));
            out.flush();
        }
    }

    /** {@code <generator class="...WordClusterFeatures$Factory"><str name="dict">name.clusters</str></generator>} */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            String name = getStr("dict");
            Object table = resourceManager == null ? null : resourceManager.getResource(name);
            if (!(table instanceof Table clusters)) {
                throw new InvalidFormatException("No word cluster table '" + name + "' in the model");
            }
            return new WordClusterFeatures(clusters, name.substring(0, name.indexOf('.')));
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() throws InvalidFormatException {
            return Map.of(getStr("dict"), new Serializer());
        }
    }
}
