-- Read-only views a module publishes so that another module's set-based queries (a paged list, a reminder sweep,
-- an ODPE count) need not read its tables. Each view is documented in the owning module's package-info.java, carries
-- only the columns other modules need (no contact details, no placement) and is merged by MariaDB into the calling
-- query, so indexes on the underlying table still serve it. Read-only by contract (TableOwnershipTest fails on a
-- write through a view). The one free text, a meeting's place, stays a family text under an anonymity order
-- (registered as meeting.place): a module that shows it to a parent filters it as the dossier does.

-- Owned by dossier: who the young person is, for lists and age rules.
CREATE ALGORITHM = MERGE VIEW dossier_young_person_view AS
SELECT id, departement_id, territory_id, referent_id, first_name, last_name, birth_date
FROM young_person;

-- Owned by dossier: the département's territories, for figures by territory.
CREATE ALGORITHM = MERGE VIEW dossier_territory_view AS
SELECT id, departement_id, name
FROM territory;

-- Owned by dossier: when and where a meeting takes place (the autonomy interview is a meeting).
CREATE ALGORITHM = MERGE VIEW dossier_meeting_view AS
SELECT id, young_person_id, kind, starts_at, place
FROM meeting;

-- Owned by identity: which person an account stands for; no name, address or e-mail.
CREATE ALGORITHM = MERGE VIEW identity_account_view AS
SELECT id, departement_id, role, young_person_id, parent_id, professional_id, disabled_at
FROM account;

-- Owned by autonomy, for the observatory: facts of the pathway, no words.
CREATE ALGORITHM = MERGE VIEW autonomy_interview_view AS
SELECT young_person_id, held_on
FROM autonomy_interview;

CREATE ALGORITHM = MERGE VIEW autonomy_request_view AS
SELECT young_person_id, status, submitted_on, decided_on
FROM young_adult_request;

CREATE ALGORITHM = MERGE VIEW autonomy_contract_view AS
SELECT young_person_id, starts_on, renews_contract_id
FROM young_adult_contract;
