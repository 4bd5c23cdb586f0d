package fr.reperes.identity;

import java.time.Instant;

/** The code to hand over, shown once: only its hash is kept. */
public record IssuedInvitation(String code, Instant expiresAt) {}
