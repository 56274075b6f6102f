-- Follow-through across incidents. Like the list columns, these rows are copies of each incident's current
-- record, rewritten in the same transaction as every change, so that the action-item board, calendars and "my
-- work" read indexed rows instead of parsing every record; restricted incidents are filtered by joining
-- incidents.restricted and incident_access exactly as the incident list is.

-- One row per action item of the current revision. Days are days since 1970-01-01 and instants epoch
-- milliseconds, so both databases compare them the same way; *_search columns are folded to lower case.
CREATE TABLE action_items (
    incident_id    VARCHAR(64)   NOT NULL REFERENCES incidents (id),
    position       INTEGER       NOT NULL,
    item_key       VARCHAR(100)  NOT NULL,
    title          TEXT          NOT NULL,
    owner          VARCHAR(200)  NOT NULL,
    owner_search   VARCHAR(200)  NOT NULL,
    team           VARCHAR(200)  NOT NULL,
    team_search    VARCHAR(200)  NOT NULL,
    priority       VARCHAR(8),
    priority_label VARCHAR(100)  NOT NULL,
    kind           VARCHAR(32),
    status         VARCHAR(16)   NOT NULL,
    due_day        BIGINT,
    latest_day     BIGINT,
    created_at     BIGINT,
    closed_at      BIGINT,
    ticket         VARCHAR(2000) NOT NULL,
    -- Derived, so the board filters and sorts on indexed equality and ranges instead of "status <> 'done'" and
    -- ORDER BY CASE, which no index serves: the incident's restricted flag (copied like the rest, rewritten on
    -- every save, so only restricted rows need incident_access), 1 unless done, the due day with undated items
    -- last (the largest BIGINT), and the priority's rank (0 for P0 .. 3 for none). Written by the store rather
    -- than GENERATED ALWAYS: SQLite does not read an index as covering when its table has stored generated
    -- columns, which made the board's counts three times slower.
    restricted     INTEGER       NOT NULL,
    is_open        INTEGER       NOT NULL,
    due_order      BIGINT        NOT NULL,
    priority_rank  INTEGER       NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE INDEX action_items_by_due ON action_items (status, due_day);
-- The board's default page (open items, due first) is a walk of this index; its trailing columns let totals
-- and figures over open items be counted from the index alone.
CREATE INDEX action_items_open_by_due ON action_items (is_open, due_order, priority_rank, incident_id, position,
                                                       restricted);
CREATE INDEX action_items_by_owner ON action_items (owner_search, is_open, due_order, priority_rank, incident_id,
                                                    position);
CREATE INDEX action_items_by_team ON action_items (team_search, is_open, priority, due_order);
-- The board's counts by owner, and by team and priority (one pass), group open items in these indexes' order,
-- without a sort.
CREATE INDEX action_items_open_owners ON action_items (is_open, owner_search, owner, due_order, restricted,
                                                       incident_id);
CREATE INDEX action_items_open_teams ON action_items (is_open, team_search, priority, team, due_order, restricted,
                                                      incident_id);
-- The board's figures: items closed, and items created, in a period (covering, so no row is read).
CREATE INDEX action_items_by_closed ON action_items (is_open, closed_at, created_at, restricted, incident_id);
CREATE INDEX action_items_by_created ON action_items (created_at, restricted, incident_id);

-- Dated review occasions of the current revision: the review meeting and the follow-up reviews.
CREATE TABLE incident_dates (
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    position    INTEGER      NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    day         BIGINT       NOT NULL,
    label       VARCHAR(300) NOT NULL,
    done        INTEGER      NOT NULL,
    PRIMARY KEY (incident_id, position)
);

CREATE INDEX incident_dates_by_day ON incident_dates (day);

-- Who takes part in each incident (owner, author, reviewer, attendee, responder), folded to lower case: for
-- "my work", personal calendars and digests.
CREATE TABLE incident_people (
    incident_id   VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    person_search VARCHAR(200) NOT NULL,
    part          VARCHAR(20)  NOT NULL,
    team_search   VARCHAR(200) NOT NULL,
    PRIMARY KEY (incident_id, person_search, part, team_search)
);

CREATE INDEX incident_people_by_person ON incident_people (person_search);
CREATE INDEX incident_people_by_team ON incident_people (team_search);

-- What happened to each incident (created, review requested, approved, made final, an action item done...),
-- written in the same transaction as the change that caused it, so that webhooks and mail never miss one and
-- never announce a change that was rolled back. seq orders one incident's events.
CREATE TABLE incident_events (
    event_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    incident_id VARCHAR(64)  NOT NULL REFERENCES incidents (id),
    seq         INTEGER      NOT NULL,
    type        VARCHAR(40)  NOT NULL,
    actor       VARCHAR(200) NOT NULL,
    occurred_at BIGINT       NOT NULL,
    restricted  INTEGER      NOT NULL,
    data        TEXT         NOT NULL
);

CREATE UNIQUE INDEX incident_events_in_order ON incident_events (incident_id, seq);
CREATE INDEX incident_events_by_time ON incident_events (occurred_at);

-- 1 once the rows above have been written for the incident; rows written before this migration have NULL here
-- and the store writes theirs when it opens.
ALTER TABLE incidents ADD COLUMN follow_through INTEGER;
