package com.jobmatch.common.ratelimit;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/** Applies {@link RateLimited} before the operation runs, so a refused call costs no work. */
@RateLimited
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 100)
public class RateLimitInterceptor {

    private final RateLimiter limiter;

    public RateLimitInterceptor(RateLimiter limiter) {
        this.limiter = limiter;
    }

    @AroundInvoke
    Object limit(InvocationContext ctx) throws Exception {
        RateLimited binding = ctx.getMethod().getAnnotation(RateLimited.class);
        if (binding == null) {
            binding = ctx.getMethod().getDeclaringClass().getAnnotation(RateLimited.class);
        }
        limiter.check(binding.value());
        return ctx.proceed();
    }
}
