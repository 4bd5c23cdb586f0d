package fr.reperes.autonomy.caseload;

import java.util.Arrays;
import org.springframework.data.domain.Sort;

/**
 * The columns the référent's pathway list sorts on, in SQL so that paging stays right. Only these reach the ORDER BY:
 * a sort property from the screen is looked up here, never copied into the statement. Empty values sort last in
 * both directions.
 */
public enum PathwaySort {
    NAME("name", "x.last_name %1$s, x.first_name %1$s"),
    EIGHTEENTH_BIRTHDAY("eighteenth", "x.eighteenth %1$s"),
    // Older is a birth date further back: the age ascends as the birth date descends.
    AGE("age", "x.birth_date %2$s"),
    CONTRACT_END("contractEnd", "x.contract_ends_on IS NULL, x.contract_ends_on %1$s"),
    // In the order of the pathway, from draft to decision.
    REQUEST_STATUS(
            "requestStatus",
            "x.request_status IS NULL, FIELD(x.request_status, 'DRAFT', 'SUBMITTED', "
                    + "'UNDER_REVIEW', 'IN_COMMISSION', 'GRANTED', 'REFUSED') %1$s");

    private final String property;
    private final String orderBy;

    PathwaySort(String property, String orderBy) {
        this.property = property;
        this.orderBy = orderBy;
    }

    /** The name a screen sorts by (a grid column's sort property). */
    public String property() {
        return property;
    }

    public static PathwaySort of(String property) {
        return Arrays.stream(values())
                .filter(sort -> sort.property.equals(property))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a sortable column: " + property));
    }

    String orderBy(Sort.Direction direction) {
        return orderBy.formatted(direction.isAscending() ? "ASC" : "DESC", direction.isAscending() ? "DESC" : "ASC");
    }
}
