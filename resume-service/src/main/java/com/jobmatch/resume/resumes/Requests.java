package com.jobmatch.resume.resumes;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/** Request bodies of the resume API. */
public final class Requests {

    private Requests() {
    }

    public record FieldValue(@NotBlank @Size(max = 200) String field, JsonNode value) {
    }

    public record CorrectionRequest(@NotEmpty @Size(max = 100) List<@Valid @NotNull FieldValue> changes,
                                    @Size(max = 500) String summary) {
    }

    public record ManualResumeRequest(@NotBlank @Size(max = 200) String title, @NotNull JsonNode resumeData) {
    }

    public record SettingsRequest(@Size(max = 200) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String title,
                                  Boolean searchable) {
    }

    /** PRIVATE, ALL_ORGANIZATIONS, or SELECTED_ORGANIZATIONS with the organizations' ids. */
    public record VisibilityRequest(@NotBlank String visibility, @Size(max = 50) List<@NotNull UUID> organizations) {
    }

    public record OptimizeRequest(@NotNull UUID jobId) {
    }

    public record FeedbackRequest(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String comment) {
    }

    public record LegacyImportRequest(@NotEmpty @Size(max = 500) List<@NotNull JsonNode> documents) {
    }
}
