package com.jobmatch.matching.bench;

import com.jobmatch.contract.model.Vectors;
import com.jobmatch.matching.enrichment.Statements;
import com.jobmatch.matching.scoring.NearestOccupationTest;
import com.jobmatch.matching.testing.PostingEmbeddings;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes the posting embeddings tests read ({@link PostingEmbeddings}): each posting embedded as enrichment embeds it,
 * its title and text cut into statements ({@link Statements}), their unit centroid, by the in-process model ai-service
 * embeds with. Run with bench/posting-embedding-fixtures.sh after changing a test posting's text.
 */
@Tag("bench")
class PostingEmbeddingFixtures {

    /** Title and text of every posting a test embeds. */
    static final List<String[]> POSTINGS = List.of(
            new String[] {NearestOccupationTest.BOOKKEEPING_TITLE, NearestOccupationTest.BOOKKEEPING},
            new String[] {"Posting 20", NearestOccupationTest.BOOKKEEPING},
            new String[] {"b", "c"},
            new String[] {NearestOccupationTest.JAVA_DEVELOPER_TITLE, NearestOccupationTest.JAVA_DEVELOPER},
            new String[] {NearestOccupationTest.MONITORING_TITLE, NearestOccupationTest.MONITORING});

    @Test
    void writesTheEmbeddingsOfTheTestPostings() throws IOException {
        AllMiniLmL6V2QuantizedEmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();
        StringBuilder out = new StringBuilder("# embeddings of the test postings (SHA-256 of title and text, title, values), "
                + "all-MiniLM-L6-v2-q as enrichment embeds a job; written by bench.PostingEmbeddingFixtures\n");
        for (String[] posting : POSTINGS) {
            List<String> statements = Statements.of(PostingEmbeddings.text(posting[0], posting[1]),
                    Statements.MAX_JOB_STATEMENTS);
            float[] vector = Vectors.centroid(model.embedAll(statements.stream().map(TextSegment::from).toList())
                    .content().stream().map(Embedding::vector).toList());
            StringBuilder values = new StringBuilder();
            for (float v : vector) {
                values.append(values.isEmpty() ? "" : ",").append(String.format(Locale.ROOT, "%.7f", v));
            }
            out.append(PostingEmbeddings.key(posting[0], posting[1])).append('\t').append(posting[0]).append('\t')
                    .append(values).append('\n');
        }
        Path file = Path.of("src", "test", "resources", PostingEmbeddings.FIXTURE);
        Files.writeString(file, out.toString());
        System.out.printf("wrote %s: %d postings%n", file, POSTINGS.size());
    }
}
