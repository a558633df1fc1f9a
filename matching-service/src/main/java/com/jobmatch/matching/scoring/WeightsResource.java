package com.jobmatch.matching.scoring;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.common.security.Caller;
import com.jobmatch.common.security.Roles;
import com.jobmatch.contract.api.Page;
import com.jobmatch.contract.model.CollarType;
import com.jobmatch.contract.model.Weights;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

/** Admins: the collar weights, their A/B variants, and which variant a person gets. */
@Path("/api/matches/admin/weights")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class WeightsResource {

    private static final Pattern VARIANT = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    private final WeightsService weights;
    private final Caller caller;

    public WeightsResource(WeightsService weights, Caller caller) {
        this.weights = weights;
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "listWeights")
    public Page<WeightsView> all(@QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                     @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        return weights.page(page, size);
    }

    @PUT
    @Path("/{collar}/{variant}")
    @Operation(operationId = "updateWeights")
    public WeightsView update(@PathParam("collar") String collar, @PathParam("variant") String variant,
                              @Valid @NotNull WeightsRequest request) {
        return weights.update(caller.userId(), collar(collar), variant(variant), weightsOf(request), request.sum(),
                request.active(), request.description());
    }

    /** Creates an A/B variant of a collar's weights; active variants share that collar's users evenly. */
    @POST
    @Path("/{collar}/{variant}")
    @Operation(operationId = "createWeights")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WeightsView.class)))
    @APIResponse(responseCode = "409", description = "The variant already exists")
    public Response create(@PathParam("collar") String collar, @PathParam("variant") String variant,
                           @Valid @NotNull WeightsRequest request) {
        var created = weights.create(caller.userId(), collar(collar), variant(variant), weightsOf(request), request.sum(),
                request.active(), request.description());
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Path("/assignments/{userId}")
    @Operation(operationId = "getVariantAssignment")
    public VariantAssignment assignment(@PathParam("userId") UUID userId) {
        return weights.assignment(userId);
    }

    private static Weights weightsOf(WeightsRequest r) {
        return new Weights(r.qualification().doubleValue(), r.experience().doubleValue(), r.skills().doubleValue(),
                r.location().doubleValue(), r.category().doubleValue(), r.personalization().doubleValue());
    }

    private static CollarType collar(String value) {
        try {
            return CollarType.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalidField("collar", "must be one of " + Arrays.toString(CollarType.values()));
        }
    }

    private static String variant(String value) {
        if (!VARIANT.matcher(value).matches()) {
            throw ProblemException.invalidField("variant", "lower-case letters, digits and dashes, at most 40");
        }
        return value;
    }
}
