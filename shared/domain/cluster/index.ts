/**
 * Offline "suggest groups" for the topic wall: TF-IDF over words and character n-grams,
 * average-linkage clustering cut at a threshold. Pure TypeScript, runs in the core (inside a
 * worker: electron/core/workers/suggestGroups.ts) and in the renderer alike.
 */
export { averageLinkage, cosine, Similarities, similarityMatrix } from './cluster.ts';
export { groupLabel, type LabelSource } from './label.ts';
export {
  adjustedRandIndex,
  type FixtureScore,
  type LabelledTopic,
  pairwiseScores,
  type PairwiseScores,
  scoreSuggestions,
} from './quality.ts';
export {
  DEFAULT_THRESHOLD,
  type Suggestion,
  type SuggestInput,
  type SuggestOutput,
  suggestGroups,
} from './suggest.ts';
export { charGrams, fold, type Tokens, tokenize, type WordToken } from './tokenize.ts';
export { DEFAULT_WEIGHTS, type SparseVector, type TopicText, vectorize, type Weights } from './vectorize.ts';
