package com.jobmatch.matching;

import com.jobmatch.common.testing.PersistenceRulesTestBase;

/** The suite's persistence rule on matching-service: resources touch no entities or SQL, stores own all SQL. */
class PersistenceRulesTest extends PersistenceRulesTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.matching";
    }
}
