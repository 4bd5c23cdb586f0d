package fr.reperes.access;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The facts the policy needs about a viewer and a young person, read from the file at the moment of asking.
 *
 * @param relationship            how the viewer stands to the young person
 * @param authority               for a parent, the state of their parental authority; null otherwise
 * @param adult                   the young person is 18 or over today
 * @param anonymityOrdered        a judge ordered that the parents are not told where the young person lives
 * @param grantedByYoungAdult     for a parent, the young adult agreed to share their file with them
 */
public record Situation(
        Relationship relationship,
        @Nullable ParentalAuthority authority,
        boolean adult,
        boolean anonymityOrdered,
        boolean grantedByYoungAdult) {

    public Situation {
        Objects.requireNonNull(relationship, "relationship");
        if (relationship == Relationship.PARENT) {
            Objects.requireNonNull(authority, "a parent's situation states their parental authority");
        }
    }

    public static Situation of(Relationship relationship, boolean adult) {
        return new Situation(relationship, null, adult, false, false);
    }

    public static Situation parent(
            ParentalAuthority authority, boolean adult, boolean anonymityOrdered, boolean grantedByYoungAdult) {
        return new Situation(Relationship.PARENT, authority, adult, anonymityOrdered, grantedByYoungAdult);
    }
}
