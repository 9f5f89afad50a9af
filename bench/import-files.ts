/**
 * Counting files of realistic size in each layout the `counts` import reads, generated (deterministic) for the
 * import benches. Counts follow a plain daily curve; what is measured is reading, checking and writing them.
 */

const pad = (n: number) => String(n).padStart(2, '0');
const day0 = Date.UTC(2024, 0, 1);
const dateOf = (day: number) => new Date(day0 + day * 86_400_000).toISOString().slice(0, 10);
const curve = (hour: number, site: number) => Math.round((40 + site) * (hour >= 7 && hour <= 20 ? 3 : 0.4));

/** The vendor export: `site;timestamp;direction;count;status`, 15-minute slots, two directions per site. */
export function vendorFile(lines: number, sites = 15): Generator<string> {
  return (function* () {
    yield 'site;timestamp;direction;count;status';
    let n = 0;
    for (let day = 0; ; day++) {
      for (let s = 0; s < sites; s++) {
        for (let q = 0; q < 96; q++) {
          for (const direction of ['IN', 'OUT']) {
            if (n++ >= lines) return;
            yield `BENCH-${pad(s)};${dateOf(day)} ${pad(Math.floor(q / 4))}:${pad((q % 4) * 15)};${direction};${curve(Math.floor(q / 4), s) >> 2};ok`;
          }
        }
      }
    }
  })();
}

/** Etalab site + channel + measure files: `sites` places, a pedestrian and a bike channel each, hourly measures. */
export function etalabSet(days: number, sites: number) {
  const siteLines = ['site_id,site_name,fr_insee_code,xlong,ylat'];
  const channelLines = ['channel_id,site_id,mobility_type,direction,temporality,started_at,time_step'];
  for (let s = 0; s < sites; s++) {
    siteLines.push(`P${s},Place ${s},99002,${(3.0 + s / 1000).toFixed(4)},${(50.6 + s / 1000).toFixed(4)}`);
    channelLines.push(`P${s}-PED,P${s},PEDESTRIAN,N,PERMANENT,2024-01-01T00:00:00+01:00,3600`);
    channelLines.push(`P${s}-BIKE,P${s},BIKE,N,PERMANENT,2024-01-01T00:00:00+01:00,3600`);
  }
  function* measures(): Generator<string> {
    yield 'channel_id,counter_id,start_datetime,end_datetime,count';
    for (let day = 0; day < days; day++) {
      for (let h = 0; h < 24; h++) {
        const iso = `${dateOf(day)}T${pad(h)}:00:00+01`;
        for (let s = 0; s < sites; s++) {
          yield `P${s}-PED,C${s},${iso},,${curve(h, s)}`;
          yield `P${s}-BIKE,C${s},${iso},,${curve(h, s) >> 1}`;
        }
      }
    }
  }
  return { sites: siteLines.join('\n'), channels: channelLines.join('\n'), measures: measures() };
}

/** A portal's Eco-Counter export (Opendatasoft layout): `counters` counters, two per site, hourly. */
export function ecoCounterFile(days: number, counters: number): Generator<string> {
  return (function* () {
    yield "Identifiant du compteur;Nom du compteur;Identifiant du site de comptage;Nom du site de comptage;Comptage horaire;Date et heure de comptage;Date d'installation du site de comptage;Lien vers photo du site de comptage;Coordonnées géographiques;Identifiant technique compteur;mois_annee_comptage";
    for (let day = 0; day < days; day++) {
      for (let h = 0; h < 24; h++) {
        for (let c = 0; c < counters; c++) {
          const site = Math.floor(c / 2);
          yield `10000${site}-${c};Site ${site} ${c % 2 ? 'NE-SO' : 'SO-NE'};10000${site};Site ${site};${curve(h, site)};${dateOf(day)}T${pad(h)}:00:00+01:00;2020-01-01;;48.${8000 + site},2.${3000 + site};Y2H${c};${dateOf(day).slice(0, 7)}`;
        }
      }
    }
  })();
}

/** A wide per-loop daily export (Nantes Métropole's layout): one row per loop and day, 24 hour columns. */
export function loopsFile(days: number, loops: number): Generator<string> {
  return (function* () {
    const hours = Array.from({ length: 24 }, (_, h) => pad(h));
    yield `Numéro de boucle;Libellé;Jour;${hours.join(';')};Total;Probabilité de présence d'anomalies;Jour de la semaine;Boucle de comptage;Date formatée;Vacances`;
    for (let day = 0; day < days; day++) {
      for (let l = 0; l < loops; l++) {
        const counts = hours.map((_, h) => curve(h, l));
        const total = counts.reduce((a, b) => a + b, 0);
        yield `0${700 + l};Boucle ${l};${dateOf(day)};${counts.join(';')};${total};;${((day + 1) % 7) + 1};0${700 + l} - Boucle ${l};${dateOf(day)};Hors Vacances`;
      }
    }
  })();
}

/** A generated file (its header first) as the bytes of a CSV. */
export function joinLines(lines: Iterable<string>): Buffer {
  const parts: string[] = [];
  for (const line of lines) parts.push(line);
  return Buffer.from(parts.join('\n') + '\n');
}
