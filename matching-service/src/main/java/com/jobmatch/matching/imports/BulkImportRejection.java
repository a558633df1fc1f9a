package com.jobmatch.matching.imports;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.UUID;

/** A row of an import that was not stored, and why. */
@Entity
@Table(name = "bulk_import_rejections")
public class BulkImportRejection extends PanacheEntityBase {

    @Id
    @GeneratedValue
    public UUID id;

    @Column(name = "import_id", nullable = false)
    public UUID importId;

    @Column(name = "row_number", nullable = false)
    public int rowNumber;

    @Column(name = "external_id")
    public String externalId;

    @Column(nullable = false)
    public String reason;
}
