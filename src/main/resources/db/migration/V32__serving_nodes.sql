-- The servers running on this store, each row written by its node as it starts and again every 15 seconds, removed as
-- it stops (dev.hindsight.nodes.ServingNodes). A row not written for a minute is a node gone (stopped without
-- removing it, or cut off). conventions is the digest of the conventions the node judges findings by (see
-- finding_conventions, V31): a node starting with other conventions than those in force refuses while a node under
-- them still runs, unless told --adopt-conventions, so two servers never go on judging by different ones. See
-- docs/lint.md, "The installation's conventions".
CREATE TABLE serving_nodes (
    node        VARCHAR(200) NOT NULL PRIMARY KEY,
    conventions VARCHAR(64)  NOT NULL,
    started_at  BIGINT       NOT NULL,
    seen_at     BIGINT       NOT NULL
);
