/*
 * The five phases drawn as a path: what is done, where you are, what is next,
 * and, for the phases that run tracks side by side, each track and where it
 * stands. Drawn top to bottom so it reads the same on a phone and a laptop.
 * Status is shown by shape and words, never by colour alone; the picture has
 * a text description for screen readers.
 */
import type { StateValue } from 'xstate';
import { phaseOf, phases, tracksOf, type Phase } from '../../../machines';
import type { Case } from '../../domain/case';
import type { JournalEntry } from '../../domain/caseFile';
import { phaseLabels, trackLabels, trackStateLabel } from '../labels';
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

const statusWords: Record<Status, string> = {
  done: 'Done',
  current: 'You are here',
  next: 'Still to come',
  skipped: 'Skipped',
  optional: 'Only if the bill goes to a collector',
};

type Props = { value: StateValue; billCase: Case; journal: JournalEntry[] };

export default function JourneyMap({ value, billCase, journal }: Props) {
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
        ? ` These run at the same time: ${shown.map(([track, state]) => `${trackLabels[track]}: ${trackStateLabel(track, state).label}`).join('; ')}.`
        : '';
      return `Step ${phases.indexOf(phase) + 1}, ${phaseLabels[phase].title}: ${statusWords[status]}.${parallel}`;
    })
    .join(' ');

  return (
    <figure className="journey">
      <figcaption>
        Step {phases.indexOf(current) + 1} of 5: <strong>{phaseLabels[current].title}</strong>. {phaseLabels[current].goal}
      </figcaption>
      <svg viewBox={`0 0 340 ${height}`} role="img" aria-labelledby="journey-title" aria-describedby="journey-desc" className="journey-map">
        <title id="journey-title">Your progress through the five phases</title>
        <desc id="journey-desc">{summary}</desc>
        <line x1={NODE_X} y1={24} x2={NODE_X} y2={rows.at(-1)!.y} className="path" />
        {rows.map(({ phase, status, y: rowY, tracks: shown }) => (
          <g key={phase} className={`phase ${status}`} data-phase={phase} data-status={status}>
            <PhaseNode status={status} y={rowY} />
            <text x={46} y={rowY - 2} className="phase-title">{phaseLabels[phase].title}</text>
            <text x={46} y={rowY + 16} className="phase-status">{statusWords[status]}</text>
            {shown.length > 0 && (
              <g className="tracks">
                <text x={46} y={rowY + 40} className="tracks-caption">Side by side:</text>
                <line x1={50} y1={rowY + 48} x2={50} y2={rowY + 40 + shown.length * TRACK_ROW} className="bracket" />
                {shown.map(([track, state], index) => {
                  const { label, done } = trackStateLabel(track, state);
                  const trackY = rowY + 60 + index * TRACK_ROW;
                  return (
                    <g key={track} data-track={track} data-state={state}>
                      {done ? <path d={`M58 ${trackY - 5} l4 4 l8 -8`} className="tick" /> : <circle cx={64} cy={trackY - 4} r={4} className="open-dot" />}
                      <text x={76} y={trackY} className="track-text">{trackLabels[track]}: {label}</text>
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
