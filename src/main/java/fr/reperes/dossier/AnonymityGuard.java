package fr.reperes.dossier;

import fr.reperes.access.AccessDecision;
import fr.reperes.access.AccessReason;
import fr.reperes.dossier.anonymity.AnonymityRecheck;
import fr.reperes.dossier.anonymity.PdfReading;
import fr.reperes.dossier.anonymity.PlacementSecrets;
import fr.reperes.identity.Role;
import fr.reperes.identity.Viewer;
import fr.reperes.platform.InvalidInputException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The one guard of the anonymity order, for every module. Under a judge's order that the parents must not learn where
 * the child lives, it refuses any text the family reads (a title, a place, notes, a PPE, an answer, an objective, an
 * imported field) and any PDF shared with them that names the placement: the lieu d'accueil's name, street, town,
 * postcode or phone, or a person of the placement ({@link PlacementSecrets}). The policy hides the placement fields;
 * this keeps a professional from writing them by mistake where parents read. What was written before the order or
 * before the placement changed is checked again ({@link AnonymityRecheck}) and withheld from parents
 * ({@link #filterFor}) until the référent reviews it.
 */
@Component
public class AnonymityGuard {

    public static final String LEAK = "anonymity.error.leak";
    /** The same refusal, said to the young person who wrote the text ("tu"). */
    public static final String LEAK_YOUTH = "anonymity.error.leak.youth";

    public static final String PDF_LEAK = "document.error.names-placement";
    public static final String PDF_UNREADABLE = "document.error.unreadable-under-anonymity";

    private final JdbcClient jdbc;
    /** Asked lazily: the recheck itself uses this guard. */
    private final ObjectProvider<AnonymityRecheck> recheck;

    AnonymityGuard(JdbcClient jdbc, ObjectProvider<AnonymityRecheck> recheck) {
        this.jdbc = jdbc;
        this.recheck = recheck;
    }

    /** Field name to message key, for each text that names the hidden placement; empty without an order. */
    public Map<String, String> leaks(long youngPersonId, Map<String, String> texts) {
        Map<String, String> errors = new LinkedHashMap<>();
        PlacementSecrets secrets = secretsOf(youngPersonId);
        if (secrets.isEmpty()) {
            return errors;
        }
        texts.forEach((field, text) -> {
            if (secrets.namedIn(text)) {
                errors.put(field, LEAK);
            }
        });
        return errors;
    }

    /** {@link #leaks(long, Map)}, worded for the writer: the young person is told in their own words. */
    public Map<String, String> leaks(long youngPersonId, Map<String, String> texts, Viewer writer) {
        Map<String, String> errors = leaks(youngPersonId, texts);
        if (writer.role() == Role.JEUNE) {
            errors.replaceAll((field, key) -> LEAK_YOUTH);
        }
        return errors;
    }

    /** Refuses, field by field, the texts that name the hidden placement; nothing should be written then. */
    public void check(long youngPersonId, Map<String, String> texts) {
        Map<String, String> errors = leaks(youngPersonId, texts);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** {@link #check(long, Map)} for one text. */
    public void check(long youngPersonId, String field, @Nullable String text) {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(field, text);
        check(youngPersonId, texts);
    }

    /**
     * Why a PDF cannot reach the parents under an order (a message key), or empty when it may (or when there is no
     * order): every page must be readable as text, and no page, metadata, annotation, form field or bookmark may name
     * the placement.
     */
    public Optional<String> pdfRefusal(long youngPersonId, byte[] content) {
        PlacementSecrets secrets = secretsOf(youngPersonId);
        return secrets.isEmpty() ? Optional.empty() : pdfRefusal(secrets, content);
    }

    public static Optional<String> pdfRefusal(PlacementSecrets secrets, byte[] content) {
        PdfReading reading = PdfReading.of(content);
        if (reading.texts().values().stream().anyMatch(secrets::namedIn)) {
            return Optional.of(PDF_LEAK);
        }
        return reading.readable() ? Optional.empty() : Optional.of(PDF_UNREADABLE);
    }

    /** A text for one young person's family, named by its field (an import's "meetings[3].place"). */
    public record FamilyText(
            long youngPersonId, String field, @Nullable String text) {}

    /**
     * {@link #check(long, Map)} for texts of many young people at once (an import): the secrets of all of them are
     * read in one statement.
     */
    public void checkAll(Collection<FamilyText> texts) {
        Set<Long> ids = new HashSet<>();
        texts.forEach(text -> ids.add(text.youngPersonId()));
        if (ids.isEmpty()) {
            return;
        }
        Map<Long, PlacementSecrets.Builder> builders = new HashMap<>();
        jdbc.sql(SECRETS).param("ids", ids).query(rs -> {
            add(builders.computeIfAbsent(rs.getLong("yp"), id -> PlacementSecrets.builder()), rs);
        });
        Map<Long, PlacementSecrets> secrets = new HashMap<>();
        builders.forEach((id, builder) -> secrets.put(id, builder.build()));
        Map<String, String> errors = new LinkedHashMap<>();
        for (FamilyText text : texts) {
            if (secrets.getOrDefault(text.youngPersonId(), PlacementSecrets.NONE)
                    .namedIn(text.text())) {
                errors.put(text.field(), LEAK);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The secrets of the young person's placements, or none when no anonymity order holds. */
    public PlacementSecrets secretsOf(long youngPersonId) {
        return load(youngPersonId).secrets();
    }

    /**
     * What a reader may not see of the young person's texts: for a parent under an order, every text that names the
     * placement and every text withheld at a recheck, until the référent confirmed it safe. For everyone else
     * nothing is hidden, and nothing is read.
     */
    public FamilyFilter filterFor(AccessDecision decision, long youngPersonId) {
        AccessReason reason = decision.reason();
        if (reason != AccessReason.PARENT_WITH_AUTHORITY && reason != AccessReason.PARENT_GRANTED_BY_YOUNG_ADULT) {
            return FamilyFilter.NONE;
        }
        Loaded loaded = load(youngPersonId);
        if (loaded.recheckDue()) {
            // The order or the placement changed outside the services (an import, a fix in the database).
            recheck.getObject().recheck(youngPersonId, null);
        }
        if (loaded.secrets().isEmpty()) {
            return FamilyFilter.NONE;
        }
        Set<String> withheld = new HashSet<>();
        Set<String> confirmed = new HashSet<>();
        jdbc.sql("SELECT source, row_key, reviewed_at FROM withheld_text WHERE young_person_id = :yp")
                .param("yp", youngPersonId)
                .query(rs -> {
                    String key = FamilyFilter.key(rs.getString("source"), rs.getString("row_key"));
                    (rs.getTimestamp("reviewed_at") == null ? withheld : confirmed).add(key);
                });
        return new FamilyFilter(loaded.secrets(), withheld, confirmed);
    }

    /** The placements' names, addresses and phones, and the placement's people, of young people under an order. */
    private static final String SECRETS = """
            SELECT m.young_person_id AS yp, 'M' AS part, m.placement_name AS name, m.placement_address AS address,
                   m.placement_phone AS phone, NULL AS email
            FROM measure m JOIN young_person yp ON yp.id = m.young_person_id
            WHERE m.young_person_id IN (:ids) AND yp.placement_anonymity_ordered
              AND m.placement_kind IS NOT NULL
            UNION ALL
            SELECT c.young_person_id, 'C', c.name, c.organisation, c.phone, c.email
            FROM contact c JOIN young_person yp ON yp.id = c.young_person_id
            WHERE c.young_person_id IN (:ids) AND yp.placement_anonymity_ordered AND c.part_of_placement
            UNION ALL
            SELECT young_person_id, 'D', NULL, NULL, NULL, NULL FROM anonymity_recheck
            WHERE young_person_id IN (:ids)""";

    private Loaded load(long youngPersonId) {
        PlacementSecrets.Builder secrets = PlacementSecrets.builder();
        boolean[] due = {false};
        jdbc.sql(SECRETS).param("ids", List.of(youngPersonId)).query(rs -> {
            due[0] |= add(secrets, rs);
        });
        return new Loaded(secrets.build(), due[0]);
    }

    /** Adds a row of {@link #SECRETS}; true when it says a recheck is due. */
    private static boolean add(PlacementSecrets.Builder secrets, ResultSet rs) throws SQLException {
        switch (rs.getString("part")) {
            case "M" ->
                secrets.name(rs.getString("name"))
                        .address(rs.getString("address"))
                        .phone(rs.getString("phone"));
            case "C" ->
                secrets.name(rs.getString("name"))
                        .name(rs.getString("address"))
                        .phone(rs.getString("phone"))
                        .name(rs.getString("email"));
            default -> {
                return true;
            }
        }
        return false;
    }

    private record Loaded(PlacementSecrets secrets, boolean recheckDue) {}
}
