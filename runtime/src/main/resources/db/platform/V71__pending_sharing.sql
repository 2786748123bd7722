-- Sharing that widens who may use an app waits for review with the app's open version
-- (review and publishing, docs/review-and-publish.md). One row per app: the whole sharing asked for.
CREATE TABLE TOOLSMITH.PENDING_SHARING (
    APP_ID BIGINT PRIMARY KEY,
    VERSION INTEGER NOT NULL,
    GRANTS CHARACTER VARYING(100000) NOT NULL,
    PROPOSED_BY CHARACTER VARYING(200),
    PROPOSED_AT TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
