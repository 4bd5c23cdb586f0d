-- Whom a survey asks among parents (participation.SurveyAudience.asksParent) looks up, for each parent, the links to
-- their children through dossier_parent_link_view. With only ix_parent_link_parent (parent_id) MariaDB read the whole
-- of parent_link for each parent (a dependent subquery of type ALL, about 1 ms a parent on the demo). This index holds
-- every column the rule reads from a link, so that each parent's links are one short range of one index. The table
-- stays the dossier's; only an index is added.
CREATE INDEX ix_parent_link_parent_authority
    ON parent_link (parent_id, authority, granted_by_young_adult, young_person_id);
