package com.jobmatch.user.tokens;

import com.jobmatch.common.problem.ProblemException;
import com.jobmatch.contract.api.ServiceAuthApi;
import com.jobmatch.contract.api.ServiceTokenRequest;
import com.jobmatch.contract.api.TokenResponse;
import com.jobmatch.user.accounts.RequestOrigin;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import java.util.Set;

/** Client-credentials tokens for the other services (role service, audience jobmatch-services). */
public class ServiceTokenResource implements ServiceAuthApi {

    private final ServiceAccounts accounts;
    private final Validator validator;
    private final RequestOrigin origin;

    public ServiceTokenResource(ServiceAccounts accounts, Validator validator, RequestOrigin origin) {
        this.accounts = accounts;
        this.validator = validator;
        this.origin = origin;
    }

    /** Validated here because an implementation may not add constraints to the contract's parameter. */
    @Override
    @PermitAll
    public TokenResponse issueServiceToken(ServiceTokenRequest request) {
        if (request == null) {
            throw ProblemException.badRequest("A JSON body with clientId and clientSecret is required");
        }
        Set<ConstraintViolation<ServiceTokenRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        String token = accounts.issueToken(request.clientId(), request.clientSecret(), origin.client());
        return new TokenResponse(token, null, "Bearer", accounts.tokenLifetimeSeconds());
    }
}
