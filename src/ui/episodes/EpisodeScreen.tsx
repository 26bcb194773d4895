/*
 * One visit with several bills: what to do first across the visit, every bill
 * with where it stands, its next step, what is left to pay and its next
 * deadline (most urgent first), the totals, what the bills show together,
 * letters for the whole visit, and changes to the visit. Opening a bill shows
 * its own screen; "Back to the visit" comes back here. Loaded when a visit is opened.
 */
import { useEffect, useMemo } from 'react';
import { closeEpisode } from '../../app/episodes';
import { today } from '../../app/clock';
import { useAppStore } from '../../app/store';
import { episodeOverview, type StoredBill } from '../../domain/episodes/overview';
import type { Episode } from '../../domain/episodes/episode';
import { isNonprofitHospital } from '../../domain/provider';
import { formatCents } from '../../domain/money';
import { caseScreen } from '../../i18n/en/caseScreen';
import { deadlines as englishDeadlines } from '../../i18n/en/deadlines';
import { episodes as english } from '../../i18n/en/episodes';
import { useStepWords, useWords } from '../../i18n/language';
import { focusWhenShown } from '../announcer';
import { BillRow } from './BillRow';
import { CrossBillFindings } from './CrossBillFindings';
import { EpisodeLetters } from './EpisodeLetters';
import { FirstStep } from './FirstStep';
import { ManageEpisode } from './ManageEpisode';

export default function EpisodeScreen({ episode }: { episode: Episode }) {
  const cases = useAppStore((state) => state.cases);
  const words = useWords('episodes', english);
  const w = words.screen;
  const { pageTitle } = useWords('caseScreen', caseScreen);
  const steps = useStepWords();
  const deadlineWords = useWords('deadlines', englishDeadlines);
  const on = today();
  const bills = useMemo(() => episode.caseIds.flatMap((id): StoredBill[] => {
    const loaded = cases[id];
    return loaded ? [{ id, snapshot: loaded.snapshot, journal: loaded.record.journal }] : [];
  }), [episode, cases]);
  const overview = useMemo(() => episodeOverview(episode, bills, on, steps, deadlineWords), [episode, bills, on, steps, deadlineWords]);
  const nameOf = (billId: string) => {
    const billCase = cases[billId]?.snapshot.context.case;
    return billCase?.provider.name.trim() || billCase?.title || words.untitled;
  };
  const heading = w.heading(episode.title || words.untitled);
  const when = w.when(episode.date, episode.place);
  const accounts = overview.bills.filter((bill) => bill.leftToPay > 0).map((bill) => {
    const billCase = cases[bill.id]!.snapshot.context.case;
    return { provider: billCase.provider.name, account: billCase.accountNumber, leftToPay: bill.leftToPay, nonprofitHospital: isNonprofitHospital(billCase.provider) };
  });
  const household = bills.map((bill) => bill.snapshot.context.case.household).find(Boolean);

  useEffect(() => {
    document.title = pageTitle(heading);
  }, [heading, pageTitle]);

  return (
    <div className="episode-screen">
      <nav aria-label={w.navigation}>
        <button type="button" className="link" onClick={closeEpisode}>{w.back}</button>
      </nav>
      <header className="case-header">
        <h1 ref={focusWhenShown} tabIndex={-1}>{heading}</h1>
        {when && <p>{when}</p>}
      </header>
      <FirstStep first={overview.first} nameOf={nameOf} />
      <section className="card" aria-labelledby="episode-bills-title">
        <h2 id="episode-bills-title">{w.billsTitle}</h2>
        {overview.bills.length === 0 ? <p>{w.noBills}</p> : (
          <>
            <p className="muted">{w.billsLead}</p>
            <ol className="episode-bills">
              {overview.bills.map((bill) => <BillRow key={bill.id} bill={bill} name={nameOf(bill.id)} />)}
            </ol>
          </>
        )}
      </section>
      <section className="card" aria-labelledby="episode-totals-title">
        <h2 id="episode-totals-title">{w.totalsTitle}</h2>
        <dl className="totals">
          {(['billed', 'afterCorrections', 'paid', 'saved', 'leftToPay'] as const).map((key) => (
            <div key={key}><dt>{w.totals[key]}</dt><dd>{formatCents(overview.totals[key])}</dd></div>
          ))}
        </dl>
      </section>
      <CrossBillFindings episode={episode} findings={overview.findings} nameOf={nameOf} />
      {accounts.length > 0 && <EpisodeLetters episode={episode} accounts={accounts} household={household} today={on} />}
      <ManageEpisode episode={episode} nameOf={nameOf} />
    </div>
  );
}
