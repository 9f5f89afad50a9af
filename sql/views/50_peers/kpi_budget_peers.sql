-- kpi_budget_peers: the rows of GET /api/v1/budget/peers. One row per commune, year, peer group kind and indicator:
-- the commune's figure beside its group's (docs/budget.md, "Comparaisons avec les communes comparables").
--   group_kind strate: the DGFiP's strate of the commune that year; group_average is the strate average AS
--     PUBLISHED by the DGFiP (mperso, rmcaf...); median, quartiles, size and rank over the communes of the strate
--     loaded in the database;
--   group_kind departement, epci: computed over the loaded communes of the same département / EPCI
--     (kpi_budget_peer_groups: average = ratio of sums);
--   group_kind partners: the full communes of the database (the partner communes: not the reference ones), each
--     with the DGFiP's figure when published, else the figure of its own accounts (source compte_administratif).
--   rank: 1 = the highest value of the group (ties share a rank): 1 + the number of the group's values above the
--     commune's, found by binary search in kpi_budget_peer_groups.sorted_values; group_median, group_q1, group_q3
--     null under 5 communes.
--   source: dgfip (comptes individuels des communes) or compte_administratif (the commune's imported accounts).
create view analytics.kpi_budget_peers as
with final as (
  select * from analytics.kpi_budget_peer_in_groups
  union all
  select * from analytics.kpi_budget_peer_partners
)

select * from final;
