-- Subsidies to attached establishments (M57 and M14 account 65736): 657361 caisse des écoles, 657362 CCAS, 657363
-- services à caractère administratif (budgets annexes, régies), 657364 à caractère industriel et commercial.
-- Migration 0010 had shifted 657362-657364 by one; the demo city books its CCAS subsidy on 657362.
insert into budget_accounts (nomenclature, account, label)
select nomenclature, account, label
from (values
  ('657361', 'Subvention à la caisse des écoles'),
  ('657362', 'Subvention au CCAS'),
  ('657363', 'Subventions aux établissements et services rattachés à caractère administratif'),
  ('657364', 'Subventions aux établissements et services rattachés à caractère industriel et commercial')
) as labels (account, label)
cross join (select distinct nomenclature from budget_accounts) as nomenclatures
on conflict (nomenclature, account) do update set label = excluded.label;
