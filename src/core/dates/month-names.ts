/**
 * Month names and abbreviations for the languages we read datelines in
 * (en, de, fr, es, it, nl, pt, ro). Keys are lower-case with accents stripped,
 * because `foldText` strips them before matching.
 */
const MONTHS: Record<number, string[]> = {
  1: ['january', 'jan', 'januar', 'janner', 'jan', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari', 'janeiro', 'ianuarie'],
  2: ['february', 'feb', 'febr', 'februar', 'fevrier', 'fevr', 'fev', 'febrero', 'febbraio', 'februari', 'fevereiro', 'februarie'],
  3: ['march', 'mar', 'marz', 'maerz', 'mars', 'marzo', 'maart', 'mrt', 'marco', 'martie'],
  4: ['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile', 'aprilie'],
  5: ['may', 'mai', 'mayo', 'maggio', 'mag', 'mei', 'maio'],
  6: ['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu', 'junho', 'iunie'],
  7: ['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug', 'julho', 'iulie'],
  8: ['august', 'aug', 'aout', 'agosto', 'ago', 'augustus'],
  9: ['september', 'sep', 'sept', 'septembre', 'septiembre', 'setiembre', 'settembre', 'set', 'setembro', 'septembrie'],
  10: ['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott', 'outubro', 'out', 'octombrie'],
  11: ['november', 'nov', 'novembre', 'noviembre', 'novembro', 'noiembrie'],
  12: ['december', 'dec', 'dezember', 'dez', 'decembre', 'diciembre', 'dic', 'dicembre', 'dezembro', 'decembrie'],
};

export const MONTH_BY_NAME: ReadonlyMap<string, number> = new Map(
  Object.entries(MONTHS).flatMap(([num, names]) => names.map((n) => [n, Number(num)] as const)),
);

/** Regex alternation of all month names, longest first so "june" wins over "jun". */
export const MONTH_PATTERN = [...MONTH_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');

/** Lower-case, strip accents and odd spaces so one pattern covers every language. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ß/g, 'ss')
    .replace(/[\u00a0\u2000-\u200b\u202f]/g, ' ')
    .toLowerCase();
}
