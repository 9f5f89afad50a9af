// Streets of the demo communes, per quartier. Shopping streets carry a weight (share of the quartier's shop
// premises). Lille's names are real streets of those quartiers, with approximate anchors; partner communes use
// real main streets where known and common names elsewhere. Positions are synthetic: a street is a straight
// segment around its anchor, kept inside the (synthetic) quartier cell.
import { createRng } from './random';
import {
  DEG_PER_M_LAT,
  DEG_PER_M_LON,
  buildGeography,
  isInside,
  randomPointIn,
  round6,
  type CommuneCode,
  type Quartier,
} from './geography';

interface StreetSeed {
  name: string;
  /** Relative share of the quartier's shops; 0 = residential street (buildings, no shops). */
  weight: number;
  /** Approximate [lat, lon] of the street's middle, when known. */
  at?: [number, number];
}

type QuartierStreets = Record<string, StreetSeed[]>;

const s = (name: string, weight: number, at?: [number, number]): StreetSeed => ({
  name,
  weight,
  at,
});

/** The planted streets (see README, planted stories 3 and 4). */
export const DECLINING_STREET = 'rue de Béthune';
export const WORKS_STREET = 'rue Léon Gambetta';
/** Premises on the declining street at scale 1 (fixed share so the vacancy rate stays readable). */
export const DECLINING_STREET_PREMISES = 60;

