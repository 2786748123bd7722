-- Disabling and deleting people (issue 4). A disabled person cannot sign in and has no token or
-- session; a deleted one keeps only login and name, so that the records they touched still say who
-- they were, and their login is never given to someone else.
ALTER TABLE USERS ADD COLUMN STATUS CHARACTER VARYING(10) DEFAULT 'active' NOT NULL;
ALTER TABLE USERS ADD COLUMN STATUS_AT TIMESTAMP WITH TIME ZONE;
ALTER TABLE USERS ADD COLUMN STATUS_BY CHARACTER VARYING(100);
