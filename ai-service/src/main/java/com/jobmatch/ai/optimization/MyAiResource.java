package com.jobmatch.ai.optimization;

import com.jobmatch.ai.optimization.PersonalHistory.HistoryEvent;
import com.jobmatch.ai.optimization.PersonalHistory.StoredOptimization;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.JobMatchAnalysis;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.api.ResumeAnalysis;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.List;
import java.util.UUID;

/** A candidate's own stored analyses, optimizations and optimization preferences (the token's subject). */
@Path("/api/ai/me")
@RolesAllowed(Roles.CANDIDATE)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyAiResource {

    /** Lists answer 20 a page unless asked otherwise, at most 100. */
    static final int MAX_SIZE = 100;

    public record Decision(@NotBlank String suggestionId, @NotNull Boolean accepted) {
    }

    public record PreferencesUpdate(@NotNull @Min(1) @Max(50) Integer maxSuggestions,
                                    @NotNull @Size(max = 3) List<@NotBlank String> enabledTypes,
                                    @Size(max = 10) List<@NotBlank @Size(max = 40) String> preferredSectionOrder,
                                    @NotNull Boolean allowLlm) {
    }

    private final PersonalHistory personal;
    private final Caller caller;

    public MyAiResource(PersonalHistory history, Caller caller) {
        this.personal = history;
        this.caller = caller;
    }

    @GET
    @Path("/resume-analyses")
    @Operation(operationId = "listMyResumeAnalyses")
    public Page<ResumeAnalysis> resumeAnalyses(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return personal.resumeAnalyses(caller.userId(), page, size);
    }

    @GET
    @Path("/job-match-analyses")
    @Operation(operationId = "listMyJobMatchAnalyses")
    public Page<JobMatchAnalysis> jobMatchAnalyses(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return personal.jobMatchAnalyses(caller.userId(), page, size);
    }

    @GET
    @Path("/optimizations")
    @Operation(operationId = "listMyOptimizations")
    public Page<StoredOptimization> optimizations(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return personal.optimizations(caller.userId(), page, size);
    }

    @GET
    @Path("/optimizations/{id}")
    @Operation(operationId = "getMyOptimization")
    public StoredOptimization optimization(@PathParam("id") UUID id) {
        return personal.optimization(id, caller);
    }

    /** Records that the person accepted or rejected one suggestion (optimization_history). */
    @POST
    @Path("/optimizations/{id}/decisions")
    @Operation(operationId = "decideOptimizationSuggestion")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HistoryEvent.class)))
    @APIResponse(responseCode = "409", description = "The suggestion was already decided")
    public HistoryEvent decide(@PathParam("id") UUID id, @Valid @NotNull Decision decision) {
        return personal.decide(id, caller, decision.suggestionId(), decision.accepted());
    }

    @GET
    @Path("/optimization-history")
    @Operation(operationId = "listMyOptimizationHistory")
    public Page<HistoryEvent> history(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(MAX_SIZE) int size) {
        return personal.history(caller.userId(), page, size);
    }

    @GET
    @Path("/preferences")
    @Operation(operationId = "getMyAiPreferences")
    public Preferences preferences() {
        return personal.preferences(caller.userId());
    }

    @PUT
    @Path("/preferences")
    @Operation(operationId = "updateMyAiPreferences")
    public Preferences updatePreferences(@Valid @NotNull PreferencesUpdate update) {
        return personal.updatePreferences(caller.userId(), new Preferences(update.maxSuggestions(),
                update.enabledTypes(), update.preferredSectionOrder() == null ? List.of() : update.preferredSectionOrder(),
                update.allowLlm()));
    }
}