const LILLE: QuartierStreets = {
  Centre: [
    s(DECLINING_STREET, 0, [50.6343, 3.0612]), // premises set apart, see DECLINING_STREET_PREMISES
    s('rue Neuve', 45, [50.6357, 3.0648]),
    s('rue Faidherbe', 40, [50.6373, 3.0685]),
    s('place du Général de Gaulle', 30, [50.6366, 3.0633]),
    s('rue Nationale', 50, [50.6348, 3.0575]),
    s('rue du Molinel', 35, [50.6343, 3.069]),
    s('rue Pierre Mauroy', 35, [50.6333, 3.066]),
    s('rue des Ponts de Comines', 25, [50.637, 3.07]),
    s('rue du Sec Arembault', 25, [50.6355, 3.0655]),
    s('rue de la Vieille Comédie', 20, [50.6371, 3.061]),
    s('place Rihour', 20, [50.636, 3.061]),
    s('rue des Tanneurs', 25, [50.6348, 3.0665]),
    s('rue de Tournai', 25, [50.6352, 3.072]),
    s('rue Jean Roisin', 15, [50.6365, 3.06]),
    s('rue des Manneliers', 10, [50.6368, 3.064]),
    s('rue Léon Trulin', 15, [50.6355, 3.071]),
    s('boulevard de la Liberté', 20, [50.633, 3.058]),
    s('rue Jean Sans Peur', 0),
    s('rue de Fleurus', 0),
  ],
  'Vieux-Lille': [
    s('rue Esquermoise', 40, [50.6385, 3.0615]),
    s('rue de la Monnaie', 35, [50.6403, 3.0633]),
    s('rue de Gand', 25, [50.642, 3.066]),
    s('rue Royale', 25, [50.64, 3.0585]),
    s('rue Basse', 30, [50.6393, 3.064]),
    s('rue de la Grande Chaussée', 25, [50.638, 3.0635]),
    s('rue Lepelletier', 25, [50.6388, 3.0648]),
    s('rue des Chats Bossus', 20, [50.639, 3.066]),
    s('place Louise de Bettignies', 10, [50.6405, 3.065]),
    s('rue de la Clef', 20, [50.638, 3.0655]),
    s("rue d'Angleterre", 15, [50.641, 3.0605]),
    s('avenue du Peuple Belge', 15, [50.641, 3.067]),
    s('rue Saint-André', 0),
  ],
  Wazemmes: [
    s(WORKS_STREET, 60, [50.6285, 3.0525]),
    s('rue des Postes', 40, [50.6255, 3.0548]),
    s('place de la Nouvelle Aventure', 30, [50.6262, 3.0505]),
    s('rue Jules Guesde', 25, [50.6245, 3.0525]),
    s('rue de Wazemmes', 20, [50.629, 3.0555]),
    s('rue Racine', 15),
    s("rue d'Iéna", 10),
    s('rue du Marché', 20),
    s('rue Camille Desmoulins', 0),
  ],
  'Lille-Moulins': [
    s("rue d'Arras", 30, [50.619, 3.069]),
    s('rue de Douai', 20, [50.6215, 3.074]),
    s('rue de Valenciennes', 15, [50.623, 3.077]),
    s('boulevard de Belfort', 15),
    s('place Jacques Febvrier', 15, [50.6185, 3.067]),
    s('rue de Cambrai', 15),
    s('rue Philippe Laurent', 10),
    s('rue du Bazinghien', 0),
  ],
  Fives: [
    s('rue Pierre Legrand', 45, [50.631, 3.088]),
    s('place Degeyter', 20, [50.6315, 3.0905]),
    s('rue du Long Pot', 20, [50.6335, 3.093]),
    s('rue Bourjembois', 15),
    s('rue de Lannoy', 15),
    s('rue Saint-Gabriel', 10),
    s('rue Henri Kolb', 0),
  ],
  'Saint-Maurice Pellevoisin': [
    s('rue du Faubourg de Roubaix', 30, [50.6405, 3.0855]),
    s('rue Eugène Jacquet', 10),
    s('rue du Buisson', 10),
    s('avenue Saint-Maurice', 0),
  ],
  'Lille-Sud': [
    s('rue du Faubourg des Postes', 30, [50.6125, 3.056]),
    s("rue du Faubourg d'Arras", 20, [50.613, 3.068]),
    s('rue de Marquillies', 15),
    s('boulevard de Strasbourg', 10),
    s('rue Paul Lafargue', 0),
  ],
  'Faubourg de Béthune': [
    s('rue Lazare Garreau', 15),
    s('boulevard de Metz', 15),
    s('rue du Faubourg de Béthune', 15),
    s('rue Victor Duruy', 0),
  ],
  'Bois-Blancs': [
    s('avenue Marx Dormoy', 15, [50.6355, 3.033]),
    s('rue des Bois-Blancs', 10),
    s('rue du Pont à Fourchon', 5),
    s('rue Guillaume Tell', 0),
  ],
  'Vauban-Esquermes': [
    s('rue Solférino', 35, [50.63, 3.057]),
    s('rue Masséna', 25, [50.632, 3.0555]),
    s('rue Colbert', 15),
    s('boulevard Vauban', 15),
    s('place Cormontaigne', 15),
    s("rue d'Isly", 10),
    s('rue Jacquemars Giélée', 10),
    s("rue d'Esquermes", 0),
  ],
  Lomme: [
    s('avenue de Dunkerque', 40, [50.644, 2.99]),
    s('rue du Bourg', 20),
    s('rue Jean Jaurès', 20),
    s('place de la République', 15),
    s('rue Victor Hugo', 15),
    s('rue de la Mitterie', 0),
  ],
  Hellemmes: [
    s('rue Roger Salengro', 35, [50.6275, 3.109]),
    s('place Hentgès', 15),
    s('rue Ferdinand Mathias', 10),
    s('rue Pierre Brossolette', 10),
    s('rue Chanzy', 0),
  ],
};

const ROUBAIX: QuartierStreets = {
  Centre: [
    s('Grande Rue', 40),
    s('rue Pierre Motte', 25),
    s('place de la Liberté', 20),
    s('avenue Jean Lebas', 25),
    s('rue du Maréchal Foch', 15),
  ],
  Nord: [s('boulevard Gambetta', 20), s('rue de Tourcoing', 20), s('rue du Chemin Neuf', 0)],
  Sud: [s('boulevard de Paris', 15), s('rue de Lille', 20), s('rue Jules Guesde', 0)],
  Est: [s('rue de Lannoy', 30), s('rue de Leers', 10), s('rue Victor Hugo', 0)],
  Ouest: [s("rue de l'Épeule", 25), s('rue de Mouvaux', 10), s('rue Pasteur', 0)],
};

const TOURCOING: QuartierStreets = {
  Centre: [
    s('rue de Lille', 35),
    s('rue Saint-Jacques', 25),
    s("Grand'Place", 20),
    s('rue de Tournai', 20),
    s('rue des Piats', 10),
  ],
  Nord: [s('rue de Menin', 20), s('rue du Brun Pain', 10), s('rue Victor Hugo', 0)],
  Sud: [s('boulevard Gambetta', 20), s('rue de Roubaix', 15), s('rue Pasteur', 0)],
  Est: [s('rue de Wattrelos', 15), s('rue Jean Jaurès', 10), s('rue de la Paix', 0)],
  Ouest: [s('rue de Mouvaux', 15), s('rue de Lille prolongée', 5), s('rue Voltaire', 0)],
};

