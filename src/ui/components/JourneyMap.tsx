/*
 * The five phases drawn as a path: what is done, where you are, what is next,
 * and, for the phases that run tracks side by side, each track and where it
 * stands. Drawn top to bottom so it reads the same on a phone and a laptop.
 * Status is shown by shape and words, never by colour alone; the picture has
 * a text description for screen readers. Words in the chosen language.
 */
import type { StateValue } from 'xstate';
import { phaseOf, phases, tracksOf, type Phase } from '../../../machines/workflow';
import type { Case } from '../../domain/case';
import type { JournalEntry } from '../../domain/caseFile';
import { history } from '../../i18n/en/history';
import { useWords } from '../../i18n/language';
import { trackStateLabel } from '../labels';
import { usePhaseTitles } from '../phaseLabels';
import { useVisitedPhases } from './visitedPhases';

type Status = 'done' | 'current' | 'next' | 'skipped' | 'optional';

const ROW = 64;
const TRACK_ROW = 24;
const NODE_X = 22;

function statusOf(phase: Phase, current: Phase, visited: Phase[]): Status {
  if (phase === current) return 'current';
  if (visited.includes(phase)) return 'done';
  if (phase === 'collections') return 'optional';
  return phases.indexOf(phase) < phases.indexOf(current) ? 'skipped' : 'next';
}

type Props = { value: StateValue; billCase: Case; journal: JournalEntry[] };

export default function JourneyMap({ value, billCase, journal }: Props) {
  const w = useWords('history', history).journey;
  const titles = usePhaseTitles();
  const trackName = (track: string) => (w.tracks as Record<string, string>)[track] ?? track;
  const visited = useVisitedPhases(billCase, journal);
  const current = phaseOf(value);
  const tracks = Object.entries(tracksOf(value));
  let y = 24;
  const rows = phases.map((phase) => {
    const status = statusOf(phase, current, visited);
    const row = { phase, status, y, tracks: phase === current ? tracks : [] };
    y += ROW + row.tracks.length * TRACK_ROW + (row.tracks.length ? 16 : 0);
    return row;
  });
  const height = y - ROW + 40;
  const summary = rows
    .map(({ phase, status, tracks: shown }) => {
      const parallel = shown.length
        ? w.alongside(shown.map(([track, state]) => `${trackName(track)}: ${trackStateLabel(track, state, w).label}`).join('; '))
        : '';
      return w.described(phases.indexOf(phase) + 1, titles[phase], w.status[status], parallel);
    })
    .join(' ');

  return (
    <figure className="journey">
      <figcaption>
        {w.stepOf(phases.indexOf(current) + 1, phases.length)} <strong>{titles[current]}</strong>. {w.goals[current]}
      </figcaption>
      <svg viewBox={`0 0 340 ${height}`} role="img" aria-labelledby="journey-title" aria-describedby="journey-desc" className="journey-map">
        <title id="journey-title">{w.pictureTitle}</title>
        <desc id="journey-desc">{summary}</desc>
        <line x1={NODE_X} y1={24} x2={NODE_X} y2={rows.at(-1)!.y} className="path" />
        {rows.map(({ phase, status, y: rowY, tracks: shown }) => (
          <g key={phase} className={`phase ${status}`} data-phase={phase} data-status={status}>
            <PhaseNode status={status} y={rowY} />
            <text x={46} y={rowY - 2} className="phase-title">{titles[phase]}</text>
            <text x={46} y={rowY + 16} className="phase-status">{w.status[status]}</text>
            {shown.length > 0 && (
              <g className="tracks">
                <text x={46} y={rowY + 40} className="tracks-caption">{w.sideBySide}</text>
                <line x1={50} y1={rowY + 48} x2={50} y2={rowY + 40 + shown.length * TRACK_ROW} className="bracket" />
                {shown.map(([track, state], index) => {
                  const { label, done } = trackStateLabel(track, state, w);
                  const trackY = rowY + 60 + index * TRACK_ROW;
                  return (
                    <g key={track} data-track={track} data-state={state}>
                      {done ? <path d={`M58 ${trackY - 5} l4 4 l8 -8`} className="tick" /> : <circle cx={64} cy={trackY - 4} r={4} className="open-dot" />}
                      <text x={76} y={trackY} className="track-text">{trackName(track)}: {label}</text>
                    </g>
                  );
                })}
              </g>
            )}
          </g>
        ))}
      </svg>
    </figure>
  );
}

function PhaseNode({ status, y }: { status: Status; y: number }) {
  if (status === 'done') {
    return (
      <g>
        <circle cx={NODE_X} cy={y} r={12} className="node" />
        <path d={`M${NODE_X - 6} ${y} l4 5 l8 -10`} className="node-tick" />
      </g>
    );
  }
  if (status === 'current') {
    return (
      <g>
        <circle cx={NODE_X} cy={y} r={14} className="node-ring" />
        <circle cx={NODE_X} cy={y} r={7} className="node" />
      </g>
    );
  }
  return <circle cx={NODE_X} cy={y} r={10} className={status === 'next' ? 'node-next' : 'node-optional'} />;
}
