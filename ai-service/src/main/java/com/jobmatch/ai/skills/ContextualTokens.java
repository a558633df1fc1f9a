package com.jobmatch.ai.skills;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Contextual vectors of a sentence's tokens: the all-MiniLM-L6-v2 encoder the service already ships (the quantized
 * ONNX model and its WordPiece vocabulary, read from the langchain4j jar) run over the sentence, its last hidden
 * state (384 numbers per word piece) averaged over the pieces of each token. LangChain4j exposes only the pooled
 * sentence vector, so the model is run here directly with ONNX Runtime.
 *
 * <p>The WordPiece tokenizer is written here (BERT's uncased rules: lower case, accents and control characters
 * dropped, punctuation split off, greedy longest-match pieces with "##") rather than taken from DJL's native
 * HuggingFace tokenizer: the native library loads into one class loader per JVM, which the service's own embedding
 * model already holds (see the README), and each token is split on its own so that every piece is known to belong to
 * exactly one token.
 */
public final class ContextualTokens {

    public static final int DIMENSION = 384;

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String VOCABULARY = "all-minilm-l6-v2-q-tokenizer.json";

    /** Word pieces per model call, [CLS] and [SEP] included; the encoder was trained on inputs of up to 128. */
    private static final int WINDOW = 128;

    private static final int MAX_WORD_CHARACTERS = 100;

    private final OrtEnvironment environment;
    private final OrtSession session;
    private final Map<String, Integer> vocabulary;
    private final int unknown;
    private final int classify;
    private final int separate;

    public ContextualTokens() {
        try {
            environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1); // one sentence is small; callers run sentences on their own threads
            session = environment.createSession(read(MODEL), options);
            vocabulary = vocabulary(read(VOCABULARY));
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the token encoder " + MODEL, e);
        }
        unknown = vocabulary.get("[UNK]");
        classify = vocabulary.get("[CLS]");
        separate = vocabulary.get("[SEP]");
    }

    /** One vector per token (the mean of its word pieces' last hidden states); a token with no piece gets zeros. */
    public float[][] vectors(List<String> tokens) {
        List<int[]> pieces = new ArrayList<>(tokens.size());
        for (String token : tokens) {
            pieces.add(pieces(token));
        }
        float[][] vectors = new float[tokens.size()][DIMENSION];
        int first = 0;
        while (first < tokens.size()) {
            int last = first;
            int length = 0;
            while (last < tokens.size() && (last == first || length + pieces.get(last).length <= WINDOW - 2)) {
                length += Math.min(pieces.get(last).length, WINDOW - 2);
                last++;
            }
            encode(pieces.subList(first, last), vectors, first);
            first = last;
        }
        return vectors;
    }

    private void encode(List<int[]> tokenPieces, float[][] vectors, int offset) {
        List<Integer> ids = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        ids.add(classify);
        owner.add(-1);
        for (int t = 0; t < tokenPieces.size(); t++) {
            for (int piece : tokenPieces.get(t)) {
                if (ids.size() < WINDOW - 1) {
                    ids.add(piece);
                    owner.add(t);
                }
            }
        }
        ids.add(separate);
        owner.add(-1);
        long[] input = ids.stream().mapToLong(Integer::longValue).toArray();
        long[] shape = {1, input.length};
        long[] ones = new long[input.length];
        java.util.Arrays.fill(ones, 1);
        try (OnnxTensor inputIds = OnnxTensor.createTensor(environment, LongBuffer.wrap(input), shape);
             OnnxTensor mask = OnnxTensor.createTensor(environment, LongBuffer.wrap(ones), shape);
             OnnxTensor types = OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[input.length]), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", inputIds, "attention_mask", mask, "token_type_ids", types))) {
            float[][] hidden = ((float[][][]) result.get(0).getValue())[0];
            int[] counts = new int[tokenPieces.size()];
            for (int p = 0; p < hidden.length; p++) {
                int t = owner.get(p);
                if (t >= 0) {
                    counts[t]++;
                    float[] vector = vectors[offset + t];
                    for (int d = 0; d < DIMENSION; d++) {
                        vector[d] += hidden[p][d];
                    }
                }
            }
            for (int t = 0; t < counts.length; t++) {
                for (int d = 0; counts[t] > 1 && d < DIMENSION; d++) {
                    vectors[offset + t][d] /= counts[t];
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException("The token encoder failed", e);
        }
    }

    /** The WordPiece ids of one token (BERT uncased normalisation, punctuation split off). */
    int[] pieces(String token) {
        String normal = Normalizer.normalize(token.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        List<Integer> ids = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < normal.length(); i++) {
            char c = normal.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.CONTROL || type == Character.FORMAT || c == 0xFFFD) {
                continue;
            }
            if (Character.isWhitespace(c) || punctuation(c)) {
                wordPieces(word.toString(), ids);
                word.setLength(0);
                if (!Character.isWhitespace(c)) {
                    wordPieces(String.valueOf(c), ids);
                }
            } else {
                word.append(c);
            }
        }
        wordPieces(word.toString(), ids);
        return ids.stream().mapToInt(Integer::intValue).toArray();
    }

    private void wordPieces(String word, List<Integer> ids) {
        if (word.isEmpty()) {
            return;
        }
        if (word.length() > MAX_WORD_CHARACTERS) {
            ids.add(unknown);
            return;
        }
        List<Integer> found = new ArrayList<>();
        int start = 0;
        while (start < word.length()) {
            int end = word.length();
            Integer id = null;
            while (start < end) {
                String piece = (start > 0 ? "##" : "") + word.substring(start, end);
                id = vocabulary.get(piece);
                if (id != null) {
                    break;
                }
                end--;
            }
            if (id == null) {
                ids.add(unknown); // BERT: a word with any unknown part is one [UNK]
                return;
            }
            found.add(id);
            start = end;
        }
        ids.addAll(found);
    }

    /** BERT's punctuation: ASCII non-alphanumeric symbols and Unicode punctuation. */
    private static boolean punctuation(char c) {
        if ((c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }

    /** The "vocab" object of the tokenizer's JSON: piece -> id. */
    private static Map<String, Integer> vocabulary(byte[] json) {
        try {
            Map<String, Integer> vocabulary = new HashMap<>(40_000);
            new ObjectMapper().readTree(json).path("model").path("vocab").properties()
                    .forEach(entry -> vocabulary.put(entry.getKey(), entry.getValue().intValue()));
            return vocabulary;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the encoder's vocabulary " + VOCABULARY, e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ContextualTokens.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the classpath: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
