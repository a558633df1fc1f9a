package com.jobmatch.ai;

import com.jobmatch.common.testing.PersistenceRulesTestBase;

/** The suite's persistence rule on ai-service: resources touch no entities or SQL, stores own all SQL. */
class PersistenceRulesTest extends PersistenceRulesTestBase {

    @Override
    protected String basePackage() {
        return "com.jobmatch.ai";
    }
}
