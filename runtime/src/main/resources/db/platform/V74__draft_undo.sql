-- The specs a draft had before its last changes (newest last, at most 20), as a JSON array: "Undo last change".
ALTER TABLE TOOLSMITH.DRAFTS ADD COLUMN EARLIER_SPECS CHARACTER LARGE OBJECT;
