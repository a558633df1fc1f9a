package com.jobmatch.e2e.sample;

import com.jobmatch.e2e.support.Repository;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the committed sample data. Run it after changing {@link Occupation}, {@link SampleJobs} or the demo
 * resume text:
 * {@code ./mvnw -B -o test -pl e2e-tests -Dsurefire.excludedGroups=none -Dgroups=tool -Dtest=SampleDataTool}
 */
@Tag("tool")
class SampleDataTool {

    @Test
    void writeSampleData() throws Exception {
        Path dir = Repository.root().resolve("scripts/sample-data");
        Files.writeString(dir.resolve("jobs.json"), SampleJobs.toJson(SampleJobs.generate()));
        DemoResumePdf.write(Files.readAllLines(dir.resolve("demo-resume.txt")), dir.resolve("demo-resume.pdf"));
    }
}
