package com.jobmatch.matching.bench;

import com.jobmatch.common.testing.TestJwtKeys;
import com.jobmatch.matching.FakeServices;
import com.jobmatch.matching.imports.CsvMapping;
import com.jobmatch.matching.imports.ImportFormat;
import com.jobmatch.matching.imports.ImportView;
import com.jobmatch.matching.imports.ImportService;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Imports the public LinkedIn 2018 and Glassdoor 2019 CSVs from ../shared/data as they are (run by
 * bench/import-real-jobs.sh). Prints per file: rows, new, rejected, time of the first import, and time of the
 * same import again (the idempotent path, all rows unchanged) as the baseline measured in the same run.
 */
@QuarkusTest
@QuarkusTestResource(TestJwtKeys.class)
@QuarkusTestResource(FakeServices.class)
@Tag("bench")
class RealJobsImportBench {

    private record Input(String file, String preset) {
    }

    private static final List<Input> INPUTS = List.of(
            new Input("jobs/linkedin-2018/DataScientist.csv", "linkedin-2018"),
            new Input("jobs/linkedin-2018/DataAnalyst.csv", "linkedin-2018"),
            new Input("jobs/linkedin-2018/cal_ds_500.csv", "linkedin-2018"),
            new Input("jobs/linkedin-2018/cal_da_500.csv", "linkedin-2018"),
            new Input("jobs/glassdoor-2019/Uncleaned_DS_jobs.csv", "glassdoor-2019"));

    @Inject
    ImportService imports;

    @Test
    void importRealPostings() throws IOException {
        Path data = Path.of(System.getenv().getOrDefault("SHARED_DATA", "../../shared/data"));
        Assumptions.assumeTrue(Files.isDirectory(data.resolve("jobs")), "no shared job data at " + data);
        System.out.printf("%-40s %6s %6s %8s %12s %12s %7s%n", "file", "rows", "new", "rejected", "first ms", "again ms", "ratio");
        for (Input input : INPUTS) {
            String body = Files.readString(data.resolve(input.file()), StandardCharsets.UTF_8);
            String source = "bench-" + input.preset() + "-" + Path.of(input.file()).getFileName();
            CsvMapping mapping = CsvMapping.of(input.preset(), List.of());
            long t0 = System.nanoTime();
            ImportView first = imports.importFile(ImportFormat.CSV, source, "bench", body, mapping);
            long t1 = System.nanoTime();
            ImportView again = imports.importFile(ImportFormat.CSV, source, "bench", body, mapping);
            long t2 = System.nanoTime();
            assertEquals(0, again.newCount() + again.updatedCount(), "re-import changes nothing");
            double firstMs = (t1 - t0) / 1e6;
            double againMs = (t2 - t1) / 1e6;
            System.out.printf("%-40s %6d %6d %8d %12.0f %12.0f %7.2f%n", input.file(), first.totalRows(),
                    first.newCount(), first.rejectedCount(), firstMs, againMs, firstMs / againMs);
            first.rejections().stream().limit(3).forEach(r -> System.out.printf("    rejected row %d: %s%n", r.row(), r.reason()));
        }
    }
}
