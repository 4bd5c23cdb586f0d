package fr.reperes.access;

/**
 * An item of content that carries its domain (a grid answer, a step, a goal, a PPE domain...), so that a service can
 * ask {@link ContentReader} item by item whether the reader may see it.
 */
public interface DomainTagged {

    ContentDomain domain();
}
