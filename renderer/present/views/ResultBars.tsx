/**
 * Horizontal bars, one per item, ranked. Rows keep a stable place in the DOM and move to their
 * rank with a CSS transform, so when votes reorder them they glide instead of jumping, and bar
 * widths grow smoothly as dots arrive. The visual rows are hidden from assistive tech; an
 * ordered list with the same facts, in rank order, is read instead.
 */
import { type CSSProperties, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItemResult, RoundResults } from '../../../shared/voting.ts';
import { scaleOf, segmentsOf } from '../lib/barScale.ts';
import { useElementSize } from '../lib/useElementSize.ts';

/**
 * More rows than this and the titles get too small to read from the back of the room; the
 * rest is summed up in a last line (the phones and the laptop list every option).
 */
const MAX_ROWS = 15;
// Fewer options still get rows of this height at most, so bars stay bars and not blocks.
const MIN_ROWS = 6;
// Up to this many options, each title gets a line of its own above its bar, in large type.
const STACKED_UP_TO = 8;

/** Bars start empty and grow on first show (a reveal), rather than appearing at full length. */
function useGrown(): boolean {
  const [grown, setGrown] = useState(false);
  useEffect(() => {
    let second = 0;
    // Two frames: the empty bars must be painted once for the transition to have a start.
    const first = requestAnimationFrame(() => {
      second = requestAnimationFrame(() => setGrown(true));
    });
    return () => {
      cancelAnimationFrame(first);
      cancelAnimationFrame(second);
    };
  }, []);
  return grown;
}

function useFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => {
    const locale = i18n.language === 'en' ? 'en-GB' : i18n.language;
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
    const count = new Intl.NumberFormat(locale);
    return { score: (n: number) => score.format(n), count: (n: number) => count.format(n) };
  }, [i18n.language]);
}

function ScreenReaderList({ results }: { results: RoundResults }) {
  const { t } = useTranslation();
  const format = useFormat();
  const detailOf = (item: ItemResult) => {
    if (results.method === 'scoring')
      return t('present.results.srScore', { score: format.score(item.total), count: item.scoredBy });
    const parts = [t('present.results.srPhones', { count: item.ballots })];
    if (item.paper) parts.push(t('present.results.srPaper', { count: item.paper }));
    if (item.hands) parts.push(t('present.results.srHands', { count: item.hands }));
    return t('present.results.srTotal', { count: item.total, detail: parts.join(', ') });
  };
  return (
    <ol className="visually-hidden" aria-label={t('present.results.listLabel')}>
      {results.items.map((item) => (
        <li key={item.itemId}>
          {item.tied
            ? t('present.results.srRankTied', { rank: item.rank })
            : t('present.results.srRank', { rank: item.rank })}{' '}
          <bdi>{item.title}</bdi>
          {` — ${detailOf(item)}`}
        </li>
      ))}
    </ol>
  );
}

export function ResultBars({ results, itemOrder }: { results: RoundResults; itemOrder: readonly string[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const grown = useGrown();
  const [boxRef, size] = useElementSize();

  const scale = scaleOf(results.method, results.items);
  const rows = Math.max(MIN_ROWS, Math.min(MAX_ROWS, results.items.length));
  const rowHeight = size.height > 0 ? size.height / rows : 0;
  const fits = results.items.length <= rows;
  const shown = fits ? results.items.length : rows - 1;
  const ranked = results.items.slice(0, shown);
  const place = new Map(ranked.map((item, index) => [item.itemId, index]));
  // A stable DOM order (the round's own item order), so rows move by transform and animate.
  const positionOf = new Map(itemOrder.map((id, index) => [id, index]));
  const stable = [...ranked].sort((a, b) => (positionOf.get(a.itemId) ?? 0) - (positionOf.get(b.itemId) ?? 0));

  const stacked = results.items.length <= STACKED_UP_TO;
  const font = stacked ? Math.min(rowHeight * 0.3, size.height * 0.045) : Math.min(rowHeight * 0.5, size.height * 0.05);
  const style = { '--row-height': `${rowHeight}px`, '--row-font': `${Math.max(14, font)}px` } as CSSProperties;
  const totalText = (item: ItemResult) => {
    if (results.method !== 'scoring') return format.count(item.total);
    // Nobody scored it yet: a dash, not a score of zero.
    return item.scoredBy > 0 ? format.score(item.total) : '–';
  };

  return (
    <div className={`bars${stacked ? ' bars--stacked' : ''}`} ref={boxRef} style={style}>
      <ScreenReaderList results={results} />
      <div className="bars__rows" aria-hidden="true">
        {rowHeight > 0 &&
          stable.map((item) => {
            const segments = segmentsOf(results.method, item, scale);
            const width = (n: number) => `${grown ? n : 0}%`;
            return (
              <div
                key={item.itemId}
                className={`bar-row${item.rank === 1 && item.total > 0 ? ' bar-row--lead' : ''}`}
                style={{ transform: `translateY(${(place.get(item.itemId) ?? 0) * rowHeight}px)` }}
                data-testid="result-row"
                data-rank={item.rank}
                data-tied={item.tied}
                data-total={item.total}
              >
                <span className="bar-row__rank">
                  {/* No rank for options nobody chose: a column of "=4" says nothing. */}
                  {item.total <= 0 ? '' : item.tied ? t('present.results.rankTied', { rank: item.rank }) : item.rank}
                </span>
                <span className="bar-row__title">
                  <bdi>{item.title}</bdi>
                </span>
                <span className="bar-row__track">
                  <span className="bar-row__seg bar-row__seg--ballots" style={{ width: width(segments.ballots) }} />
                  <span className="bar-row__seg bar-row__seg--paper" style={{ width: width(segments.paper) }} />
                  <span className="bar-row__seg bar-row__seg--hands" style={{ width: width(segments.hands) }} />
                </span>
                <span className="bar-row__total">{totalText(item)}</span>
              </div>
            );
          })}
        {!fits && rowHeight > 0 ? (
          <div className="bar-row bar-row--more" style={{ transform: `translateY(${shown * rowHeight}px)` }}>
            {t('present.results.more', { count: results.items.length - shown })}
          </div>
        ) : null}
      </div>
    </div>
  );
}
