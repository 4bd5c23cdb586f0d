package fr.reperes.access;

import fr.reperes.identity.Role;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What one viewer may read of one young person's content, item by item, from one reading of the facts. Services
 * filter what they return with it (never the views): domain-tagged items drop out when their domain is refused,
 * the young person's own words when they are not for this reader.
 */
public final class ContentReader {

    private final AccessPolicy policy;
    private final @Nullable Role role;
    private final Situation situation;

    ContentReader(AccessPolicy policy, @Nullable Role role, Situation situation) {
        this.policy = policy;
        this.role = role;
        this.situation = Objects.requireNonNull(situation);
    }

    public AccessDecision decide(Content content) {
        return policy.decide(role, situation, content);
    }

    public boolean mayRead(Content content) {
        return decide(content).allowed();
    }

    /** Whether content of {@code kind} in {@code domain} may be read. */
    public boolean mayRead(InformationKind kind, ContentDomain domain) {
        return mayRead(Content.of(kind, domain));
    }

    /** The items of {@code kind} whose domain the reader may see, in their order. */
    public <T extends DomainTagged> List<T> readable(InformationKind kind, Collection<T> items) {
        return items.stream().filter(item -> mayRead(kind, item.domain())).toList();
    }
}
