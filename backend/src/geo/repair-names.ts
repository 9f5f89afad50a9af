/**
 * Names whose accented letters were lost upstream: some exports (the MEL's IRIS contours among them) put the
 * SUBSTITUTE control character U+001A where an accented letter was. A damaged word is repaired only when exactly one
 * word of this list fits it (same letters, one accented letter per U+001A); otherwise the U+001A becomes "?" and the
 * caller says so.
 */
const WORDS = [
  'Délivrance',
  'Barthélemy',
  'Chêne',
  'Chênes',
  'activité',
  'activités',
  'Hôtel',
  'Hôpital',
  'Cimetière',
  'cimetière',
  'Fraternité',
  'Liberté',
  'Égalité',
  'Université',
  'université',
  'Cité',
  'cité',
  'Préfecture',
  'Théâtre',
  'Château',
  'Rivière',
  'Forêt',
  'Prés',
  'Pré',
  'Clémenceau',
  'Général',
  'République',
  'Résidence',
  'Église',
  'église',
  'Écoles',
  'École',
  'Étang',
  'Marché',
  'Pâturages',
  'Côte',
  'Élysées',
  'Thérèse',
  'Étienne',
  'Sénat',
  'Hélène',
  'Geneviève',
  'Sévigné',
  'Béthune',
  'Délivrance',
  'Médiathèque',
  'Épinette',
  'Epinette',
  'Éperon',
  'Cœur',
  'Fêtes',
  'Jetée',
  'Quai',
  'Préville',
  'Vallée',
  'Bléforts',
  'Ménil',
  'Méchelen',
  'Hellemmes',
  'Fâches',
  'Lézennes',
  'Hôtel-de-Ville',
  'Zénith',
];

const SUB = '\u001a';

export interface RepairedName {
  name: string;
  /** true when every lost letter was put back, false when some stay as "?". */
  repaired: boolean;
}

/** Puts back the accented letters of a name written with U+001A in their place, when the word is known. */
export function repairLostAccents(raw: string): RepairedName {
  if (!raw.includes(SUB)) return { name: raw, repaired: true };
  let complete = true;
  // eslint-disable-next-line no-control-regex -- U+001A (SUB) is what a lossy encoding left in place of the accents
  const name = raw.replace(/[\p{L}\u001a]*\u001a[\p{L}\u001a]*/gu, (word) => {
    const pattern = new RegExp(`^${word.replaceAll(SUB, '[^a-zA-Z]')}$`, 'u');
    const candidates = [...new Set(WORDS.filter((w) => pattern.test(w)))];
    if (candidates.length === 1) return candidates[0];
    const loose = [...new Set(WORDS.filter((w) => new RegExp(pattern.source, 'iu').test(w)))];
    if (loose.length === 1) return matchCase(word, loose[0]);
    complete = false;
    return word.replaceAll(SUB, '?');
  });
  return { name, repaired: complete };
}

/** The dictionary word in the case of the damaged one (all lower case, or capitalised). */
function matchCase(damaged: string, word: string): string {
  const first = damaged.replaceAll(SUB, '')[0] ?? '';
  if (first && first === first.toLowerCase()) return word.toLowerCase();
  return word[0].toUpperCase() + word.slice(1);
}
