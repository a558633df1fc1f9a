package com.jobmatch.contract.model;

/** The kind of work a job or a person is in; each collar has its own scoring weights. */
public enum CollarType {
    WHITE, BLUE, PINK, GREY, GREEN
}
