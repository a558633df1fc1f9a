package com.jobmatch.common.ratelimit;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an expensive operation: each call takes one token from the caller's and the client address's bucket of
 * the named limit ({@code jobmatch.rate-limits.<name>.*}); an empty bucket answers 429 with Retry-After.
 */
@InterceptorBinding
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface RateLimited {

    /** The limit's name in configuration, e.g. {@code resume-analyses}. */
    @Nonbinding
    String value() default "";
}
