/**
 * Small stop-word lists, in folded form (accents removed: "à" is "a", "să" is "sa"), for the
 * languages Agora's workshops are run in. A few dozen function words each, enough that
 * "comment", "of the" or "pentru" do not make two topics look alike; the rest of the common
 * vocabulary is damped by IDF. Words of one letter are dropped by the tokenizer already.
 * Left out on purpose although common: "ai" and "it" (AI, IT services). Romanian "care" is
 * in (it is in every other Romanian title) although English "care" means something.
 */
const LISTS = {
  en: `about after all also an and any are as at be before between both but by can could do does
    for from get has have how if in into is its more most need new not of on or our out over
    should so than that the their them there these they this those through to too up us via vs
    was we what when where which while who why will with without would you your`,
  fr: `afin apres au aussi aux avant avec bien ce ces cet cette chez comme comment dans de deja des
    du elle elles en entre est et etre faire faut il ils je la le les leur leurs lui mais me
    meme moins nos notre nous on ou par pas plus pour pourquoi pres qu que quel quelle quelles
    quels qui quoi sa sans se ses son sont sous sur ta te tes ton tous tout toute toutes tres tu
    un une vers vos votre vous`,
  pl: `ale bez by byc co czy dla do gdzie go ich ja jak jaka jakie jaki jako je jego jej jest juz
    ku lub ma mi moze na nad nam nas nasz nasza nasze naszych naszym nie niz od oraz po pod przez
    przy sa sie ta tak te tego tej to ty tym uz we wiecej za ze zeby`,
  ro: `al ale am ar as au care ca cat ce cea cei cel cele ci cu cum da dar de despre din dupa
    ea el este eu fara fi in intre la le lor mai mult ne noastra noastre noi nostru nu pe pentru
    poate prin sa se si sunt sau spre toate tot un una unei unor unui va`,
  // Single characters and pairs that carry no topic in Chinese and Japanese titles.
  cjk: `的 了 和 与 及 在 是 我 们 为 对 如 何 让 把 等 中 也 有 个 这 那 之 或 从 被 就 都 而
    怎 么 更 太 多 很 如何 我们 怎么 什么 一个 以及 关于 怎样 哪些 为什么
    の は が を に で と も へ や か な する こと`,
} as const;

const STOP = new Set(
  Object.values(LISTS)
    .join(' ')
    .split(/\s+/)
    .filter((w) => w !== ''),
);

export const isStopWord = (foldedTerm: string): boolean => STOP.has(foldedTerm);