const MARCQ: QuartierStreets = {
  Centre: [s('avenue Foch', 30), s('rue Nationale', 25), s('place du Général de Gaulle', 15)],
  Nord: [s('boulevard Clemenceau', 15), s('rue de la Paix', 0)],
  Sud: [s('avenue de la Marne', 20), s('rue de Lille', 10), s('rue Pasteur', 0)],
  Ouest: [s('rue du Quesne', 10), s('rue Jean Jaurès', 0)],
};

const STREETS: Record<CommuneCode, QuartierStreets> = {
  LIL: LILLE,
  RBX: ROUBAIX,
  TCG: TOURCOING,
  MCQ: MARCQ,
};

export interface Street {
  name: string;
  commune: CommuneCode;
  quartier: Quartier;
  weight: number;
  lon: number;
  lat: number;
  /** Unit direction of the segment, in metres east and north. */
  dx: number;
  dy: number;
  lengthM: number;
}

const layoutCache = new Map<number, Map<CommuneCode, Street[]>>();

/** Streets with their synthetic segments (depends only on the seed). */
export function streetsOf(commune: CommuneCode, seed: number): Street[] {
  let bySeed = layoutCache.get(seed);
  if (!bySeed) {
    bySeed = new Map();
    layoutCache.set(seed, bySeed);
  }
  const known = bySeed.get(commune);
  if (known) return known;
  const geo = buildGeography();
  const streets: Street[] = [];
  for (const [quartierName, seeds] of Object.entries(STREETS[commune])) {
    const quartier = geo.quartier(commune, quartierName);
    for (const seedStreet of seeds) {
      const rng = createRng(seed, 'street', commune, seedStreet.name);
      let lon: number;
      let lat: number;
      if (seedStreet.at && isInside(quartier, seedStreet.at[1], seedStreet.at[0])) {
        [lat, lon] = seedStreet.at;
      } else {
        [lon, lat] = randomPointIn(quartier, rng, 0.6);
      }
      const angle = rng.uniform(0, Math.PI);
      streets.push({
        name: seedStreet.name,
        commune,
        quartier,
        weight: seedStreet.weight,
        lon,
        lat,
        dx: Math.cos(angle),
        dy: Math.sin(angle),
        lengthM: 150 + Math.max(seedStreet.weight, 10) * 8,
      });
    }
  }
  bySeed.set(commune, streets);
  return streets;
}

export function streetByName(commune: CommuneCode, name: string, seed: number): Street {
  const street = streetsOf(commune, seed).find((x) => x.name === name);
  if (!street) throw new Error(`demo streets: unknown street ${commune}/${name}`);
  return street;
}

/**
 * A point along the street: position in [0, 1] from one end to the other, side -1 or 1 (odd or even
 * numbers). Pulled back towards the anchor if it would leave the quartier cell.
 */
export function pointOnStreet(street: Street, position: number, side: number): [number, number] {
  let along = (position - 0.5) * street.lengthM;
  const across = side * 9;
  for (let attempt = 0; attempt < 8; attempt++) {
    const east = along * street.dx - across * street.dy;
    const north = along * street.dy + across * street.dx;
    const lon = street.lon + east * DEG_PER_M_LON;
    const lat = street.lat + north * DEG_PER_M_LAT;
    if (isInside(street.quartier, lon, lat)) return [round6(lon), round6(lat)];
    along *= 0.5;
  }
  return [round6(street.lon), round6(street.lat)];
}

export function addressOn(street: Street, number: number): string {
  const communeName = { LIL: 'Lille', RBX: 'Roubaix', TCG: 'Tourcoing', MCQ: 'Marcq-en-Barœul' }[street.commune];
  const city =
    street.commune === 'LIL' && ['Lomme', 'Hellemmes'].includes(street.quartier.name)
      ? street.quartier.name
      : communeName;
  return `${number} ${street.name}, ${street.quartier.postcode} ${city}`;
}
