package com.jobmatch.matching.imports;

import com.jobmatch.contract.api.Page;
import com.jobmatch.matching.catalogue.JobPosting;
import com.jobmatch.matching.catalogue.PostingBatchWriter;
import com.jobmatch.matching.catalogue.PostingValidator;
import com.jobmatch.matching.catalogue.UpsertOutcome;

import com.jobmatch.common.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A bulk import: the whole file is read first (an unreadable file is refused before anything is written),
 * each row is validated, and the valid rows, the rejections and the import record are written in one
 * transaction.
 */
@ApplicationScoped
public class ImportService {

    private final JsonPostingReader json;
    private final JsonLdPostingReader jsonLd;
    private final CsvPostingReader csv;
    private final PostingBatchWriter writer;
    private final BulkImportRepository records;

    public ImportService(JsonPostingReader json, JsonLdPostingReader jsonLd, CsvPostingReader csv, PostingBatchWriter writer,
                         BulkImportRepository records) {
        this.json = json;
        this.jsonLd = jsonLd;
        this.csv = csv;
        this.writer = writer;
        this.records = records;
    }

    /** The latest import records, newest first, without their rejected rows. */
    @Transactional
    public Page<ImportView> latest(int page, int size) {
        return new Page<>(records.latest(page, size).stream().map(i -> ImportView.of(i, List.of())).toList(), page, size,
                records.total());
    }

    /** One import record with its rejected rows (404 "Import" when unknown). */
    @Transactional
    public ImportView one(UUID id) {
        BulkImport record = records.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Import"));
        return ImportView.of(record, records.rejections(id));
    }

    public ImportView importFile(ImportFormat format, String source, String requestedBy, String body, CsvMapping mapping) {
        List<ParsedRow> rows = switch (format) {
            case JSON -> json.read(body);
            case JSON_LD -> jsonLd.read(body);
            case CSV -> csv.read(body, mapping, source);
            case FEED -> throw new IllegalArgumentException("feeds are collected, not imported");
        };
        List<JobPosting> valid = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (ParsedRow row : rows) {
            JobPosting posting = row.posting() == null ? null : row.posting().withDefaultSource(source);
            Optional<String> problem = row.rejection() != null ? Optional.of(row.rejection()) : PostingValidator.problem(posting);
            if (problem.isPresent()) {
                rejected.add(new Rejected(row.rowNumber(), posting == null ? null : posting.externalId(), problem.get()));
            } else {
                valid.add(posting);
            }
        }
        AtomicReference<ImportResult> result = new AtomicReference<>();
        writer.write(valid, counts -> {
            BulkImport record = new BulkImport();
            record.format = format;
            record.source = source;
            record.requestedBy = requestedBy;
            record.status = ImportStatus.COMPLETED;
            record.totalRows = rows.size();
            record.newCount = counts.get(UpsertOutcome.NEW);
            record.updatedCount = counts.get(UpsertOutcome.UPDATED);
            record.unchangedCount = counts.get(UpsertOutcome.UNCHANGED);
            record.rejectedCount = rejected.size();
            record.finishedAt = OffsetDateTime.now();
            records.persist(record);
            List<BulkImportRejection> rejections = new ArrayList<>();
            for (Rejected r : rejected) {
                BulkImportRejection rejection = new BulkImportRejection();
                rejection.importId = record.id;
                rejection.rowNumber = r.rowNumber();
                rejection.externalId = r.externalId();
                rejection.reason = r.reason();
                records.persist(rejection);
                rejections.add(rejection);
            }
            result.set(new ImportResult(record, rejections));
        });
        return ImportView.of(result.get().record(), result.get().rejections());
    }

    private record Rejected(int rowNumber, String externalId, String reason) {
    }
}
