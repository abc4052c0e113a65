/**
 * Generated topic walls of any size, for the speed tests and the bench (the fixtures hold
 * ~60 hand-written titles; a big BarCamp has hundreds). Deterministic: same n and seed, same
 * topics. Titles mix a theme's words with common workshop words in English and French, a
 * third of the topics have a pitch, so the vocabulary, n-gram and posting sizes look like a
 * real wall's rather than like random strings'.
 */
const THEMES = [
  'bike lanes cycling vélo pistes cyclables parking',
  'bus tram métro night lines fréquence arrêts',
  'participatory budget budget participatif vote projects',
  'neighbourhood councils conseils quartier residents habitants',
  'solar panels panneaux solaires roofs toits energy énergie',
  'renovation rénovation insulation isolation housing copropriété',
  'open data données ouvertes portal publish transparency',
  'digital inclusion numérique seniors workshops ateliers',
  'affordable housing logement abordable rent loyers',
  'rainwater eau pluie flooding inondations drainage',
  'street trees arbres shade ombre heat chaleur',
  'composting compost waste déchets recycling tri',
  'school playgrounds cours école greening végétaliser',
  'libraries médiathèque opening hours horaires culture',
  'street lighting éclairage safety sécurité night nuit',
  'markets marchés local producers producteurs food alimentation',
  'tourism tourisme visitors visiteurs heritage patrimoine',
  'sports sport fields terrains clubs associations youth',
  'elderly aînés loneliness isolement visits care',
  'noise bruit traffic circulation speed vitesse',
  'car sharing autopartage electric électrique charging recharge',
  'accessibility accessibilité wheelchair fauteuil ramps rampes',
  'jobs emploi training formation apprentices apprentis',
  'air quality qualité air pollution sensors capteurs',
  'festival fête culture music musique squares places',
] as const;

const FILLER = `how can we improve the city our new better more for with comment améliorer la ville notre
  nouveaux mieux plus pour avec local public together ensemble idea idée plan project projet`.split(/\s+/);

/** mulberry32: a tiny seeded PRNG (Math.random cannot be seeded). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticTopic {
  id: string;
  title: string;
  pitch?: string;
  /** The theme it was drawn from: its expected group. */
  theme: number;
}

export function syntheticTopics(n: number, seed = 1): SyntheticTopic[] {
  const next = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const words = THEMES.map((t) => t.split(' '));
  const phrase = (theme: string[], length: number) =>
    Array.from({ length }, () => (next() < 0.6 ? pick(theme) : pick(FILLER))).join(' ');
  return Array.from({ length: n }, (_, i) => {
    const theme = Math.floor(next() * THEMES.length);
    const vocabulary = words[theme]!;
    const title = phrase(vocabulary, 3 + Math.floor(next() * 6));
    const topic: SyntheticTopic = { id: `s${i}`, title: title.charAt(0).toUpperCase() + title.slice(1), theme };
    if (next() < 0.33) topic.pitch = phrase(vocabulary, 20 + Math.floor(next() * 40));
    return topic;
  });
}
