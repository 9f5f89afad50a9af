-- National reference figures for commercial vacancy (DOMAIN.md, commercial vacancy), so the dashboard can set a
-- commune's rate beside them. Reference data, not facts of a commune: a new figure is a new row (new migration).
-- kind: 'benchmark' (an observed national rate) or 'alert_threshold' (a conventional level, not law).

create table commerce_vacancy_references (
  reference_id text primary key,
  kind         text not null check (kind in ('benchmark', 'alert_threshold')),
  scope        text not null,
  year         integer,
  vacancy_rate numeric(5, 4) not null check (vacancy_rate between 0 and 1),
  source       text not null,
  label_fr     text not null
);

insert into commerce_vacancy_references (reference_id, kind, scope, year, vacancy_rate, source, label_fr) values
  ('procos-2012', 'benchmark', 'town_centre', 2012, 0.072, 'Procos', 'Centres-villes (Procos), 2012'),
  ('procos-2015', 'benchmark', 'town_centre', 2015, 0.095, 'Procos', 'Centres-villes (Procos), 2015'),
  ('all-sites-2021', 'benchmark', 'all_sites', 2021, 0.100, 'Codata', 'Tous sites commerciaux, 2021'),
  ('codata-acv-2023', 'benchmark', 'action_coeur_de_ville', 2023, 0.134, 'Codata',
    'Villes Action Cœur de Ville (Codata), 2023'),
  ('codata-other-2023', 'benchmark', 'other_towns', 2023, 0.077, 'Codata', 'Autres villes (Codata), 2023'),
  ('alert-threshold', 'alert_threshold', 'town_centre', null, 0.075, 'Procos (convention)',
    'Seuil d''alerte usuel (7,5 %)');
