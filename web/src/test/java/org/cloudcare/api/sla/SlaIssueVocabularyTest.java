package org.cloudcare.api.sla;

import java.util.Map;

import org.cloudcare.api.VocabularyContract;
import org.cloudcare.sla.entity.SlaIssueStatus;

/** Contract drift: the SLA issue status of the GraphQL contract carries exactly the domain's constants. */
class SlaIssueVocabularyTest extends VocabularyContract {

    SlaIssueVocabularyTest() {
        super(SlaIssueGraphQL.class, Map.of(SlaIssueGraphQL.IssueStatus.class, SlaIssueStatus.class));
    }
}
