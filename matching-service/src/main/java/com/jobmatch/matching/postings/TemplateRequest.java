package com.jobmatch.matching.postings;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A job template of the organization: a name and the fields a job made from it starts with. */
public record TemplateRequest(@NotBlank @Size(max = 200) String name, @NotNull @Valid PostingFields posting) {
}
