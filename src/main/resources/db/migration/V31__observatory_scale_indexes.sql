-- Issue 14, the observatory at national scale (ObservatoryScaleBenchmarkTest, 400,000 young people): the monthly
-- counting statements (observatory.counting.CountingSql) read one month of events; without these indexes each month
-- read every meeting, reaction, measure and contract of the base. Each index belongs to its table's owner (dossier,
-- autonomy) and serves the view that owner publishes for the observatory; nothing else changes.

-- dossier_meeting_notes_view: the synthèses held in the month.
CREATE INDEX ix_meeting_kind_start ON meeting (kind, starts_at);

-- dossier_reaction_view: the reactions written in the month.
CREATE INDEX ix_reaction_created ON reaction (created_at);

-- dossier_care_plan_publication_view: a person's last published PPE version on a day, read from the index alone.
CREATE INDEX ix_care_plan_published ON care_plan_version (young_person_id, status, published_at);

-- dossier_measure_start_view: the measures started in the month (the livret's cohort).
CREATE INDEX ix_measure_start ON measure (starts_on);

-- autonomy_contract_view: the contracts (renewals) started in the month.
CREATE INDEX ix_young_adult_contract_start ON young_adult_contract (starts_on);
