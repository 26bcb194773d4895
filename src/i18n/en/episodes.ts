/*
 * Visits with several bills (episodes of care), in English: the home screen's
 * list, the form that groups bills, the visit's own screen, its link on a
 * bill, what the bills show together (src/domain/episodes/crossBill.ts, with
 * the sources), and what each letter for the whole visit says. The letters
 * themselves stay in English (src/domain/letters/episodeLetters.ts).
 */
import type { ServicePart } from '../../domain/episodes/serviceParts';
import type { SameService } from '../../domain/episodes/crossBill';
import type { EpisodeLetterKind } from '../../domain/letters/episodeLetters';
import { formatLongDate } from '../../domain/dates';
import { formatCents } from '../../domain/money';
import { listOf as listNames } from '../../domain/text';

/** A bill as the findings name it: who sent it. */
export type BillName = string;
export type FindingWords = { title: string; explanation: string; ask: string };

const partNames: Record<ServicePart, string> = { global: 'the whole study', technical: 'the technical part (the machine and staff)', professional: 'the reading (the doctor’s report)' };

const listOf = (names: readonly string[]) => listNames(names, 'and');

export const episodes = {
  untitled: 'A visit',
  home: {
    title: 'Visits with several bills',
    lead: 'One visit often sends several bills: the hospital, the doctors, the lab, the X-ray. Group them to see them side by side and work on them as one.',
    group: 'Group bills from one visit',
    summary: (bills: number, leftToPay: number) => `${bills === 1 ? 'One bill' : `${bills} bills`}, ${formatCents(leftToPay)} left to pay`,
  },
  form: {
    title: 'Group bills from one visit',
    editTitle: 'Change the visit’s details',
    what: 'What happened',
    whatHint: 'A few words, like “ER visit for chest pain”.',
    date: 'Date of the visit (optional)',
    place: 'Where it was (optional)',
    placeHint: 'The hospital or clinic.',
    save: 'Group them',
    saveDetails: 'Save the details',
    needWhat: 'Say in a few words what happened.',
    failed: 'The visit could not be saved, so nothing changed. Try again.',
  },
  screen: {
    navigation: 'Visits and bills',
    back: '← All my bills',
    heading: (title: string) => `Visit: ${title}`,
    when: (date: string | undefined, place: string | undefined) => [date && formatLongDate(date), place].filter(Boolean).join(' · '),
    firstTitle: 'What to do first for this visit',
    fromBill: (bill: string) => `From the bill: ${bill}`,
    openBill: (bill: string) => `Open ${bill}`,
    allClosed: 'Every bill from this visit is closed. Keep the papers in a safe place.',
    dueBy: (date: string) => `By ${formatLongDate(date)}`,
    billsTitle: 'The bills from this visit',
    billsLead: 'Most urgent first.',
    noBills: 'This visit has no bills yet. Add one below.',
    columns: { phase: 'Where it stands', next: 'Next step', left: 'Left to pay', deadline: 'Next deadline' },
    noDeadline: 'None',
    totalsTitle: 'The visit in numbers',
    totals: { billed: 'Billed', afterCorrections: 'After corrections and help', paid: 'Paid', saved: 'Saved', leftToPay: 'Left to pay' },
    crossTitle: 'What the bills show together',
    crossLead: 'Some problems only show when you put the bills side by side.',
    nothingFound: 'Nothing found across the bills so far.',
    atStake: (amount: number) => `Up to ${formatCents(amount)} at stake`,
    askWho: (offices: string[]) => `Ask ${listOf(offices)}:`,
    asked: 'I asked them',
    right: 'Nothing to fix',
    undo: 'Undo',
    answerTakenBack: 'Your answer is taken back.',
    answeredAsked: 'You asked about this.',
    answeredRight: 'You found nothing to fix here.',
    markBill: 'Mark the bill and open it',
    markBillWhy: 'This marks the bill as care at an in-network hospital, or emergency care. Its bill check then lists what to ask.',
    saveFailed: 'That could not be saved. Nothing changed; try again.',
  },
  manage: {
    title: 'Change this visit',
    addTitle: 'More bills from this visit',
    add: 'Add a bill to this visit',
    billsTitle: 'Bills in this visit',
    visitTitle: 'The visit itself',
    addButton: 'Add it',
    nothingToAdd: 'Every bill on this device is already in this visit.',
    newBill: 'Start a new bill for this visit',
    remove: (bill: string) => `Take “${bill}” out of this visit`,
    edit: 'Change the visit’s details',
    ungroup: 'Ungroup this visit',
    ungroupWhy: 'The bills stay just as they are. Only the grouping goes.',
    ungroupSure: 'Yes, ungroup it',
    keep: 'Keep it',
    added: (bill: string) => `Added “${bill}” to this visit.`,
    removed: (bill: string) => `Took “${bill}” out of this visit.`,
    detailsSaved: 'The visit’s details are saved.',
    ungrouped: (visit: string) => `Ungrouped “${visit}”. Its bills are still here.`,
  },
  onCase: {
    partOf: (visit: string) => `This bill is part of a visit: ${visit}.`,
    openVisit: 'Open the visit',
    question: 'Did the same visit send other bills too (doctors, the lab, the X-ray)? Group them to work on them as one.',
    addTo: 'Add this bill to',
    addButton: 'Add it',
    startNew: 'Group it with other bills',
  },
  findings: {
    sameService: ({ overlap, lines: [a, b], parts, partCode }: SameService, names: [BillName, BillName]): FindingWords => {
      const on = `${a.code === b.code ? `code ${a.code}` : `codes ${a.code} and ${b.code}`} on ${formatLongDate(a.date)}`;
      if (overlap === 'same-test') {
        return {
          title: `The same test (${on}) is billed by both ${names[0]} and ${names[1]}`,
          explanation: 'A test done once is billed once. Both bills charge for it, so one of them should come off.',
          ask: `${names[0]} and ${names[1]} both billed the test, ${on}. It was done once. Who did it? Please take it off my bill if it wasn't you, and send me a corrected bill.`,
        };
      }
      if (overlap === 'same-part') {
        return {
          title: `The same part of ${on} is billed by both ${names[0]} and ${names[1]}`,
          explanation: `Both bills charge for ${partNames[parts[0] ?? 'professional']}. It is done once, so one of them should come off unless there was a second one.`,
          ask: `${names[0]} and ${names[1]} both billed ${partNames[parts[0] ?? 'professional']} of ${on}. Was there a second one? If not, please take it off my bill and send me a corrected bill.`,
        };
      }
      const wholeFirst = parts[0] === 'global';
      const [whole, other] = wholeFirst ? names : [names[1], names[0]];
      const otherPart = (wholeFirst ? parts[1] : parts[0]) ?? 'technical';
      const keep = partCode ? `code ${partCode} alone` : otherPart === 'technical' ? 'the reading alone (modifier 26)' : 'the technical part alone (modifier TC)';
      return {
        title: `${on[0]!.toUpperCase()}${on.slice(1)} is billed twice: whole by ${whole}, in part by ${other}`,
        explanation: `${whole} billed the whole study: the machine and the reading. ${other} billed ${partNames[otherPart]}. So that part is on two bills.`,
        ask: `${other} billed ${partNames[otherPart]} of ${on}. Please bill ${keep} and send me a corrected bill.`,
      };
    },
    outOfNetwork: (bill: BillName, facility: BillName, emergency: boolean): FindingWords => ({
      title: emergency ? `${bill} is out of network, but this was emergency care` : `${bill} is out of network, but you were treated at an in-network hospital`,
      explanation: emergency
        ? `${facility} treated you in an emergency. The No Surprises Act says ${bill} can only ask for your in-network share, even outside your plan's network.`
        : `${facility} is in your plan's network. The No Surprises Act says a doctor, lab or X-ray service there can only ask for your in-network share, even if it is outside the network. Some doctors, like a surgeon, may ask for more only if you signed a form agreeing to it ahead of time.`,
      ask: emergency
        ? `This was emergency care at ${facility}. Under the No Surprises Act I owe only my in-network share. Please bill my insurer at in-network rates and correct my bill.`
        : `I was treated at ${facility}, which is in my plan's network. Under the No Surprises Act I owe only my in-network share. Please bill my insurer at in-network rates and correct my bill.`,
    }),
    assistance: (without: BillName[], askedOn: BillName[], hospital: BillName | undefined): FindingWords => ({
      title: 'Ask for financial assistance on every bill from this visit',
      explanation: `You asked ${listOf(askedOn)} for help, but not ${listOf(without)} yet. Money trouble counts across all the bills from one visit.${hospital ? ` ${hospital} must list which doctors working there its policy covers.` : ''}`,
      ask: hospital
        ? `I applied for financial assistance with ${hospital} for the same visit. Does its policy cover you? If not, do you have one? Please send me the application and hold my account.`
        : 'I applied for financial assistance for the same visit with another provider. Do you have a policy too? Please send me the application and hold my account.',
    }),
  },
  letters: {
    title: 'Letters for the whole visit',
    intro: 'One letter names every bill from the visit. Send the same letter to each billing office. Fill the blanks in [brackets] first.',
    which: 'Which letter',
    labels: {
      'episode-assistance-request': 'Ask every office for financial assistance',
      'episode-hardship': 'Explain your money trouble for the whole visit',
      'episode-settlement': 'Offer to settle every bill at once',
    } satisfies Record<EpisodeLetterKind, string>,
    explanations: {
      'episode-assistance-request': 'It asks each office for its help policy and form, and for a hold while you apply. If a nonprofit hospital is one of them, it asks the others whether its policy covers them.',
      'episode-hardship': 'It tells each office what the whole visit costs next to your income. It asks them to lower or forgive their part.',
      'episode-settlement': 'It offers each office one payment to close its account: about 30 % of what it asks. It asks for the deal in writing first.',
    } satisfies Record<EpisodeLetterKind, string>,
  },
};
