package com.jobmatch.resume.resumes;

import com.jobmatch.common.problem.ProblemException;

/** The page and size every paged list of the service accepts. */
public final class Paging {

    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static void check(int page, int size) {
        check(page, size, MAX_SIZE);
    }

    /** For a list whose callers need larger pages than people do (matching-service reads resumes 500 at a time). */
    public static void check(int page, int size, int maxSize) {
        if (page < 0) {
            throw ProblemException.invalidField("page", "must be 0 or more");
        }
        if (size < 1 || size > maxSize) {
            throw ProblemException.invalidField("size", "must be between 1 and " + maxSize);
        }
    }
}
