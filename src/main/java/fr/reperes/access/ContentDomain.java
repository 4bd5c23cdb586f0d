package fr.reperes.access;

/**
 * A domain that tags content about a young person (a domain of the autonomy grid, of the PPE...). Content tagged
 * with a health domain is health information wherever it appears, so the policy decides it as {@link
 * InformationKind#HEALTH} as well as the kind of the page it is on: a young adult's health stays private from their
 * parents even when they shared the rest of their file. Every enum of domains implements this (ContentDomainsTest).
 */
public interface ContentDomain {

    /** Content in this domain is about the young person's health. */
    boolean health();
}
