-- Clustering in two steps (see org.marsad.cluster.EventClusterer): each factual event keeps its single-linkage
-- component besides its cluster. Stores clustered by the single-linkage rule had cluster = component; they
-- are reclustered whole on open (store_info 'cluster_rule').
ALTER TABLE events ADD COLUMN component_id BIGINT;
UPDATE events SET component_id = cluster_id;
