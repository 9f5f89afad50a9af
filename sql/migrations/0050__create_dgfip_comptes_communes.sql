-- The DGFiP's "comptes individuels des communes" (one row per commune and year since 2000, every commune of France)
-- and the reference communes they bring: a commune known only from that national file, so that peer groups (its
-- strate, département, EPCI) exist without anyone creating them. A reference commune has no data of its own (no
-- quartier, budget line, building...): pages, the commune picker, access scoping and the demo only see full
-- communes (is_reference = false). See docs/budget.md, "Comparaisons avec les communes comparables".

alter table communes add column is_reference boolean not null default false;
-- Département as the DGFiP writes it ("059", "02A", "101" for Guadeloupe) and the commune's EPCI à fiscalité propre
-- (SIREN and name), when a file gives it.
alter table communes add column departement text;
alter table communes add column epci_siren text check (epci_siren ~ '^[0-9]{9}$');
alter table communes add column epci_name text;
create index communes_full_idx on communes (name) where not is_reference;
create index communes_epci_idx on communes (epci_siren) where epci_siren is not null;

-- One row per commune and year, the columns Pilotage reads, under their published names: amounts in thousands of
-- euros (prod), euros per inhabitant (fprod), the average of the commune's strate in euros per inhabitant (mprod),
-- ratios in % (rperso, rmperso for the strate); name is inom as published (often in capitals). The strate is the pair (population class, fiscal regime of the
-- groupement) the DGFiP publishes in nomsst1 and nomsst2. Other published columns are not kept.
create table dgfip_comptes_communes (
  commune_insee     text not null references communes (insee_code),
  year              integer not null check (year between 2000 and 2100),
  name              text not null,
  departement       text not null,
  region            text,
  population        integer check (population >= 0),
  strate_population text,
  strate_fiscalite  text,
  prod numeric, fprod numeric, mprod numeric,
  charge numeric, fcharge numeric, mcharge numeric,
  perso numeric, fperso numeric, mperso numeric, rperso numeric, rmperso numeric,
  impo1 numeric, fimpo1 numeric, mimpo1 numeric,
  dgf numeric, fdgf numeric, mdgf numeric,
  equip numeric, fequip numeric, mequip numeric,
  remb numeric, fremb numeric, mremb numeric,
  caf numeric, fcaf numeric, mcaf numeric, rcaf numeric, rmcaf numeric,
  cafn numeric, fcafn numeric, mcafn numeric,
  dette numeric, fdette numeric, mdette numeric,
  annu numeric, fannu numeric, mannu numeric,
  import_id         bigint references imports (id),
  primary key (commune_insee, year)
);
create index dgfip_comptes_communes_strate_idx on dgfip_comptes_communes (year, strate_population, strate_fiscalite);
create index dgfip_comptes_communes_departement_idx on dgfip_comptes_communes (year, departement);
