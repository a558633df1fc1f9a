package com.jobmatch.matching.imports;

import java.util.List;

/** A finished import and the rows it did not store. */
public record ImportResult(BulkImport record, List<BulkImportRejection> rejections) {
}
