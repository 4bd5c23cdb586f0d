package fr.reperes.autonomy;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the young person writes in their request for a contrat jeune majeur: their own words, for their référent.
 *
 * @param sharedWithParents the young person chose to share the request (and its documents) with their parents
 */
public record RequestDraft(
        String plans,
        boolean housing,
        boolean allowance,
        boolean educationalSupport,
        String otherSupport,
        boolean sharedWithParents) {

    /** A request kept from the parents (the default). */
    public RequestDraft(
            String plans, boolean housing, boolean allowance, boolean educationalSupport, String otherSupport) {
        this(plans, housing, allowance, educationalSupport, otherSupport, false);
    }

    public static RequestDraft empty() {
        return new RequestDraft("", false, false, false, "");
    }

    public boolean asksSomething() {
        return housing || allowance || educationalSupport || (otherSupport != null && !otherSupport.isBlank());
    }

    /**
     * What the step {@code step} of the request still lacks, as field name to message key: the plans (step 1) and
     * something asked (step 2) are required; the documents (3) are optional. The one rule for passing a step and
     * for sending the request.
     */
    public Map<String, String> missingAt(int step) {
        Map<String, String> missing = new LinkedHashMap<>();
        if (step == 1 && (plans == null || plans.isBlank())) {
            missing.put("plans", "request.error.plans");
        }
        if (step == 2 && !asksSomething()) {
            missing.put("support", "request.error.support");
        }
        return missing;
    }

    /**
     * The step a saved draft reopens at: the first required step not done yet, else the documents while none is
     * joined, else the review. Derived from what is filled, so it never claims a step the young person did not do.
     */
    public int resumeStep(int documentCount) {
        if (!missingAt(1).isEmpty()) {
            return 1;
        }
        if (!missingAt(2).isEmpty()) {
            return 2;
        }
        return documentCount == 0 ? 3 : 4;
    }
}
