package com.jobmatch.common.web;

import java.util.List;

/**
 * One page of a list, the one shape every list of the API answers: {@code page} counts from 0, {@code size} is the
 * page size asked for, {@code total} counts every item of the list. Services that had their own copy before this one
 * existed (user, resume, matching) keep it until they are moved; new lists use this one.
 */
public record Page<T>(List<T> items, int page, int size, long total) {
}
