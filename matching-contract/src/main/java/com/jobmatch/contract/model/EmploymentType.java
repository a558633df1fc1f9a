package com.jobmatch.contract.model;

public enum EmploymentType {
    FULL_TIME, PART_TIME, CONTRACT, TEMPORARY, INTERNSHIP, VOLUNTEER, OTHER
}
